import { z } from 'zod';

// The one snapshot shape every reader produces (docs/CONSOLES.md "The snapshot every
// reader produces"). The zod schemas are the contract at every boundary: the
// message protocol, the database ingestion and backup import.

export const siteSchema = z.enum(['aliexpress', 'taobao', 'alibaba']);
export type { Site } from './sites/hosts';

export const pageKindSchema = z.enum([
  'productList',
  'productRank',
  'productKeywords',
  'abilityModel',
  'customers',
  'campaigns',
  // Store-level pages (docs/CONSOLES.md): the store's own totals, its search
  // terms across all products, the penalty list and the visitor list.
  'storeOverview',
  'storeKeywords',
  'penalties',
  'visitors',
  // Aggregate customer figures (segment counts, repurchase rates, peer
  // benchmarks): not buyers, so a page kind of its own (Taobao sycm).
  'customerSegments',
  // Taobao sycm's title-word report: search visitors and conversion per word of one item's title.
  'titleWords',
  // Buyer-side pages (market watch): read only on hosts the seller granted.
  'searchResults',
  'listing',
]);
export type PageKind = z.infer<typeof pageKindSchema>;
export const PAGE_KINDS = pageKindSchema.options;

const count = z.number().finite().nonnegative();
const rate = z.number().finite().min(0).max(1);
const finite = z.number().finite();

export const moneySchema = z.object({
  amount: finite,
  currency: z.string().min(1).max(8),
});
export type Money = z.infer<typeof moneySchema>;

export const productRowSchema = z.object({
  productId: z.string().min(1).max(64),
  title: z.string().max(2000),
  price: moneySchema.optional(),
  stock: count.optional(),
  exposure: count.optional(),
  views: count.optional(),
  visitors: count.optional(),
  clicks: count.optional(),
  addToCart: count.optional(),
  wishlist: count.optional(),
  orders: count.optional(),
  buyers: count.optional(),
  /** Inquiries (询盘): Alibaba.com's main outcome, where the other sites count orders. */
  inquiries: count.optional(),
  conversionRate: rate.optional(),
  revenue: moneySchema.optional(),
});
export type ProductRow = z.infer<typeof productRowSchema>;
/** Every figure a product row may carry: the schema's fields other than identity. */
export type ProductMetric = Exclude<keyof ProductRow, 'productId' | 'title'>;
export const PRODUCT_METRICS = Object.keys(productRowSchema.shape).filter(
  (k): k is ProductMetric => k !== 'productId' && k !== 'title',
);

export const keywordRowSchema = z.object({
  productId: z.string().min(1).max(64).optional(),
  term: z.string().min(1).max(500),
  exposure: count.optional(),
  clicks: count.optional(),
  ctr: rate.optional(),
  orders: count.optional(),
  conversionRate: rate.optional(),
  searchIndex: count.optional(),
  competition: count.optional(),
  /** Visitors who sent an inquiry after searching the term (Alibaba.com `fbUv`). */
  inquiries: count.optional(),
});
export type KeywordRow = z.infer<typeof keywordRowSchema>;

/**
 * What an operating-ability indicator measures, as the console shows it: a
 * rate is stored as a fraction (42.5% → 0.425) like every rate here.
 */
export const indicatorUnitSchema = z.enum(['rate', 'count', 'money', 'score', 'days']);
export type IndicatorUnit = z.infer<typeof indicatorUnitSchema>;

export const abilityRowSchema = z.object({
  dimension: z.string().min(1).max(200),
  indicator: z.string().min(1).max(200),
  value: finite,
  peerAverage: finite.optional(),
  peerExcellent: finite.optional(),
  higherIsBetter: z.boolean(),
  /** Absent on rows stored before units were read. */
  unit: indicatorUnitSchema.optional(),
});
export type AbilityRow = z.infer<typeof abilityRowSchema>;

/** Where a B2B customer stands in Alibaba.com's customer manager (customerGroup 0, 1, 2). */
export const customerStageSchema = z.enum(['inquiry', 'sample', 'deal']);
export type CustomerStage = z.infer<typeof customerStageSchema>;

