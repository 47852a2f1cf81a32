import fc from 'fast-check';

// Mutations of saved console pages and recorded API responses, as plain data
// so fast-check prints (and shrinks) the exact edit that broke a reader. Every
// index is a natural number taken modulo what the document holds when the
// mutation applies, so one arbitrary fits every fixture.

// ---------------------------------------------------------------------------
// Junk a console (or a hostile page) can put where a number or a name belongs.

/** Number-like text that a naive `Number()` or scaling step turns into NaN, Infinity or a negative. */
export const NUMBER_JUNK = [
  '1.2.3万',
  '--%',
  '%',
  'NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '1e309',
  '-1e309',
  '-1',
  '-12.5%',
  '150%',
  '-3.5亿',
  '1,2,,3',
  '.5.',
  '0x1F',
  'US $-3.00',
  'US $ - ',
  '¥',
  '万',
  '亿亿',
  '1.2万万',
  '9'.repeat(400),
  `${'9'.repeat(305)}万`,
  `-${'9'.repeat(304)}`,
  `${'9'.repeat(304)}.5`,
  '2026-13-45 99:99',
  '0000-00-00',
  '99/99/9999',
  'ID: ',
  'ID: 1005006123456789',
  'ID: 1005006123456789 ID: 1005006987654321',
] as const;

/** Text longer than any field of the contract allows (title 2000, term 500, ids 64…). */
export const LONG_JUNK = ['x'.repeat(2100), `${'长'.repeat(600)} ID: 1005006123456789`] as const;

/** A number followed by a console unit or sign, with a random magnitude. */
const numberLike = fc
  .tuple(
    fc.constantFrom('', '-', '+', 'US $', '¥', 'USD '),
    fc.oneof(
      fc.double({ noNaN: false }).map(String),
      fc.integer({ min: 290, max: 320 }).map((n) => '9'.repeat(n)),
      fc.bigInt().map(String),
    ),
    fc.constantFrom('', '%', '万', '亿', 'w', 'k', 'M', ' - 3'),
  )
  .map(([a, b, c]) => `${a}${b}${c}`);

// Weighted towards the number-like junk: a random string rarely looks enough
// like a number to reach the scaling and rounding steps.
export const junkText: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  { weight: 3, arbitrary: fc.constantFrom(...NUMBER_JUNK) },
  fc.constantFrom(...LONG_JUNK),
  { weight: 2, arbitrary: numberLike },
);

/** Any JSON value a tampered or drifted API could send in place of a field. */
export const junkJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  junkText,
  fc.constantFrom(
    0,
    -0,
    -1,
    -1e308,
    1e308,
    Number.MAX_SAFE_INTEGER * 1000,
    Number.MIN_VALUE,
    null,
    true,
    [],
    {},
    { value: '-5', cycleCrc: 0.1 },
    { value: 1e308 },
    { value: null },
    { value: { value: 'NaN' } },
  ),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

// ---------------------------------------------------------------------------
// HTML: tables as the consoles render them (header rows of <th>, body rows of <td>).

export type HtmlMutation =
  | { kind: 'dropColumn'; col: number }
  | { kind: 'moveColumn'; from: number; to: number }
  | { kind: 'duplicateColumn'; col: number }
  | { kind: 'dropRow'; row: number }
  | { kind: 'duplicateRow'; row: number }
  | { kind: 'shuffleRows'; keys: number[] }
  | { kind: 'cellText'; header: boolean; row: number; col: number; deep: boolean; text: string }
  | { kind: 'dropBody' };

export const htmlMutation: fc.Arbitrary<HtmlMutation> = fc.oneof(
  fc.record({ kind: fc.constant('dropColumn' as const), col: fc.nat(12) }),
  fc.record({ kind: fc.constant('moveColumn' as const), from: fc.nat(12), to: fc.nat(12) }),
  fc.record({ kind: fc.constant('duplicateColumn' as const), col: fc.nat(12) }),
  fc.record({ kind: fc.constant('dropRow' as const), row: fc.nat(20) }),
  fc.record({ kind: fc.constant('duplicateRow' as const), row: fc.nat(20) }),
  fc.record({
    kind: fc.constant('shuffleRows' as const),
    keys: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
  }),
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('cellText' as const),
      header: fc.boolean(),
      row: fc.nat(20),
      col: fc.nat(12),
      deep: fc.boolean(),
      text: junkText,
    }),
  },
  fc.record({ kind: fc.constant('dropBody' as const) }),
);

