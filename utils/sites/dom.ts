import { foldSpace, matchAlias, normaliseLabel, normalisedAliases } from './normalise';
import { runSteps, type Steps } from './steps';

// DOM fallback helpers. Tables are found by header *text* (zh and en label
// tables are data, passed in by each reader), never by position or by hashed
// class names (docs/DECISIONS.md#2026-11-01-columns-by-header-text).

export type Aliases<F extends string> = Readonly<Record<F, readonly string[]>>;

export interface TableCell {
  text: string;
  el: Element;
}

export type TableRead<F extends string> =
  | { ok: true; columns: F[]; rows: Partial<Record<F, TableCell>>[] }
  | { ok: false; missing: F[]; found: F[] };

const HEADER_CELL = 'th, [role="columnheader"]';
const ROW = 'tr, [role="row"]';
const HEADS = `${HEADER_CELL}, thead`;

/**
 * A content script's memo of one DOM state: cell texts and table body rows,
 * shared by every read of that state (the page reader and the title overlay
 * parse the product table once between them). Off by default, so readers stay
 * pure functions of the DOM in tests and the CLI; the content script turns it
 * on and drops it on every DOM change that is not its own.
 */
interface DomMemo {
  text: WeakMap<Element, string>;
  rows: WeakMap<Element, Element[]>;
  /** A row's body cells, in order. */
  cells: WeakMap<Element, Element[]>;
  /** Whether a row is a header row (holds a header cell or sits in a thead). */
  header: WeakMap<Element, boolean>;
}
let memo: DomMemo | undefined;
let epoch = 0;

/** Starts memoising reads of the current DOM state (content scripts only). */
export function memoiseDom(): void {
  memo = { text: new WeakMap(), rows: new WeakMap(), cells: new WeakMap(), header: new WeakMap() };
  epoch += 1;
}

/** Changes each time the memo is dropped: a read begun in an older epoch is stale. */
export function domEpoch(): number {
  return epoch;
}

/** The DOM changed: forget what was read of it (keeps memoising if it was on). */
export function forgetDom(): void {
  if (memo) memoiseDom();
}

/** Stops memoising and forgets everything. */
export function stopMemoisingDom(): void {
  memo = undefined;
}

/** Visible text of an element with whitespace folded; `innerText` is not available off-screen. */
export function textOf(el: Element | null | undefined): string {
  if (!el) return '';
  const known = memo?.text.get(el);
  if (known !== undefined) return known;
  const text = foldSpace(el.textContent ?? '');
  memo?.text.set(el, text);
  return text;
}

/** The body cells of a table row, in order (memoised with the DOM state). */
export function rowCells(row: Element): Element[] {
  const known = memo?.cells.get(row);
  if (known) return known;
  const cells = Array.from(row.children).filter(isBodyCell);
  memo?.cells.set(row, cells);
  return cells;
}

/** Whether a row is a header row: it holds a header cell or sits in a thead. */
export function isHeaderRow(row: Element): boolean {
  const known = memo?.header.get(row);
  if (known !== undefined) return known;
  const header = row.querySelector(HEADER_CELL) !== null || row.closest('thead') !== null;
  memo?.header.set(row, header);
  return header;
}

/** Every row-like element of the document: what a DOM read walks. */
export const ROW_SELECTOR = 'tr, [role="row"]';

function headerLabel(cell: Element): string {
  // A header cell often carries sort icons and tooltips; the first text-bearing
  // child is the label. Try the whole text first, then each descendant's text.
  return textOf(cell);
}

function matchHeader<F extends string>(cell: Element, aliases: Aliases<F>): F | undefined {
  const whole = matchAlias(headerLabel(cell), aliases);
  if (whole) return whole;
  for (const child of Array.from(cell.querySelectorAll('*'))) {
    if (child.children.length > 0) continue;
    const m = matchAlias(textOf(child), aliases);
    if (m) return m;
  }
  // Labels with a trailing unit or hint, e.g. "曝光量(次)" or "Exposure ⓘ".
  const n = normaliseLabel(headerLabel(cell));
  for (const [key, norms] of normalisedAliases(aliases)) {
    if (norms.some((a) => n.startsWith(a) && a.length >= 2)) return key;
  }
  return undefined;
}

