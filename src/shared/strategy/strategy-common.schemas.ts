import { z } from 'zod';

// Generous caps: they exist to stop a runaway client from storing megabytes, not to shape content.
export const LIST_MAX = 500;
export const SHORT_TEXT_MAX = 500;
export const LONG_TEXT_MAX = 20_000;

export const idSchema = z.uuid();
export const userIdSchema = z.uuid();
export const optionalUserIdSchema = userIdSchema.nullable();

/** Plain text in any language; emptiness is judged by the method check, not here, so drafts save. */
export const shortTextSchema = z.string().max(SHORT_TEXT_MAX);
export const longTextSchema = z.string().max(LONG_TEXT_MAX);
export const textListSchema = z.array(shortTextSchema).max(LIST_MAX);

export const isoDateSchema = z.iso.date();
export const ratingSchema = z.int().min(1).max(5);
export const nonNegativeSchema = z.number().min(0);
export const countSchema = z.int().min(0);

export const currencySchema = z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as THB, TWD, HKD or CNY');
export const moneySchema = z.strictObject({
  // null = not decided yet; 0 is a real answer ("no money for this").
  amount: nonNegativeSchema.nullable(),
  currency: currencySchema,
});
export type Money = z.infer<typeof moneySchema>;

// Broad BCP 47 shape (en, th, zh-Hant, zh-Hant-HK, yue, ...): personas speak more than the UI does.
export const languageTagSchema = z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a BCP 47 language tag such as th or zh-Hant');

export const uuidListSchema = z.array(z.uuid()).max(LIST_MAX);

/**
 * A list whose items are referenced from elsewhere: ids must be unique, otherwise a reference
 * could silently point at two things.
 */
export function entityList<T extends z.ZodType<{ id: string }>>(item: T) {
  return z
    .array(item)
    .max(LIST_MAX)
    .refine((items) => new Set(items.map((i) => i.id)).size === items.length, 'every item needs a unique id');
}