// A buyer list (AliExpress) carries orders, spend and the last order; a
// customer manager (Alibaba.com) carries the stage, importance and the last
// note instead. Both are customers: the buyer fields are optional, and the
// RFM tiers read only the rows that have them (`isBuyerRow`).
export const customerRowSchema = z.object({
  buyerId: z.string().min(1).max(200),
  orders: count.optional(),
  totalSpent: moneySchema.optional(),
  firstOrderAt: z.string().optional(),
  lastOrderAt: z.string().optional(),
  country: z.string().max(100).optional(),
  company: z.string().max(500).optional(),
  stage: customerStageSchema.optional(),
  importance: count.optional(),
  potentialScore: finite.optional(),
  groups: z.array(z.string().max(200)).max(50).optional(),
  lastNote: z.string().max(2000).optional(),
  lastNoteAt: z.string().optional(),
  willLose: z.boolean().optional(),
});
export type CustomerRow = z.infer<typeof customerRowSchema>;
/** A customer row with the buyer facts the RFM tiers need. */
export type BuyerRow = CustomerRow &
  Required<Pick<CustomerRow, 'orders' | 'totalSpent' | 'lastOrderAt'>>;
export const isBuyerRow = (c: CustomerRow): c is BuyerRow =>
  c.orders !== undefined && c.totalSpent !== undefined && c.lastOrderAt !== undefined;

/**
 * One aggregate customer figure (Taobao sycm customer analysis): a segment
 * count, a repurchase rate or a member figure, with its change on the previous
 * period and the peer benchmark where the console gives them; a profile row is
 * one attribute value's share of a crowd. Rates are 0..1.
 */
export const customerSegmentRowSchema = z.object({
  /** overview (客户分析), members (会员分析) or profile (客户画像). */
  domain: z.enum(['overview', 'members', 'profile']),
  /** The console's indicator code (`repeatByrRate3m`), or `crowd/attribute/value` for a profile row. */
  indicator: z.string().min(1).max(200),
  /** The console's own label, when it sends one. */
  label: z.string().max(200).optional(),
  value: finite,
  /** Change on the previous period, as a fraction (sycm cycleCrc). */
  change: finite.optional(),
  /** What good peers reach (sycm `…AvgGood`). */
  peerGood: finite.optional(),
  /** Profile rows: the value's share of the crowd. */
  share: rate.optional(),
});
export type CustomerSegmentRow = z.infer<typeof customerSegmentRowSchema>;

export const campaignRowSchema = z.object({
  campaignId: z.string().max(200).optional(),
  name: z.string().min(1).max(500),
  registrationDeadline: z.string().optional(),
  start: z.string().optional(),
  end: z.string().optional(),
  status: z.string().max(100).optional(),
});
export type CampaignRow = z.infer<typeof campaignRowSchema>;

/**
 * One store-level figure (trade overview card, trend point, shop summary):
 * `metric` is Storewise's own name for it (STORE_METRICS), `day` the trend
 * point's day. Rates are 0..1 like every other rate.
 */
export const STORE_METRICS = [
  'revenue',
  'buyers',
  'orders',
  'items',
  'conversionRate',
  'avgOrderValue',
  'repeatBuyerRate',
  'exposure',
  'clicks',
  'visitors',
  'inquirers',
] as const;
export const storeMetricRowSchema = z.object({
  metric: z.enum(STORE_METRICS),
  label: z.string().max(200).optional(),
  value: finite,
  day: z.string().optional(),
});
export type StoreMetricRow = z.infer<typeof storeMetricRowSchema>;

/** A store-wide search term: a keyword row that belongs to no one product. */
export const storeKeywordRowSchema = keywordRowSchema.omit({ productId: true });
export type StoreKeywordRow = z.infer<typeof storeKeywordRowSchema>;

/**
 * A penalty (违规处罚). Only `punishId` and `caseId` are publicly confirmed;
 * the rest is read when present and stays absent otherwise. `open` is false
 * only when the console says the penalty is over.
 */
