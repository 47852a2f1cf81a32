import {
  assessCapability,
  assessCustomerTiers,
  assessProductRoles,
  latestAbilityRows,
  type CapabilityResult,
  type CustomerTierResult,
  type ProductRolesResult,
  type RecentIntent,
} from '../../../utils/engines/tiers';
import type { TierThresholds } from '../../../utils/engines/data/tierThresholds';
import type {
  AbilityScoreRecord,
  CustomerRecord,
  CustomerSegmentRecord,
  HistoryDay,
  ProductDailyRecord,
  ProductRecord,
} from '../../../utils/db/records';
import { isBuyerRow, type BuyerRow, type ProductRow } from '../../../utils/types';
import type { RunningPhase } from '../../../utils/engines/promo/currentPhase';
import { newestOf } from '../provenance';
import { inquiriesAsOrders } from '../outcome';
import { customerFiguresView, type CustomerFiguresView } from './customerSegmentsView';

// Records of the database → inputs of the tier engines (docs/ADVICE.md#tiers) → what the
// Tier tab shows. Pure, so the tab, its tests and any CLI agree.

/** The slice of the database the Tier tab reads for one store. */
export interface TierData {
  products: readonly ProductRecord[];
  /** Each product's recent days (from its compact history row), oldest first. */
  history: Readonly<Record<string, readonly HistoryDay[]>>;
  abilityScores: readonly AbilityScoreRecord[];
  customers: readonly CustomerRecord[];
  /** Aggregate customer figures (Taobao); absent where the site has none. */
  customerSegments?: readonly CustomerSegmentRecord[];
}

export interface TierView {
  capability: CapabilityResult;
  customers: CustomerTierResult;
  roles: ProductRolesResult;
  /** Taobao's aggregate customer figures, grouped for the customer section. */
  customerFigures: CustomerFiguresView;
  /** ISO instants of the reads behind each section. */
  readAt: { products?: string; ability?: string; customers?: string; customerFigures?: string };
  /** The day the ability model describes (its report period's end). */
  abilityDay?: string;
}

/**
 * The store's order count: the sum of the listings' orders when the product
 * list carries an orders column, else unknown (the capability engine then
 * trusts the model with a note instead of refusing it).
 */
export function storeOrderCount(products: readonly ProductRow[]): number | undefined {
  let known = false;
  let total = 0;
  for (const p of products) {
    if (p.orders === undefined) continue;
    known = true;
    total += p.orders;
  }
  return known ? total : undefined;
}

/** Cart and wishlist adds summed over the listings, each undefined when no listing carries it. */
export function recentIntentOf(products: readonly ProductRow[]): RecentIntent {
  const sumOf = (k: 'addToCart' | 'wishlist') => {
    const xs = products.map((p) => p[k]).filter((v): v is number => v !== undefined);
    return xs.length === 0 ? undefined : xs.reduce((s, x) => s + x, 0);
  };
  const addToCart = sumOf('addToCart');
  const wishlist = sumOf('wishlist');
  return {
    ...(addToCart === undefined ? {} : { addToCart }),
    ...(wishlist === undefined ? {} : { wishlist }),
  };
}

/** Daily history grouped per product, for the product-role trends and restock signals. */
export function historyByProduct(
  days: readonly ProductDailyRecord[],
): Record<string, ProductDailyRecord[]> {
  const out: Record<string, ProductDailyRecord[]> = {};
  for (const d of days) (out[d.productId] ??= []).push(d);
  return out;
}

/** The history with inquiries in place of missing orders; as it is when no day needs that (most stores). */
function withInquiriesAsOrders(
  history: TierData['history'],
): Readonly<Record<string, readonly HistoryDay[]>> {
  const needs = (d: HistoryDay) => d.orders === undefined && d.inquiries !== undefined;
  const ids = Object.keys(history).filter((id) => history[id]?.some(needs));
  if (ids.length === 0) return history;
  const out = { ...history };
  for (const id of ids) out[id] = (history[id] ?? []).map(inquiriesAsOrders);
  return out;
}

export function buildTierView(
  data: TierData,
  thresholds: TierThresholds,
  phase: RunningPhase | null,
  now: Date,
): TierView {
  // ProductRecords are ProductRows with bookkeeping fields the engines never
  // read: passed as they are, not copied a listing at a time.
  const products: readonly ProductRow[] = data.products;
  const rows = latestAbilityRows(data.abilityScores);
  const abilityDay = newestOf(data.abilityScores, (r) => r.day);
  const orderCount = storeOrderCount(products);
  const capability = assessCapability({
    rows,
    ...(orderCount === undefined ? {} : { orderCount }),
    thresholds,
  });
  const customers = assessCustomerTiers({
    // The RFM tiers need orders, spend and the last order: a customer-manager
    // row (stage and notes, no orders) is not a buyer row.
    // CustomerRecords are CustomerRows with bookkeeping fields: passed as they are.
    customers: data.customers.filter((c): c is CustomerRecord & BuyerRow => isBuyerRow(c)),
    now,
    phase: phase?.phase ?? null,
    recentIntent: recentIntentOf(products),
    thresholds,
  });
  // Product roles weigh orders; Alibaba.com listings weigh their inquiries.
  const roles = assessProductRoles({
    products: products.map(inquiriesAsOrders),
    history: withInquiriesAsOrders(data.history),
    thresholds,
  });
  const latestAbility = data.abilityScores.filter((r) => r.day === abilityDay);
  const customerFigures = customerFiguresView(data.customerSegments ?? []);
  const readAt = {
    products: newestOf(data.products, (p) => p.from.capturedAt),
    // The ingest time of a derived row is the moment its page was read.
    ability: newestOf(latestAbility, (r) => r.updatedAt),
    customers: newestOf(data.customers, (c) => c.updatedAt),
    customerFigures: customerFigures.readAt,
  };
  return {
    capability,
    customers,
    roles,
    customerFigures,
    readAt: Object.fromEntries(Object.entries(readAt).filter(([, v]) => v !== undefined)),
    ...(abilityDay === undefined ? {} : { abilityDay }),
  };
}
