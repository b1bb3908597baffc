import type { CheckFacts, CheckRule, FindingParam, RuleId, Severity } from './strategy-check.schemas.ts';
import type { Strategy } from './strategy.schemas.ts';
import type { StrategyStep } from './strategy-steps.data.ts';

/** What a rule detects; the rule's id, severity and default step are added by defineRule. */
export type Detection = { path: string; params?: Record<string, FindingParam>; step?: StrategyStep };

export function defineRule(
  id: RuleId,
  step: StrategyStep,
  severity: Severity,
  detect: (strategy: Strategy, facts: CheckFacts) => Detection[],
): CheckRule {
  return {
    id,
    step,
    severity,
    evaluate: (strategy, facts) =>
      detect(strategy, facts).map((d) => ({ ruleId: id, severity, step: d.step ?? step, path: d.path, params: d.params ?? {} })),
  };
}

export const isBlank = (text: string) => text.trim() === '';
export const hasText = (texts: readonly string[]) => texts.some((t) => !isBlank(t));

/** A name for messages that still reads when the user has not typed one yet. */
export const nameOr = (name: string, index: number) => (isBlank(name) ? `#${index + 1}` : name.trim());
