import { z } from 'zod';
import { localeSchema } from '../locales.ts';

/** Documents to read and print; JSON and YAML stay the re-importable files. */
export const DOCUMENT_FORMATS = ['md', 'html', 'docx'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export const documentQuerySchema = z.strictObject({
  /** The document's language; the workspace's default language when left out. */
  locale: localeSchema.optional(),
  /** A published version's number; the working draft when left out. */
  version: z.coerce.number().int().min(1).max(1_000_000).optional(),
});
export type DocumentQuery = z.infer<typeof documentQuerySchema>;
