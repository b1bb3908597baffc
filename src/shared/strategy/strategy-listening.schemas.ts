import { z } from 'zod';
import { EVIDENCE_CHARTS } from '../api/listening.schemas.ts';
import { entityList, idSchema, isoDateSchema, longTextSchema, shortTextSchema, textListSchema } from './strategy-common.schemas.ts';

export const competitorSchema = z.strictObject({
  id: idSchema,
  name: shortTextSchema,
  /** Account names as written on each network (@brand, LINE ID, WeChat ID, ...). */
  handles: textListSchema,
  terms: textListSchema,
});
export type Competitor = z.infer<typeof competitorSchema>;

/** A chart saved with a finding from the listening dashboard: what was asked and what it showed then. */
export const findingEvidenceSchema = z.strictObject({
  chart: z.enum(EVIDENCE_CHARTS),
  query: z.strictObject({
    from: isoDateSchema,
    to: isoDateSchema,
    topicId: idSchema.optional(),
    channel: z.string().max(40).optional(),
    language: z.string().max(20).optional(),
  }),
  series: z.array(z.strictObject({ label: shortTextSchema, value: z.number() })).max(60),
});
export type FindingEvidence = z.infer<typeof findingEvidenceSchema>;

export const listeningFindingSchema = z.strictObject({
  id: idSchema,
  text: longTextSchema,
  createdAt: z.iso.datetime({ offset: true }),
  evidence: findingEvidenceSchema.optional(),
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