export const penaltyRowSchema = z.object({
  punishId: z.string().min(1).max(100),
  caseId: z.string().max(100).optional(),
  reason: z.string().max(1000).optional(),
  status: z.string().max(200).optional(),
  open: z.boolean().optional(),
  points: finite.optional(),
  at: z.string().optional(),
});
export type PenaltyRow = z.infer<typeof penaltyRowSchema>;

/** A visitor of the store (Alibaba.com visitor list): where from, what they searched, how much they looked. */
export const visitorRowSchema = z.object({
  visitorId: z.string().min(1).max(200),
  country: z.string().max(100).optional(),
  searchTerms: z.array(z.string().max(500)).max(50).optional(),
  visits: count.optional(),
  staySeconds: count.optional(),
  totalVisits: count.optional(),
  sellersVisited: count.optional(),
  inquiries: count.optional(),
  day: z.string().optional(),
});
export type VisitorRow = z.infer<typeof visitorRowSchema>;

/**
 * One word of an item's title with the search traffic it brought (sycm
 * getTitleWords). `searchVisitors` absent means the report has no traffic for
 * the word (sycm leaves the key out), which is not an unknown.
 */
export const titleWordRowSchema = z.object({
  productId: z.string().max(100).optional(),
  word: z.string().min(1).max(200),
  searchVisitors: count.optional(),
  payRate: rate.optional(),
});
export type TitleWordRow = z.infer<typeof titleWordRowSchema>;
// Buyer-side rows (docs/CONSOLES.md "The snapshot every reader produces").
export const searchResultRowSchema = z.object({
  /** 1-based, in page order. */
  position: z.number().int().positive(),
  productId: z.string().min(1).max(64),
  title: z.string().max(2000),
  price: moneySchema.optional(),
  originalPrice: moneySchema.optional(),
  /** The lower bound of "1,000+ sold". */
  soldCount: count.optional(),
  rating: z.number().finite().min(0).max(5).optional(),
  sponsored: z.boolean().optional(),
  shop: z.string().max(500).optional(),
});
export type SearchResultRow = z.infer<typeof searchResultRowSchema>;

export const listingRowSchema = z.object({
  productId: z.string().min(1).max(64),
  title: z.string().max(2000),
  price: moneySchema.optional(),
  priceMax: moneySchema.optional(),
  originalPrice: moneySchema.optional(),
  soldCount: count.optional(),
  rating: z.number().finite().min(0).max(5).optional(),
  reviews: count.optional(),
  shop: z.string().max(500).optional(),
  badges: z.array(z.string().min(1).max(200)).max(50).optional(),
});
export type ListingRow = z.infer<typeof listingRowSchema>;

/** The page kinds of pages any shopper sees; never stored as the seller's own store data. */
export const BUYER_PAGE_KINDS = ['searchResults', 'listing'] as const satisfies readonly PageKind[];
export type BuyerPageKind = (typeof BUYER_PAGE_KINDS)[number];
export const isBuyerPageKind = (k: PageKind | undefined): k is BuyerPageKind =>
  k === 'searchResults' || k === 'listing';

export const ROW_SCHEMAS = {
  productList: productRowSchema,
  productRank: productRowSchema,
  productKeywords: keywordRowSchema,
  abilityModel: abilityRowSchema,
  customers: customerRowSchema,
  campaigns: campaignRowSchema,
  storeOverview: storeMetricRowSchema,
  storeKeywords: storeKeywordRowSchema,
  penalties: penaltyRowSchema,
  visitors: visitorRowSchema,
  customerSegments: customerSegmentRowSchema,
  titleWords: titleWordRowSchema,
  searchResults: searchResultRowSchema,
  listing: listingRowSchema,
} as const satisfies Record<PageKind, z.ZodType>;