interface Candidate<F extends string> {
  headerRow: Element;
  map: Map<number, F>;
  container: Element;
}

function candidates<F extends string>(
  headerCells: readonly Element[],
  aliases: Aliases<F>,
): Candidate<F>[] {
  const out: Candidate<F>[] = [];
  const headerRows = new Set<Element>();
  for (const cell of headerCells) {
    const row = cell.closest(ROW);
    if (row) headerRows.add(row);
  }
  for (const headerRow of headerRows) {
    const cells = Array.from(headerRow.querySelectorAll(HEADER_CELL));
    const map = new Map<number, F>();
    let col = 0;
    for (const cell of cells) {
      const f = matchHeader(cell, aliases);
      if (f && ![...map.values()].includes(f)) map.set(col, f);
      col += Number(cell.getAttribute('colspan') ?? '1') || 1;
    }
    if (map.size === 0) continue;
    const container =
      headerRow.closest('[role="grid"], [role="table"]') ??
      headerRow.closest('table')?.parentElement ??
      headerRow.parentElement ??
      headerRow;
    out.push({ headerRow, map, container });
  }
  return out.sort((a, b) => b.map.size - a.map.size);
}

function bodyRows(c: Element, container: Element, headerRows: () => Set<Element>): Element[] {
  const known = memo?.rows.get(c);
  if (known) return known;
  const rows = findBodyRows(c, container, headerRows());
  memo?.rows.set(c, rows);
  return rows;
}

// Cell kinds tested by hand: `matches` with a selector list costs more than
// the rest of a 1,000-row read's cell handling.
const isBodyCell = (el: Element) =>
  ['td', 'th'].includes(el.localName) ||
  ['gridcell', 'cell'].includes(el.getAttribute('role') ?? '');
const isHeaderCell = (el: Element) =>
  el.localName === 'th' || el.getAttribute('role') === 'columnheader';
const isRow = (el: Element) => el.localName === 'tr' || el.getAttribute('role') === 'row';

/**
 * Every header row among `heads` (the header cells and theads of a tree):
 * isHeaderRow for all rows at once, the rows above each header cell and the
 * rows in each thead. A 1,000-row table then costs one set lookup per row,
 * not a search of each row.
 */
function headerRowsOf(heads: readonly Element[]): Set<Element> {
  const rows = new Set<Element>();
  for (const head of heads) {
    if (head.localName === 'thead') {
      if (isRow(head)) rows.add(head);
      for (const row of Array.from(head.querySelectorAll(ROW))) rows.add(row);
    }
    if (!isHeaderCell(head)) continue;
    for (let el = head.parentElement; el; el = el.parentElement) {
      if (!isRow(el)) continue;
      // Its ancestors were added with it.
      if (rows.has(el)) break;
      rows.add(el);
    }
  }
  return rows;
}

function findBodyRows(c: Element, container: Element, headerRows: Set<Element>): Element[] {
  const rows: Element[] = [];
  const table = c.closest('table');
  // Same table first; consoles with a fixed header render the body in a sibling table.
  const scopes: Element[] = [];
  if (table) scopes.push(table);
  let scope: Element | null = table?.parentElement ?? container;
  for (let depth = 0; scope && depth < 4 && rows.length === 0; depth++) {
    scopes.push(scope);
    scope = scope.parentElement;
  }
  for (const s of scopes) {
    for (const r of Array.from(s.querySelectorAll(ROW))) {
      if (r === c || headerRows.has(r)) continue;
      rows.push(r);
    }
    if (rows.length > 0) break;
  }
  return rows;
}

/**
 * Reads the best-matching table under `root`: the header row that names the
 * most fields of `aliases`. Fails with the missing required fields named.
 */
export function readTable<F extends string>(
  root: ParentNode,
  aliases: Aliases<F>,
  required: readonly NoInfer<F>[],
): TableRead<F> {
  return runSteps(readTableSteps(root, aliases, required));
}