export const htmlMutations = fc.array(htmlMutation, { minLength: 1, maxLength: 4 });

const CELL = 'td, th';

function cellsOf(row: Element): Element[] {
  return Array.from(row.children).filter((el) => el.matches(CELL));
}

function isHeaderRow(row: Element): boolean {
  return row.closest('thead') !== null || row.querySelector('th') !== null;
}

function allRows(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll('tr'));
}

function bodyRows(doc: Document): Element[] {
  return allRows(doc).filter((r) => !isHeaderRow(r));
}

/** The element whose text a console would render: the deepest last element of the cell. */
function deepest(el: Element): Element {
  let cur = el;
  while (cur.lastElementChild) cur = cur.lastElementChild;
  return cur;
}

function pickAt<T>(items: readonly T[], i: number): T | undefined {
  return items.length === 0 ? undefined : items[i % items.length];
}

/** Undoes one DOM edit. */
type Undo = () => void;

/** Detaches `node`, returning how to put it back where it was. */
function detach(node: Element): Undo {
  const parent = node.parentNode;
  const next = node.nextSibling;
  node.remove();
  return () => parent?.insertBefore(node, next);
}

/** Inserts a deep copy of `node` after it, returning how to take it out again. */
function duplicate(node: Element): Undo {
  const copy = node.cloneNode(true) as Element;
  node.after(copy);
  return () => copy.remove();
}

function applyOne(doc: Document, m: HtmlMutation): Undo[] {
  switch (m.kind) {
    case 'dropColumn':
      return allRows(doc).flatMap((row) => {
        const cell = cellsOf(row)[m.col];
        return cell ? [detach(cell)] : [];
      });
    case 'moveColumn':
      return allRows(doc).flatMap((row) => {
        const cells = cellsOf(row);
        const from = cells[m.from];
        const to = cells[m.to];
        if (!from || !to || from === to) return [];
        const next = from.nextSibling;
        row.insertBefore(from, to);
        return [() => row.insertBefore(from, next)];
      });
    case 'duplicateColumn':
      return allRows(doc).flatMap((row) => {
        const cell = cellsOf(row)[m.col];
        return cell ? [duplicate(cell)] : [];
      });
    case 'dropRow': {
      const row = pickAt(bodyRows(doc), m.row);
      return row ? [detach(row)] : [];
    }
    case 'duplicateRow': {
      const row = pickAt(bodyRows(doc), m.row);
      return row ? [duplicate(row)] : [];
    }
    case 'shuffleRows': {
      const undo: Undo[] = [];
      const rows = bodyRows(doc);
      for (const parent of new Set(rows.map((r) => r.parentElement))) {
        if (!parent) continue;
        const before = Array.from(parent.childNodes);
        const own = rows.filter((r) => r.parentElement === parent);
        const keyed = own.map((r, i) => ({ r, k: m.keys[i % m.keys.length] ?? 0, i }));
        keyed.sort((a, b) => a.k - b.k || a.i - b.i);
        for (const { r } of keyed) parent.appendChild(r);
        undo.push(() => parent.replaceChildren(...before));
      }
      return undo;
    }
    case 'cellText': {
      const rows = allRows(doc).filter((r) => isHeaderRow(r) === m.header);
      const row = pickAt(rows, m.row);
      const cell = row ? pickAt(cellsOf(row), m.col) : undefined;
      if (!cell) return [];
      const target = m.deep ? deepest(cell) : cell;
      const before = Array.from(target.childNodes);
      target.textContent = m.text;
      return [() => target.replaceChildren(...before)];
    }
    case 'dropBody': {
      const bodies = Array.from(doc.querySelectorAll('tbody'));
      return (bodies.length > 0 ? bodies : bodyRows(doc)).map(detach);
    }
  }
}

/**
 * Applies `mutations` in place and returns the function that restores the
 * page exactly. Re-parsing or cloning a whole page per run costs happy-dom
 * tens of milliseconds; undoing a few edits costs next to nothing. Column
 * edits hit the same cell position of every row in the page, so a fixed header
 * rendered in its own <table> stays aligned with the body table, as it would
 * after a console release.
 */
export function mutateHtml(doc: Document, mutations: readonly HtmlMutation[]): () => void {
  const undo = mutations.flatMap((m) => applyOne(doc, m));
  return () => {
    for (const u of undo.reverse()) u();
  };
}

// ---------------------------------------------------------------------------
// JSON: recorded response bodies.

