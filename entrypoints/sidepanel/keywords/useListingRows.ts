import { useCallback, useEffect, useMemo, useState } from 'react';
import { analyseTitle, type TitleAnalysis } from '@/utils/engines/titles';
import type { TitleLimit } from '@/utils/engines/data/titleLimits';
import type { ProductRecord, TitleWordRecord } from '@/utils/db/records';
import {
  byOpportunity,
  keepOrder,
  type ListingRow,
  type ProductTerms,
} from '@/entrypoints/sidepanel/keywords/keywordsView';
import type { Site } from '@/utils/types';

// Analysing 2,000 titles takes about a second on a slow machine, too long to
// block the panel. Listings with search terms (the only ones that can have
// exposure to win) go first, the rest in slices of a few milliseconds between
// frames (each slice re-sorts and re-renders the list, so fewer, fuller slices
// finish sooner); results are cached across renders, so a new read
// re-analyses only what changed.

/** Each later slice analyses for this long, then hands the frame back. */
const SLICE_MS = 24;
/** The first slice: two pages of the list. */
const FIRST_SLICE = 40;
const CACHE_LIMIT = 20_000;
const cache = new Map<string, TitleAnalysis>();

const keyOf = (
  site: Site,
  limit: TitleLimit,
  p: ProductRecord,
  terms: ProductTerms | undefined,
  words: readonly TitleWordRecord[] | undefined,
) =>
  `${site}|${limit.limit}${limit.unit}|${p.productId}|${p.title}|${terms ? `${terms.day}|${terms.readAt}|${terms.rows.length}` : '-'}|${words ? `${words[0]?.updatedAt ?? ''}|${words.length}` : '-'}`;

function analysed(
  site: Site,
  limit: TitleLimit,
  product: ProductRecord,
  terms: ProductTerms | undefined,
  titleWords: readonly TitleWordRecord[] | undefined,
): ListingRow {
  const key = keyOf(site, limit, product, terms, titleWords);
  let analysis = cache.get(key);
  if (!analysis) {
    analysis = analyseTitle(site, product.title, terms?.rows ?? [], {
      limit,
      ...(titleWords ? { titleWords } : {}),
    });
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, analysis);
  }
  return { product, analysis, ...(terms ? { terms } : {}), ...(titleWords ? { titleWords } : {}) };
}

export interface ListingRowsState {
  rows: ListingRow[];
  done: number;
  total: number;
  /** True when a later read would put the listings in another order; `resort` applies it. */
  outOfOrder: boolean;
  resort: () => void;
}

interface Analysed {
  rows: ListingRow[];
  done: number;
  total: number;
  /** The terms these rows were analysed against. */
  terms?: ReadonlyMap<string, ProductTerms>;
}

export function useListingRows(
  site: Site | undefined,
  products: readonly ProductRecord[] | undefined,
  terms: ReadonlyMap<string, ProductTerms> | undefined,
  limit: TitleLimit | undefined,
  titleWords?: ReadonlyMap<string, readonly TitleWordRecord[]>,
  /** The search terms are in: the first complete order is kept from then on. */
  settled = true,
): ListingRowsState {
  const [state, setState] = useState<Analysed>({ rows: [], done: 0, total: 0 });
  const [order, setOrder] = useState<{ site: Site | undefined; ids: string[] } | null>(null);
  const complete =
    settled && state.terms === terms && state.total > 0 && state.done === state.total;
  const sortedIds = useMemo(() => state.rows.map((r) => r.product.productId), [state.rows]);
  const kept = order && order.site === site ? order.ids : null;
  useEffect(() => {
    if (complete && !kept) setOrder({ site, ids: sortedIds });
  }, [complete, kept, site, sortedIds]);
  const rows = useMemo(() => (kept ? keepOrder(state.rows, kept) : state.rows), [kept, state.rows]);
  const outOfOrder = kept !== null && rows.some((r, i) => r.product.productId !== sortedIds[i]);
  const resort = useCallback(() => setOrder({ site, ids: sortedIds }), [site, sortedIds]);
  useEffect(() => {
    if (!site || !products || !terms || !limit) return;
    const ordered = [
      ...products.filter((p) => terms.has(p.productId)),
      ...products.filter((p) => !terms.has(p.productId)),
    ];
    const rows: ListingRow[] = [];
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const step = (first: boolean) => {
      if (cancelled) return;
      // A small first slice (listings with terms come first) so the tab shows
      // something at once; the rest follows slice by slice, re-sorted as it lands.
      const end = first ? Math.min(ordered.length, FIRST_SLICE) : ordered.length;
      const until = performance.now() + SLICE_MS;
      while (rows.length < end && (first || performance.now() < until)) {
        const p = ordered[rows.length] as ProductRecord;
        rows.push(analysed(site, limit, p, terms.get(p.productId), titleWords?.get(p.productId)));
      }
      setState({
        rows: [...rows].sort(byOpportunity),
        done: rows.length,
        total: ordered.length,
        terms,
      });
      if (rows.length < ordered.length) timer = setTimeout(() => step(false), 0);
    };
    step(true);
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
    };
  }, [site, products, terms, limit, titleWords]);
  return { rows, done: state.done, total: state.total, outOfOrder, resort };
}
