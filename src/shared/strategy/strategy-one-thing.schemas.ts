import { z } from 'zod';
import { entityList, idSchema, LIST_MAX, longTextSchema, ratingSchema, shortTextSchema, textListSchema } from './strategy-common.schemas.ts';

export const US = 'us';

export const comparisonAttributeSchema = z.strictObject({
  id: idSchema,
  name: shortTextSchema,
});
export type ComparisonAttribute = z.infer<typeof comparisonAttributeSchema>;

export const comparisonRowSchema = z.strictObject({
  /** 'us' or the id of a competitor in the listening plan; it is the row's stable key. */
  subject: z.union([z.literal(US), idSchema]),
  /** Attribute id -> 1..5; an attribute without a key has not been scored yet. */
  scores: z.record(idSchema, ratingSchema),
});
export type ComparisonRow = z.infer<typeof comparisonRowSchema>;

export const oneThingSectionSchema = z.strictObject({
  differentiator: longTextSchema,
  proofPoints: textListSchema,
  comparison: z.strictObject({
    attributes: entityList(comparisonAttributeSchema),
    rows: z
      .array(comparisonRowSchema)
      .max(LIST_MAX)
      .refine((rows) => new Set(rows.map((r) => r.subject)).size === rows.length, 'one row per subject'),
  }),
});
export type OneThingSection = z.infer<typeof oneThingSectionSchema>;
