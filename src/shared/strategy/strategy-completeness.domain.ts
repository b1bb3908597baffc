import type { CheckFacts } from './strategy-check.schemas.ts';
import { COMPLETENESS_REQUIREMENTS, type StepRequirements } from './strategy-completeness.rules.ts';
import type { Strategy } from './strategy.schemas.ts';
import type { StrategyStep } from './strategy-steps.data.ts';

export type StepCompleteness = {
  step: StrategyStep;
  weight: number;
  /** 0..1: the share of the step's parts that are filled. */
  score: number;
  parts: Array<{ id: string; filled: boolean }>;
};
export type Completeness = { overall: number; steps: StepCompleteness[] };

/** How much of the strategy is filled in, per step and overall (weighted mean of the steps). */
export function completeness(
  strategy: Strategy,
  facts: CheckFacts,
  requirements: readonly StepRequirements[] = COMPLETENESS_REQUIREMENTS,
): Completeness {
  const steps = requirements.map((req) => {
    const parts = req.parts.map((p) => ({ id: p.id, filled: p.isFilled(strategy, facts) }));
    const score = parts.length === 0 ? 1 : parts.filter((p) => p.filled).length / parts.length;
    return { step: req.step, weight: req.weight, score, parts };
  });
  const totalWeight = steps.reduce((sum, s) => sum + s.weight, 0);
  const overall = totalWeight === 0 ? 0 : steps.reduce((sum, s) => sum + s.score * s.weight, 0) / totalWeight;
  return { overall, steps };
}
