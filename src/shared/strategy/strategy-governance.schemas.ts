import { z } from 'zod';
import {
  countSchema,
  entityList,
  idSchema,
  isoDateSchema,
  longTextSchema,
  optionalUserIdSchema,
  shortTextSchema,
  textListSchema,
} from './strategy-common.schemas.ts';

export const GOVERNANCE_KINDS = ['policy', 'guideline', 'approval_process', 'crisis_escalation', 'training'] as const;
export type GovernanceKind = (typeof GOVERNANCE_KINDS)[number];

export const governanceItemSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(GOVERNANCE_KINDS),
  title: shortTextSchema,
  body: longTextSchema,
  ownerUserId: optionalUserIdSchema,
  reviewDate: isoDateSchema.nullable(),
});
export type GovernanceItem = z.infer<typeof governanceItemSchema>;

export const crisisLevelSchema = z.strictObject({
  id: idSchema,
  /** 1 is the most severe, as in incident practice (SEV1). */
  level: z.int().min(1).max(5),
  description: longTextSchema,
  // Free text, not user ids: the people called are often outside the workspace (agency, lawyer).
  whoIsCalled: textListSchema,
  responseTimeMinutes: countSchema.nullable(),
});
export type CrisisLevel = z.infer<typeof crisisLevelSchema>;

export const governanceSectionSchema = z.strictObject({
  items: entityList(governanceItemSchema),
  crisis: z.strictObject({
    levels: entityList(crisisLevelSchema),
  }),
});
export type GovernanceSection = z.infer<typeof governanceSectionSchema>;