export type JsonMutation =
  | { kind: 'dropKey'; at: number }
  | { kind: 'replaceLeaf'; at: number; value: unknown }
  | { kind: 'replaceNode'; at: number; value: unknown }
  | { kind: 'duplicateRow'; at: number; row: number }
  | { kind: 'shuffleArray'; at: number; keys: number[] };

export const jsonMutation: fc.Arbitrary<JsonMutation> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('dropKey' as const), at: fc.nat() }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('replaceLeaf' as const),
      at: fc.nat(),
      value: junkJson,
    }),
  },
  fc.record({ kind: fc.constant('replaceNode' as const), at: fc.nat(), value: junkJson }),
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('duplicateRow' as const),
      at: fc.nat(),
      row: fc.nat(),
    }),
  },
  fc.record({
    kind: fc.constant('shuffleArray' as const),
    at: fc.nat(),
    keys: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
  }),
);

export const jsonMutations = fc.array(jsonMutation, { minLength: 1, maxLength: 5 });

type Container = Record<string, unknown> | unknown[];

interface Slot {
  parent: Container;
  key: string | number;
  value: unknown;
}

const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null;

/** Every (parent, key) slot under `root`, in document order. */
function slots(root: unknown): Slot[] {
  const out: Slot[] = [];
  const walk = (node: unknown) => {
    if (!isContainer(node)) return;
    const entries: [string | number, unknown][] = Array.isArray(node)
      ? node.map((v, i) => [i, v])
      : Object.entries(node);
    for (const [key, value] of entries) {
      out.push({ parent: node, key, value });
      walk(value);
    }
  };
  walk(root);
  return out;
}

function setSlot(s: Slot, value: unknown): void {
  (s.parent as Record<string | number, unknown>)[s.key] = value;
}

/** Applies one mutation in place to a JSON tree (the root itself is never replaced). */
export function applyJsonMutation(root: unknown, m: JsonMutation): void {
  const all = slots(root);
  switch (m.kind) {
    case 'dropKey': {
      const s = pickAt(
        all.filter((x) => !Array.isArray(x.parent)),
        m.at,
      );
      if (s) delete (s.parent as Record<string, unknown>)[s.key];
      return;
    }
    case 'replaceLeaf': {
      const s = pickAt(
        all.filter((x) => !isContainer(x.value)),
        m.at,
      );
      if (s) setSlot(s, structuredClone(m.value));
      return;
    }
    case 'replaceNode': {
      const s = pickAt(all, m.at);
      if (s) setSlot(s, structuredClone(m.value));
      return;
    }
    case 'duplicateRow': {
      const arrays = all
        .map((x) => x.value)
        .filter((v): v is unknown[] => Array.isArray(v) && v.length > 0);
      if (Array.isArray(root) && root.length > 0) arrays.unshift(root);
      const arr = pickAt(arrays, m.at);
      if (arr) {
        const i = m.row % arr.length;
        arr.splice(i, 0, structuredClone(arr[i]));
      }
      return;
    }
    case 'shuffleArray': {
      const arrays = all.map((x) => x.value).filter((v): v is unknown[] => Array.isArray(v));
      const arr = pickAt(arrays, m.at);
      if (arr) {
        const keyed = arr.map((v, i) => ({ v, k: m.keys[i % m.keys.length] ?? 0, i }));
        keyed.sort((a, b) => a.k - b.k || a.i - b.i);
        arr.splice(0, arr.length, ...keyed.map((x) => x.v));
      }
      return;
    }
  }
}

/**
 * The object a lenient parser would recover from a response cut off after
 * `leaves` leaf values: everything serialised before the cut, containers left
 * open at the cut closed, and the last string cut to `stringCut` characters.
 * (JSON.parse rejects the truncated text outright; this is the "partially
 * valid object" a reader may still be handed by a tolerant caller.)
 */
export function truncateJson(value: unknown, leaves: number, stringCut: number): unknown {
  let left = leaves;
  const walk = (node: unknown): unknown => {
    if (!isContainer(node)) {
      left--;
      if (left === 0 && typeof node === 'string')
        return node.slice(0, stringCut % (node.length + 1));
      return node;
    }
    if (Array.isArray(node)) {
      const out: unknown[] = [];
      for (const v of node) {
        if (left <= 0) break;
        out.push(walk(v));
      }
      return out;
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) {
      if (left <= 0) break;
      out[k] = walk(v);
    }
    return out;
  };
  return walk(value);
}

/** How many leaf values `value` holds: the range of cut points for truncateJson. */
export function leafCount(value: unknown): number {
  return slots(value).filter((s) => !isContainer(s.value)).length;
}
