import { z } from 'zod';
import { businessFunctionSchema } from '../roles.ts';
import type { Strategy } from './strategy.schemas.ts';
import { STRATEGY_STEPS, type StrategyStep } from './strategy-steps.data.ts';

/** Every rule of the method check; messages are keyed by these, so the list is the contract. */
export const RULE_IDS = [
  'team-function-missing',
  'team-member-unknown',
  'team-multiple-accountable',
  'goal-primary-missing',
  'goal-primary-multiple',
  'objective-not-specific',
  'objective-not-measurable',
  'objective-target-unchanged',
  'objective-target-out-of-range',
  'objective-not-relevant',
  'objective-no-deadline',
  'objective-deadline-past',
  'tactic-no-objective',
  'risk-without-mitigation',
  'listening-no-competitor',
  'persona-unreached',
  'kpi-no-quarterly-targets',
  'kpi-no-objective',
  'kpi-maturity-too-low',
  'metrics-fiscal-year-past',
  'one-thing-no-differentiator',
  'channel-no-reason',
  'channel-no-persona',
  'channel-no-kpi',
  'channel-over-capacity',
  'voice-missing',
  'crisis-process-missing',
  'relationship-no-owner',
  'reference-dangling',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

const stepSchema = z.union(STRATEGY_STEPS.map((step) => z.literal(step)));

export const findingParamSchema = z.union([z.string(), z.number(), z.array(z.string())]);
export type FindingParam = z.infer<typeof findingParamSchema>;

export const findingSchema = z.strictObject({
  ruleId: z.enum(RULE_IDS),
  severity: z.enum(SEVERITIES),
  step: stepSchema,
  /** Where the problem is, e.g. goals.objectives[2].deadline, so the UI can focus the field. */
  path: z.string(),
  /** Values interpolated into the localized message ({number}, {channel}, ...). */
  params: z.record(z.string(), findingParamSchema),
});
export type Finding = z.infer<typeof findingSchema>;

/** What the check needs to know beyond the document: the workspace and the current date. */
export const checkFactsSchema = z.strictObject({
  members: z.array(z.strictObject({ userId: z.uuid(), businessFunction: businessFunctionSchema })),
  today: z.iso.date(),
  fiscalYearStartMonth: z.int().min(1).max(12),
});
export type CheckFacts = z.infer<typeof checkFactsSchema>;

export type CheckRule = {
  id: RuleId;
  /** Default step of the rule's findings; a finding may name another (dangling references do). */
  step: StrategyStep;
  severity: Severity;
  evaluate: (strategy: Strategy, facts: CheckFacts) => Finding[];
};
