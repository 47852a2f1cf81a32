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
  // Taobao sycm's title-word report: search visitors and conversion per word of one item's title.
  'titleWords',
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

export const ROW_SCHEMAS = {
  productList: productRowSchema,
  productRank: productRowSchema,
  productKeywords: keywordRowSchema,
  abilityModel: abilityRowSchema,
  customers: customerRowSchema,
  campaigns: campaignRowSchema,
  titleWords: titleWordRowSchema,
} as const satisfies Record<PageKind, z.ZodType>;

export interface RowsByKind {
  productList: ProductRow;
  productRank: ProductRow;
  productKeywords: KeywordRow;
  abilityModel: AbilityRow;
  customers: CustomerRow;
  campaigns: CampaignRow;
  titleWords: TitleWordRow;
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
    pageKind: z.literal('titleWords'),
    rows: z.array(titleWordRowSchema).max(MAX_ROWS),
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
