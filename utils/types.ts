import { z } from 'zod';

// The one snapshot shape every reader produces (CONSOLES.md "The snapshot every
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
  conversionRate: rate.optional(),
  revenue: moneySchema.optional(),
});
export type ProductRow = z.infer<typeof productRowSchema>;

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
});
export type KeywordRow = z.infer<typeof keywordRowSchema>;

export const abilityRowSchema = z.object({
  dimension: z.string().min(1).max(200),
  indicator: z.string().min(1).max(200),
  value: finite,
  peerAverage: finite.optional(),
  peerExcellent: finite.optional(),
  higherIsBetter: z.boolean(),
});
export type AbilityRow = z.infer<typeof abilityRowSchema>;

export const customerRowSchema = z.object({
  buyerId: z.string().min(1).max(200),
  orders: count,
  totalSpent: moneySchema,
  firstOrderAt: z.string().optional(),
  lastOrderAt: z.string(),
  country: z.string().max(100).optional(),
});
export type CustomerRow = z.infer<typeof customerRowSchema>;

export const campaignRowSchema = z.object({
  campaignId: z.string().max(200).optional(),
  name: z.string().min(1).max(500),
  registrationDeadline: z.string().optional(),
  start: z.string().optional(),
  end: z.string().optional(),
  status: z.string().max(100).optional(),
});
export type CampaignRow = z.infer<typeof campaignRowSchema>;

// Buyer-side rows (CONSOLES.md "The snapshot every reader produces").
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