/** readTable as steps: it may pause after each body row (utils/sites/steps.ts). */
export function* readTableSteps<F extends string>(
  root: ParentNode,
  aliases: Aliases<F>,
  required: readonly NoInfer<F>[],
): Steps<TableRead<F>> {
  // One walk finds the header cells and the theads (for the header rows below).
  const heads = Array.from(root.querySelectorAll(HEADS));
  const headerCells = heads.filter(isHeaderCell);
  const cands = candidates(headerCells, aliases);
  const best = cands.find((c) => required.every((f) => [...c.map.values()].includes(f)));
  if (!best) {
    const top = cands[0];
    const found = top ? [...top.map.values()] : [];
    return { ok: false, missing: required.filter((f) => !found.includes(f)), found };
  }
  const rows: Partial<Record<F, TableCell>>[] = [];
  // Grouped tables (a dimension spanning its indicators) use rowspan: a
  // spanning cell occupies its column in the rows below it too.
  const carried = new Map<number, { cell: TableCell; left: number }>();
  // The header rows of the whole tree the table is in: its body may sit outside `root`.
  const headerRows = () => {
    const tree = best.headerRow.getRootNode() as ParentNode;
    return headerRowsOf(tree === root ? heads : Array.from(tree.querySelectorAll(HEADS)));
  };
  for (const r of bodyRows(best.headerRow, best.container, headerRows)) {
    yield;
    const cells = rowCells(r);
    if (cells.length === 0) continue;
    const row: Partial<Record<F, TableCell>> = {};
    // Most tables span no rows: then no cell is carried and nothing is occupied.
    const occupied = carried.size > 0 ? new Set<number>() : undefined;
    if (occupied) {
      for (const [c, carry] of carried) {
        occupied.add(c);
        const f = best.map.get(c);
        if (f) row[f] = carry.cell;
        if (--carry.left <= 0) carried.delete(c);
      }
    }
    let col = 0;
    for (const cell of cells) {
      if (occupied) while (occupied.has(col)) col++;
      const f = best.map.get(col);
      // Most cells carry no attribute at all: then they span one row and one column.
      const attrs = cell.hasAttributes();
      const rowspan = attrs ? cell.getAttribute('rowspan') : null;
      const span = rowspan === null ? 1 : Number(rowspan) || 1;
      // Only the columns a reader asked for are read (an actions column's
      // buttons and a checkbox column cost nothing).
      if (f || span > 1) {
        const read = { text: f ? textOf(cell) : '', el: cell };
        if (f) row[f] = read;
        if (span > 1) carried.set(col, { cell: read, left: span - 1 });
      }
      const colspan = attrs ? cell.getAttribute('colspan') : null;
      col += colspan === null ? 1 : Number(colspan) || 1;
    }
    // A colspan row ("no data", a group caption) fills one field at most: skip it.
    if (Object.keys(row).length < Math.min(2, best.map.size)) continue;
    rows.push(row);
  }
  return { ok: true, columns: [...best.map.values()], rows };
}

const SECURITY_WALL =
  'iframe[src*="_____tmd_____/punish"], .baxia-dialog-mask, #baxia-dialog-content, iframe[src*="/punish?"]';
const LOGIN_WALL =
  'form[action*="login"] input[type="password"], iframe[src*="login.aliexpress.com"], iframe[src*="login.taobao.com"], iframe[src*="passport.alibaba.com"]';

/** Security-check overlays and login walls (docs/CONSOLES.md "How to read a page", step 5). */
export function detectBlocked(doc: Document, url: URL): string | undefined {
  if (
    /(^|\.)login\.(aliexpress|taobao|alibaba|tmall)\.com$/.test(url.hostname) ||
    /\/login(\.htm)?\b/.test(url.pathname)
  ) {
    return 'login required: the console sent this tab to its sign-in page';
  }
  // One walk of the page for both kinds of wall (a 1,000-row page has tens of
  // thousands of elements); the security check wins when both show.
  const wall = doc.querySelector(`${SECURITY_WALL}, ${LOGIN_WALL}`);
  if (!wall) return undefined;
  if (wall.matches(SECURITY_WALL) || doc.querySelector(SECURITY_WALL)) {
    return 'blocked by security check: solve the slider in the console, then reload';
  }
  return 'login required: sign in to the console, then reload';
}