export interface RowsByKind {
  productList: ProductRow;
  productRank: ProductRow;
  productKeywords: KeywordRow;
  abilityModel: AbilityRow;
  customers: CustomerRow;
  campaigns: CampaignRow;
  storeOverview: StoreMetricRow;
  storeKeywords: StoreKeywordRow;
  penalties: PenaltyRow;
  visitors: VisitorRow;
  customerSegments: CustomerSegmentRow;
  titleWords: TitleWordRow;
  searchResults: SearchResultRow;
  listing: ListingRow;
}

const periodSchema = z.object({ from: z.string(), to: z.string() });
export type Period = z.infer<typeof periodSchema>;

const okBase = {
  status: z.literal('ok'),
  site: siteSchema,
  storeId: z.string().min(1).max(100).optional(),
  url: z.string().max(4000),
  capturedAt: z.string().datetime({ offset: true }),
  source: z.enum(['json', 'dom']),
  period: periodSchema.optional(),
};

const MAX_ROWS = 20_000;

export const okResultSchema = z.discriminatedUnion('pageKind', [
  z.object({
    ...okBase,
    pageKind: z.literal('productList'),
    rows: z.array(productRowSchema).max(MAX_ROWS),
  }),
  z.object({
    ...okBase,
    pageKind: z.literal('productRank'),
    rows: z.array(productRowSchema).max(MAX_ROWS),
  }),
  z.object({
    ...okBase,
    pageKind: z.literal('productKeywords'),
    rows: z.array(keywordRowSchema).max(MAX_ROWS),
  }),
  z.object({
    ...okBase,
    pageKind: z.literal('abilityModel'),
    rows: z.array(abilityRowSchema).max(MAX_ROWS),
  }),
  z.object({
    ...okBase,
    pageKind: z.literal('customers'),
    rows: z.array(customerRowSchema).max(MAX_ROWS),
  }),
  z.object({
    ...okBase,
    pageKind: z.literal('campaigns'),
    rows: z.array(campaignRowSchema).max(MAX_ROWS),
  }),
  z.object({
    ...okBase,
    pageKind: z.literal('storeOverview'),
    rows: z.array(storeMetricRowSchema).max(MAX_ROWS),
  }),
  z.object({
    ...okBase,
    pageKind: z.literal('storeKeywords'),
    rows: z.array(storeKeywordRowSchema).max(MAX_ROWS),
  }),
  z.object({
    ...okBase,
    pageKind: z.literal('penalties'),
    rows: z.array(penaltyRowSchema).max(MAX_ROWS),
  }),
  z.object({
    ...okBase,
    pageKind: z.literal('visitors'),
    rows: z.array(visitorRowSchema).max(MAX_ROWS),
  }),
  z.object({
    ...okBase,
    pageKind: z.literal('customerSegments'),
    rows: z.array(customerSegmentRowSchema).max(MAX_ROWS),
  }),
  z.object({
    ...okBase,
    pageKind: z.literal('titleWords'),
    rows: z.array(titleWordRowSchema).max(MAX_ROWS),
  }),
  z.object({
    ...okBase,
    pageKind: z.literal('searchResults'),
    /** The search words the shopper typed, as the page shows them. */
    query: z.string().max(500),
    rows: z.array(searchResultRowSchema).max(MAX_ROWS),
  }),
  z.object({
    ...okBase,
    pageKind: z.literal('listing'),
    rows: z.array(listingRowSchema).max(MAX_ROWS),
  }),
]);
export type OkResult = z.infer<typeof okResultSchema>;
export type OkResultOf<K extends PageKind> = Extract<OkResult, { pageKind: K }>;

export const failedResultSchema = z.object({
  status: z.enum(['unrecognized', 'blocked', 'empty']),
  site: siteSchema.optional(),
  pageKind: pageKindSchema.optional(),
  url: z.string().max(4000),
  reason: z.string().max(2000),
});
export type FailedResult = z.infer<typeof failedResultSchema>;

export const readResultSchema = z.union([okResultSchema, failedResultSchema]);
export type ReadResult = OkResult | FailedResult;

export const isOk = (r: ReadResult): r is OkResult => r.status === 'ok';
