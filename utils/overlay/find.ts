import { readTableSteps, textOf, type Aliases } from '../sites/dom';
import { runSteps, type Steps } from '../sites/steps';
import type { Site } from '../types';

// Where the overlays go on a console page. Pure functions of (Document, URL),
// like the readers (docs/DECISIONS.md#2026-11-01-pure-readers-and-engines-numbers-as-data), and built from the readers' own
// helpers: the same header aliases find the product column, the same id
// helpers read `ID: …` text or item links. No hashed class names.

export interface TitleCell {
  productId: string;
  title: string;
  /** The table cell (or block) that shows the title. */
  cell: Element;
  /** The badge goes right after this element: the title link when there is one. */
  anchor: Element;
}

export interface TitleField {
  productId: string;
  field: HTMLInputElement | HTMLTextAreaElement;
  /** The Apply bar goes right after this element (the field's own wrapper with its counter). */
  anchor: Element;
}

interface PageBase {
  site: Site;
  matchesUrl: (url: URL) => boolean;
  storeId?: (doc: Document, url: URL) => string | undefined;
}

/** A product list, ranking or analysis page: one badge per product title. */
export interface ListPage extends PageBase {
  kind: 'list';
  find: (doc: Document, url: URL) => TitleCell[];
  /** find as steps that may pause after each row, for the content script's sliced read. */
  findSteps?: (doc: Document, url: URL) => Steps<TitleCell[]>;
}

/** A product edit form: an Apply bar beside the title field. */
export interface EditPage extends PageBase {
  kind: 'edit';
  findField: (doc: Document, url: URL) => TitleField | undefined;
}

export type OverlayPage = ListPage | EditPage;

export const pageFor = (pages: readonly OverlayPage[], url: URL): OverlayPage | undefined =>
  pages.find((p) => p.matchesUrl(url));

/** The element showing the title itself: a link with a title attribute, else the first link. */
export function titleAnchor(cell: Element): Element {
  return (
    cell.querySelector('a[title]') ??
    cell.querySelector('a[href]') ??
    cell.firstElementChild ??
    cell
  );
}

/**
 * The product cells of the table whose headers name `required`, with the id and
 * title each reader reads from them. Rows without an id are skipped; a product
 * shown twice gets one badge.
 */
export function titleCellsIn<F extends string>(
  doc: Document,
  aliases: Aliases<F>,
  required: readonly NoInfer<F>[],
  productField: NoInfer<F>,
  read: (cell: Element) => { productId?: string; title: string },
): TitleCell[] {
  return runSteps(titleCellsSteps(doc, aliases, required, productField, read));
}

/** titleCellsIn as steps that may pause after each row (utils/sites/steps.ts). */
export function* titleCellsSteps<F extends string>(
  doc: Document,
  aliases: Aliases<F>,
  required: readonly NoInfer<F>[],
  productField: NoInfer<F>,
  read: (cell: Element) => { productId?: string; title: string },
): Steps<TitleCell[]> {
  const table = yield* readTableSteps(doc, aliases, required);
  if (!table.ok) return [];
  const out: TitleCell[] = [];
  const seen = new Set<string>();
  for (const row of table.rows) {
    yield;
    const cell = row[productField]?.el;
    if (!cell) continue;
    const { productId, title } = read(cell);
    if (!productId || !title || seen.has(productId)) continue;
    seen.add(productId);
    out.push({ productId, title, cell, anchor: titleAnchor(cell) });
  }
  return out;
}

/** A list page's find and findSteps over the table whose headers name `required` (titleCellsIn). */
export function titleTable<F extends string>(
  aliases: Aliases<F>,
  required: readonly NoInfer<F>[],
  productField: NoInfer<F>,
  read: (cell: Element) => { productId?: string; title: string },
): Pick<ListPage, 'find' | 'findSteps'> {
  return {
    find: (doc) => titleCellsIn(doc, aliases, required, productField, read),
    findSteps: (doc) => titleCellsSteps(doc, aliases, required, productField, read),
  };
}

/**
 * The title field of an edit form: the input or textarea its label names
 * (`for=` first, else the one control in the label's form item).
 */
export function fieldByLabel(
  doc: Document,
  labels: readonly string[],
): HTMLInputElement | HTMLTextAreaElement | undefined {
  const wanted = new Set(labels.map((l) => l.toLowerCase()));
  const clean = (s: string) =>
    s
      .replace(/^[*＊\s]+|[:：*＊\s]+$/g, '')
      .trim()
      .toLowerCase();
  const isText = (el: Element | null): el is HTMLInputElement | HTMLTextAreaElement =>
    !!el &&
    (el.tagName === 'TEXTAREA' ||
      (el.tagName === 'INPUT' && ['text', 'search', ''].includes(el.getAttribute('type') ?? '')));
  for (const label of Array.from(doc.querySelectorAll('label, [role="heading"], dt, th, span'))) {
    if (label.closest('[data-storewise]')) continue;
    if (!wanted.has(clean(textOf(label)))) continue;
    const forId = label.getAttribute('for');
    if (forId) {
      const target = doc.getElementById(forId);
      if (isText(target)) return target;
    }
    let scope: Element | null = label.parentElement;
    for (let depth = 0; scope && depth < 4; depth++, scope = scope.parentElement) {
      const controls = Array.from(scope.querySelectorAll('input, textarea')).filter(isText);
      if (controls.length === 1) return controls[0];
      if (controls.length > 1) break;
    }
  }
  return undefined;
}

/** The field's own wrapper (the one holding the counter), so the bar sits after both. */
export function fieldAnchor(field: Element): Element {
  const parent = field.parentElement;
  if (
    parent &&
    parent.tagName !== 'FORM' &&
    parent.tagName !== 'LABEL' &&
    parent.querySelectorAll('input, textarea, select').length === 1
  )
    return parent;
  return field;
}
