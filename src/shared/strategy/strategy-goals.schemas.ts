import { z } from 'zod';
import { CHANNEL_KEYS, channelKeySchema } from './strategy-channels.schemas.ts';
import {
  entityList,
  idSchema,
  isoDateSchema,
  longTextSchema,
  optionalUserIdSchema,
  shortTextSchema,
} from './strategy-common.schemas.ts';
import { metricUnitSchema } from './strategy-kpi-catalogue.data.ts';

export const SOCIAL_REASONS = [
  'marketing',
  'employee_engagement',
  'partner_collaboration',
  'supplier_collaboration',
  'customer_collaboration',
  'reputation_monitoring',
] as const;
export type SocialReason = (typeof SOCIAL_REASONS)[number];

export const REASON_SCOPES = ['internal', 'external', 'both'] as const;
export type ReasonScope = (typeof REASON_SCOPES)[number];

export const GOAL_TYPES = [
  'awareness',
  'acquisition_sales',
  'loyalty_retention',
  'reputation',
  'employee_engagement_recruiting',
  'partner_supplier_collaboration',
  'innovation_feedback',
  'knowledge_sharing',
  'crowdsourced_investment',
  'cost_reduction',
] as const;
export type GoalType = (typeof GOAL_TYPES)[number];
export const goalTypeSchema = z.enum(GOAL_TYPES);

export const GOAL_PRIORITIES = ['primary', 'secondary'] as const;
export type GoalPriority = (typeof GOAL_PRIORITIES)[number];

export const socialReasonSchema = z.strictObject({
  id: idSchema,
  reason: z.enum(SOCIAL_REASONS),
  scope: z.enum(REASON_SCOPES),
  description: longTextSchema,
});
export type SocialReasonItem = z.infer<typeof socialReasonSchema>;

export const goalSchema = z.strictObject({
  id: idSchema,
  type: goalTypeSchema,
  priority: z.enum(GOAL_PRIORITIES),
  description: longTextSchema,
});
export type Goal = z.infer<typeof goalSchema>;

// Everything the SMART check judges may be null so that a half-written objective can be saved;
// what is present must still have the right type (a target is a number, never "a lot").
export const objectiveSchema = z.strictObject({
  id: idSchema,
  goalId: idSchema.nullable(),
  title: shortTextSchema,
  metric: shortTextSchema,
  baseline: z.number().nullable(),
  target: z.number().nullable(),
  unit: metricUnitSchema.nullable(),
  deadline: isoDateSchema.nullable(),
  ownerUserId: optionalUserIdSchema,
  description: longTextSchema,
});
export type Objective = z.infer<typeof objectiveSchema>;

export const tacticSchema = z.strictObject({
  id: idSchema,
  title: shortTextSchema,
  description: longTextSchema,
  objectiveId: idSchema.nullable(),
  channels: z.array(channelKeySchema).max(CHANNEL_KEYS.length),
});
export type Tactic = z.infer<typeof tacticSchema>;

export const goalsSectionSchema = z.strictObject({
  reasons: entityList(socialReasonSchema),
  goals: entityList(goalSchema),
  statement: longTextSchema,
  objectives: entityList(objectiveSchema),
  tactics: entityList(tacticSchema),
});
export type GoalsSection = z.infer<typeof goalsSectionSchema>;
