import type { Aliases, TableCell } from '../dom';
import { compact } from '../normalise';
import type { ReadContext } from '../registry';
import type { Steps } from '../steps';
import type { KeywordRow, ProductRow, ReadResult, Site } from '../../types';
import {
  failed,
  findArray,
  idOf,
  isObject,
  keywordResult,
  periodOf,
  pick,
  productIdIn,
  productResult,
  textValue,
  readConsoleTableSteps,
  titleIn,
  type Json,
} from './console';

// The row loops every table-and-JSON reader of the Alibaba-group consoles runs
// (utils/sites/taobao/, utils/sites/alibaba/). What differs per page is data:
// the column aliases, the JSON field aliases and one parser per row field, so
// a reader's JSON rows and its DOM rows come out of the same parser table.

type Metrics<R> = Omit<R, 'productId' | 'title' | 'term'>;

/** One parser per row field (parseCount, parseRate, a currency-bound parseMoney). */
export type Parsers<R> = { [K in keyof Metrics<R>]?: (v: unknown) => Metrics<R>[K] };

/** The row fields `parsers` names, each parsed from `read(field)`; compact() drops the missing ones. */
export function parseFields<R>(
  parsers: Parsers<R>,
  read: (field: string) => unknown,
): Partial<Metrics<R>> {
  const out: Record<string, unknown> = {};
  for (const [field, parse] of Object.entries(parsers)) {
    out[field] = (parse as (v: unknown) => unknown)(read(field));
  }
  return out as Partial<Metrics<R>>;
}

/** parseFields over a JSON row, each field at the first of its alias paths that holds a value. */
export function pickFields<R>(
  row: Json,
  aliases: { readonly [field: string]: readonly string[] | undefined },
  parsers: Parsers<R>,
): Partial<Metrics<R>> {
  return parseFields(parsers, (field) => pick(row, aliases[field] ?? []));
}

/** Rows in page order, one per id: a product listed twice on a page is read once. */
export function uniqueRows<T, R>(
  items: Iterable<T>,
  idOf: (item: T) => string | undefined,
  build: (id: string, item: T) => R,
): R[] {
  const rows: R[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const id = idOf(item);
    if (!id || seen.has(id)) continue;
    seen.add(id);
    rows.push(build(id, item));
  }
  return rows;
}

export interface ProductJsonSpec {
  /** Alias paths of the product id in a row. */
  id: readonly string[];
  /** Alias paths of the title, or how to find it when it is not a plain field. */
  title: readonly string[] | ((row: Json) => string);
  /** Alias paths of each metric field. */
  fields: { readonly [field: string]: readonly string[] | undefined };
  parsers: Parsers<ProductRow>;
}

/**
 * The product rows of the JSON array at the first of `paths` any layer holds,
 * one per id in page order; undefined when no layer holds such an array.
 */
export function productRowsIn(
  layers: readonly Json[],
  paths: readonly string[],
  spec: ProductJsonSpec,
): ProductRow[] | undefined {
  const list = findArray(layers, paths);
  if (!list) return undefined;
  const { title } = spec;
  const titleOf =
    typeof title === 'function' ? title : (row: Json) => textValue(pick(row, title)) ?? '';
  return uniqueRows(
    list.filter(isObject),
    (row) => idOf(pick(row, spec.id)),
    (productId, row): ProductRow =>
      compact({
        productId,
        title: titleOf(row),
        ...pickFields(row, spec.fields, spec.parsers),
      }),
  );
}

type Cells = Partial<Record<string, TableCell>>;

interface TableSpec<C extends string> {
  site: Site;
  columns: Aliases<C>;
  required: readonly C[];
  /** What the table is, for the "not recognised: … without column X" reason. */
  what: string;
}

export interface ProductTableSpec<C extends string> extends TableSpec<C | 'product'> {
  pageKind: 'productList' | 'productRank';
  /** Item-link patterns that carry the product id when the cell text does not. */
  links: readonly RegExp[];
  parsers: Parsers<ProductRow>;
  /** Whether the page URL's dateRange is the report period (analysis pages, not listings). */
  withPeriod?: boolean;
}

/**
 * A reader's readDomSteps for a product table: id and title from the product
 * cell, one parser per column; it may pause after each row (utils/sites/steps.ts).
 */
export function productTableReader<C extends string>(
  spec: ProductTableSpec<C>,
): (doc: Document, ctx: ReadContext) => Steps<ReadResult> {
  return function* (doc, ctx) {
    const base = { site: spec.site, url: ctx.url.href };
    const table = yield* readConsoleTableSteps(doc, spec.columns, spec.required, spec.what);
    if ('missing' in table) return failed(base, spec.pageKind, 'unrecognized', table.missing);
    // Rows in page order, one per id (as uniqueRows).
    const rows: ProductRow[] = [];
    const seen = new Set<string>();
    for (const cells of table.rows as Cells[]) {
      yield;
      const el = cells.product?.el;
      if (!el) continue;
      const productId = productIdIn(el, spec.links);
      if (!productId || seen.has(productId)) continue;
      seen.add(productId);
      rows.push(
        compact({
          productId,
          title: titleIn(el),
          ...parseFields(spec.parsers, (field) => cells[field]?.text),
        }),
      );
    }
    return productResult(
      base,
      spec.pageKind,
      rows,
      ctx,
      'dom',
      spec.withPeriod ? { period: periodOf(ctx.url.searchParams) } : {},
    );
  };
}

export interface KeywordTableSpec<C extends string> extends TableSpec<C | 'term'> {
  parsers: Parsers<KeywordRow>;
  /** The product the page is about, when its URL names one. */
  productId: (url: URL) => string | undefined;
}

/** A reader's readDomSteps for a keyword table: one row per term cell, one parser per column. */
export function keywordTableReader<C extends string>(
  spec: KeywordTableSpec<C>,
): (doc: Document, ctx: ReadContext) => Steps<ReadResult> {
  return function* (doc, ctx) {
    const base = { site: spec.site, url: ctx.url.href };
    const table = yield* readConsoleTableSteps(doc, spec.columns, spec.required, spec.what);
    if ('missing' in table) return failed(base, 'productKeywords', 'unrecognized', table.missing);
    const productId = spec.productId(ctx.url);
    const rows: KeywordRow[] = [];
    for (const cells of table.rows as Cells[]) {
      yield;
      const term = cells.term?.text;
      if (!term) continue;
      rows.push(
        compact({
          productId,
          term,
          ...parseFields(spec.parsers, (field) => cells[field]?.text),
        }),
      );
    }
    return keywordResult(base, rows, ctx, 'dom', { period: periodOf(ctx.url.searchParams) });
  };
}
