import { z } from 'zod';
import { entityList, idSchema, longTextSchema, shortTextSchema, textListSchema } from './strategy-common.schemas.ts';

export const competitorSchema = z.strictObject({
  id: idSchema,
  name: shortTextSchema,
  /** Account names as written on each network (@brand, LINE ID, WeChat ID, ...). */
  handles: textListSchema,
  terms: textListSchema,
});
export type Competitor = z.infer<typeof competitorSchema>;

export const listeningFindingSchema = z.strictObject({
  id: idSchema,
  text: longTextSchema,
  createdAt: z.iso.datetime({ offset: true }),
});
export type ListeningFinding = z.infer<typeof listeningFindingSchema>;

export const listeningSectionSchema = z.strictObject({
  brandTerms: textListSchema,
  competitors: entityList(competitorSchema),
  categoryTerms: textListSchema,
  topicTerms: textListSchema,
  /** What the team wants listening to answer. */
  questions: textListSchema,
  findings: entityList(listeningFindingSchema),
});
export type ListeningSection = z.infer<typeof listeningSectionSchema>;
