import { z } from 'zod';
import {
  countSchema,
  entityList,
  idSchema,
  longTextSchema,
  moneySchema,
  nonNegativeSchema,
  ratingSchema,
  shortTextSchema,
  textListSchema,
} from './strategy-common.schemas.ts';

export const SWOT_KINDS = ['strength', 'weakness', 'opportunity', 'threat'] as const;
export type SwotKind = (typeof SWOT_KINDS)[number];

export const customerSegmentSchema = z.strictObject({
  id: idSchema,
  name: shortTextSchema,
  description: longTextSchema,
});
export type CustomerSegment = z.infer<typeof customerSegmentSchema>;

export const swotFindingSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(SWOT_KINDS),
  text: longTextSchema,
});
export type SwotFinding = z.infer<typeof swotFindingSchema>;

export const riskSchema = z.strictObject({
  id: idSchema,
  description: longTextSchema,
  // 1 = rare / negligible, 5 = almost certain / severe; null until the team has rated it.
  likelihood: ratingSchema.nullable(),
  impact: ratingSchema.nullable(),
  mitigation: longTextSchema,
});
export type Risk = z.infer<typeof riskSchema>;

export const strategicOptionSchema = z.strictObject({
  id: idSchema,
  title: shortTextSchema,
  description: longTextSchema,
});
export type StrategicOption = z.infer<typeof strategicOptionSchema>;

export const contextSectionSchema = z.strictObject({
  customers: z.strictObject({
    segments: entityList(customerSegmentSchema),
  }),
  analysis: z.strictObject({
    marketSummary: longTextSchema,
    findings: entityList(swotFindingSchema),
  }),
  valueProposition: longTextSchema,
  planning: z.strictObject({
    /** The social media budget for the strategy's year. */
    budget: moneySchema,
    risks: entityList(riskSchema),
    strategicOptions: entityList(strategicOptionSchema),
  }),
  resources: z.strictObject({
    skills: textListSchema,
    headcount: countSchema,
    hoursPerWeek: nonNegativeSchema,
    money: moneySchema,
    suppliers: textListSchema,
    partners: textListSchema,
  }),
});
export type ContextSection = z.infer<typeof contextSectionSchema>;
