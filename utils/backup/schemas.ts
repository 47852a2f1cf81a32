import { z } from 'zod';
import type { TableName } from '../db/db';
import {
  abilityRowSchema,
  campaignRowSchema,
  customerRowSchema,
  customerSegmentRowSchema,
  keywordRowSchema,
  titleWordRowSchema,
  moneySchema,
  okResultSchema,
  pageKindSchema,
  penaltyRowSchema,
  productRowSchema,
  siteSchema,
  storeKeywordRowSchema,
  storeMetricRowSchema,
  visitorRowSchema,
} from '../types';

// The shape every row of every table must have before an import may write it
// (utils/db/records.ts in zod). Objects are loose: a field this build does not
// know is kept, not dropped, but the fields it does know — above all the keys —
// must be right, so a restored database can be indexed and read.

const text = z.string().max(10_000);
const key = z.string().min(1).max(500);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const iso = z.string().min(1).max(64);
const count = z.number().finite().nonnegative();

const provenance = z.object({
  pageKind: pageKindSchema,
  capturedAt: iso,
  source: z.enum(['json', 'dom']),
});

// The product tables hold a product row's figures: one schema for both.
const metrics = productRowSchema.omit({ productId: true, title: true }).shape;

export const TABLE_SCHEMAS = {
  stores: z.looseObject({
    id: key,
    site: siteSchema,
    storeId: key,
    name: text.optional(),
    timeZone: text.optional(),
    firstSeenAt: iso,
    lastSeenAt: iso,
  }),
  snapshots: z.looseObject({
    hash: z.string().regex(/^[0-9a-f]{64}$/),
    storeKey: key,
    site: siteSchema,
    pageKind: pageKindSchema,
    capturedAt: iso,
    rowCount: count,
    result: okResultSchema,
  }),
  products: z.looseObject({
    storeKey: key,
    productId: key,
    title: text,
    ...metrics,
    firstSeenAt: iso,
    updatedAt: iso,
    from: provenance,
  }),
  productDaily: z.looseObject({
    storeKey: key,
    productId: key,
    day,
    ...metrics,
    updatedAt: iso,
  }),
  keywordDaily: z.looseObject({
    ...keywordRowSchema.shape,
    storeKey: key,
    productId: z.string().max(500),
    day,
    period: z.object({ from: z.string(), to: z.string() }).optional(),
    updatedAt: iso,
  }),
  titleWords: z.looseObject({
    ...titleWordRowSchema.shape,
    storeKey: key,
    productId: z.string().max(500),
    period: z.object({ from: z.string(), to: z.string() }).optional(),
    updatedAt: iso,
  }),
  abilityScores: z.looseObject({
    ...abilityRowSchema.shape,
    storeKey: key,
    day,
    updatedAt: iso,
  }),
  customers: z.looseObject({ ...customerRowSchema.shape, storeKey: key, updatedAt: iso }),
  customerSegments: z.looseObject({
    ...customerSegmentRowSchema.shape,
    storeKey: key,
    day,
    updatedAt: iso,
  }),
  campaigns: z.looseObject({
    ...campaignRowSchema.shape,
    id: key,
    storeKey: key,
    origin: z.enum(['console', 'seller']),
    updatedAt: iso,
  }),
  checklistProgress: z.looseObject({
    storeKey: key,
    campaignId: key,
    year: z.number().int().min(2000).max(2200),
    itemId: key,
    done: z.boolean(),
    updatedAt: iso,
  }),
  // Values are checked again on read (utils/settings); here only the key.
  settings: z.looseObject({ key, value: z.unknown() }),
  storeMetrics: z.looseObject({
    ...storeMetricRowSchema.shape,
    storeKey: key,
    day,
    updatedAt: iso,
  }),
  storeKeywordDaily: z.looseObject({
    ...storeKeywordRowSchema.shape,
    storeKey: key,
    day,
    period: z.object({ from: z.string(), to: z.string() }).optional(),
    updatedAt: iso,
  }),
  penalties: z.looseObject({
    ...penaltyRowSchema.shape,
    storeKey: key,
    firstSeenAt: iso,
    updatedAt: iso,
  }),
  visitors: z.looseObject({ ...visitorRowSchema.shape, storeKey: key, day, updatedAt: iso }),
  marketWatches: z.looseObject({
    id: key,
    kind: z.enum(['listing', 'search']),
    site: siteSchema,
    productId: key.optional(),
    query: z.string().max(500).optional(),
    url: z.string().max(4000),
    label: text,
    pairedWith: z.object({ storeKey: key, productId: key }).optional(),
    createdAt: iso,
    updatedAt: iso,
  }),
  marketSnapshots: z.looseObject({
    watchId: key,
    at: iso,
    day,
    listing: z
      .looseObject({
        title: text,
        price: moneySchema.optional(),
        priceMax: moneySchema.optional(),
        originalPrice: moneySchema.optional(),
        soldCount: count.optional(),
        rating: z.number().finite().min(0).max(5).optional(),
        reviews: count.optional(),
        shop: text.optional(),
        badges: z.array(text).max(50).optional(),
      })
      .optional(),
    positions: z
      .array(
        z.object({
          productId: key,
          position: z.number().int().positive(),
          own: z.boolean(),
          title: text,
        }),
      )
      .max(1000)
      .optional(),
    resultCount: count.optional(),
  }),
} as const satisfies Record<TableName, z.ZodType>;
