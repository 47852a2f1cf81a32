import { tokenize, wordDiff } from '../titles/wordDiff';
import type { ListingState, MarketSnapshotRecord, SearchPosition } from '../../db/records';
import type { Money } from '../../types';

// The market-watch engine: what changed between two visits of a watched
// listing, how fast it sells (an estimate from sold-count lower bounds), where
// the seller's listings stand on a tracked search, and a paired side-by-side.
// Pure: the thresholds come from the seller's settings, passed in.

export interface ListingChange {
  /** Relative price change, e.g. -0.15 for a 15 % cut; absent when either price is unknown or the currency differs. */
  priceChange?: number;
  from?: Money;
  to?: Money;
  titleAdded: string[];
  titleRemoved: string[];
  newBadges: string[];
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

export function listingChange(prev: ListingState, next: ListingState): ListingChange {
  const out: ListingChange = { titleAdded: [], titleRemoved: [], newBadges: [] };
  if (
    prev.price &&
    next.price &&
    prev.price.currency === next.price.currency &&
    prev.price.amount > 0
  ) {
    const change = round((next.price.amount - prev.price.amount) / prev.price.amount, 4);
    if (change !== 0) {
      out.priceChange = change;
      out.from = prev.price;
      out.to = next.price;
    }
  }
  if (prev.title !== next.title) {
    for (const op of wordDiff(prev.title, next.title)) {
      if (op.kind === 'added') out.titleAdded.push(op.text);
      if (op.kind === 'removed') out.titleRemoved.push(op.text);
    }
  }
  const before = new Set(prev.badges ?? []);
  out.newBadges = (next.badges ?? []).filter((b) => !before.has(b));
  return out;
}

export const hasChange = (c: ListingChange): boolean =>
  c.priceChange !== undefined ||
  c.titleAdded.length > 0 ||
  c.titleRemoved.length > 0 ||
  c.newBadges.length > 0;

export interface SalesRate {
  /** Estimated units a day, from the growth of the sold-count lower bound. */
  perDay: number;
  /** Calendar days between the first and the last day it rests on. */
  days: number;
  fromDay: string;
  toDay: string;
}

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/**
 * The daily sales rate from sold counts on different days (the last reading
 * of each day). An estimate: "1,000+ sold" is a lower bound that moves in
 * steps. Undefined with fewer than two days, or when the count went down (a
 * re-listed item or a changed rounding, not sales).
 */
export function salesRate(
  snaps: readonly Pick<MarketSnapshotRecord, 'day' | 'at' | 'listing'>[],
): SalesRate | undefined {
  const lastOfDay = new Map<string, number>();
  for (const s of [...snaps].sort((a, b) => (a.at < b.at ? -1 : 1))) {
    const n = s.listing?.soldCount;
    if (n !== undefined) lastOfDay.set(s.day, n);
  }
  const days = [...lastOfDay.keys()].sort();
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last || first === last) return undefined;
  const span = dayNumber(last) - dayNumber(first);
  const delta = (lastOfDay.get(last) ?? 0) - (lastOfDay.get(first) ?? 0);
  if (span <= 0 || delta < 0) return undefined;
  return { perDay: round(delta / span, 1), days: span, fromDay: first, toDay: last };
}

export interface RankDrop {
  productId: string;
  title: string;
  from: number;
  to: number;
}

/** The seller's own listings that fell at least `places` places (or off the page, counted as after the last result). */
export function rankDrops(
  prev: readonly SearchPosition[],
  next: readonly SearchPosition[],
  resultCount: number,
  places: number,
): RankDrop[] {
  const now = new Map(next.map((p) => [p.productId, p.position]));
  return prev
    .filter((p) => p.own)
    .map((p) => ({
      productId: p.productId,
      title: p.title,
      from: p.position,
      to: now.get(p.productId) ?? resultCount + 1,
    }))
    .filter((d) => d.to - d.from >= places);
}

/** A listing's positions over the visits, `undefined` where it was not on the page. */
export function positionSeries(
  snaps: readonly Pick<MarketSnapshotRecord, 'at' | 'positions'>[],
  productId: string,
): (number | undefined)[] {
  return snaps.map((s) => s.positions?.find((p) => p.productId === productId)?.position);
}

export interface PairGap {
  /** Competitor price minus the seller's, same currency only. */
  priceGap?: number;
  /** priceGap relative to the seller's price. */
  priceGapShare?: number;
  /** Words of the competitor's title that the seller's title lacks, in the competitor's order. */
  missingWords: string[];
  /** Competitor's daily rate minus the seller's, when both are known. */
  rateGap?: number;
}

export function pairGap(
  own: { title: string; price?: Money; ratePerDay?: number },
  competitor: { title: string; price?: Money; ratePerDay?: number },
): PairGap {
  const mine = new Set(tokenize(own.title).map((w) => w.toLowerCase()));
  const seen = new Set<string>();
  const missingWords = tokenize(competitor.title).filter((w) => {
    const k = w.toLowerCase();
    if (mine.has(k) || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const out: PairGap = { missingWords };
  if (own.price && competitor.price && own.price.currency === competitor.price.currency) {
    out.priceGap = round(competitor.price.amount - own.price.amount, 2);
    if (own.price.amount > 0) out.priceGapShare = round(out.priceGap / own.price.amount, 4);
  }
  if (own.ratePerDay !== undefined && competitor.ratePerDay !== undefined)
    out.rateGap = round(competitor.ratePerDay - own.ratePerDay, 1);
  return out;
}

export type MarketAlert =
  | { kind: 'priceCut'; pct: number; from: Money; to: Money }
  | { kind: 'titleChange'; added: number; removed: number }
  | { kind: 'rankDrop'; drop: RankDrop };

export interface AlertSettings {
  marketAlertPriceCut: boolean;
  marketPriceCutPercent: number;
  marketAlertTitle: boolean;
  marketAlertRankDrop: boolean;
  marketRankDropPlaces: number;
}

/** The alerts a new visit raises against the one before it, for the kinds the seller switched on. */
export function marketAlerts(
  prev: Pick<MarketSnapshotRecord, 'listing' | 'positions'>,
  next: Pick<MarketSnapshotRecord, 'listing' | 'positions' | 'resultCount'>,
  settings: AlertSettings,
): MarketAlert[] {
  const out: MarketAlert[] = [];
  if (prev.listing && next.listing) {
    const c = listingChange(prev.listing, next.listing);
    if (
      settings.marketAlertPriceCut &&
      c.priceChange !== undefined &&
      c.from &&
      c.to &&
      -c.priceChange * 100 >= settings.marketPriceCutPercent
    ) {
      out.push({ kind: 'priceCut', pct: round(-c.priceChange * 100, 1), from: c.from, to: c.to });
    }
    if (settings.marketAlertTitle && (c.titleAdded.length > 0 || c.titleRemoved.length > 0)) {
      out.push({ kind: 'titleChange', added: c.titleAdded.length, removed: c.titleRemoved.length });
    }
  }
  if (settings.marketAlertRankDrop && prev.positions && next.positions) {
    for (const drop of rankDrops(
      prev.positions,
      next.positions,
      next.resultCount ?? next.positions.length,
      settings.marketRankDropPlaces,
    )) {
      out.push({ kind: 'rankDrop', drop });
    }
  }
  return out;
}
