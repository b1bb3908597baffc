import { type CheckFacts, type Finding, SEVERITIES } from './strategy-check.schemas.ts';
import { STRATEGY_CHECK_RULES } from './strategy-check.rules.ts';
import type { Strategy } from './strategy.schemas.ts';
import { STEP_ORDER } from './strategy-steps.data.ts';

/**
 * Runs every rule and orders the findings as the builder shows them: by step in document
 * order, errors first; equal findings keep rule order (the sort is stable).
 */
export function checkStrategy(strategy: Strategy, facts: CheckFacts, rules = STRATEGY_CHECK_RULES): Finding[] {
  const findings = rules.flatMap((rule) => rule.evaluate(strategy, facts));
  return findings.sort(
    (a, b) => STEP_ORDER.indexOf(a.step) - STEP_ORDER.indexOf(b.step) || SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity),
  );
}
