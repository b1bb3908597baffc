import { isBlank } from './strategy-check-rule.domain.ts';
import type { Goal, Objective } from './strategy-goals.schemas.ts';
import type { MetricUnit } from './strategy-kpi-catalogue.data.ts';

export const SMART_LETTERS = ['S', 'M', 'A', 'R', 'T'] as const;
export type SmartLetter = (typeof SMART_LETTERS)[number];

/** The values a target can possibly take per unit; units without an entry are unbounded. */
export const UNIT_RANGES: Readonly<Partial<Record<MetricUnit, { min?: number; max?: number }>>> = {
  percent: { min: 0, max: 100 },
  count: { min: 0 },
  currency: { min: 0 },
  hours: { min: 0 },
  minutes: { min: 0 },
};

/** S: says what is to be achieved, in words, on a named metric. Returns the first empty field. */
export function specificGap(o: Objective): 'title' | 'metric' | null {
  if (isBlank(o.title)) return 'title';
  if (isBlank(o.metric)) return 'metric';
  return null;
}

/** M: a number to start from, a number to reach, and what they count. */
export function measurableGap(o: Objective): 'baseline' | 'target' | 'unit' | null {
  if (o.baseline === null) return 'baseline';
  if (o.target === null) return 'target';
  if (o.unit === null) return 'unit';
  return null;
}

/**
 * A: only what can be judged without knowing the business: a target equal to the baseline asks
 * for nothing, a target outside the unit's range (120 %) cannot be reached.
 */
export function achievableGap(o: Objective): 'unchanged' | 'out_of_range' | null {
  if (o.target === null) return null;
  const range = o.unit ? UNIT_RANGES[o.unit] : undefined;
  if (range && ((range.min !== undefined && o.target < range.min) || (range.max !== undefined && o.target > range.max))) {
    return 'out_of_range';
  }
  if (o.baseline !== null && o.target === o.baseline) return 'unchanged';
  return null;
}

/** R: serves one of the strategy's goals. */
export function relevantGap(o: Objective, goals: readonly Goal[]): 'none' | 'missing' | null {
  if (o.goalId === null) return 'none';
  return goals.some((g) => g.id === o.goalId) ? null : 'missing';
}

/** T: has a deadline that is still ahead (ISO dates compare as strings). */
export function timeBoundGap(o: Objective, today: string): 'none' | 'past' | null {
  if (o.deadline === null) return 'none';
  return o.deadline < today ? 'past' : null;
}

/** Which SMART letters an objective fails, in SMART order. */
export function smartFailures(o: Objective, goals: readonly Goal[], today: string): SmartLetter[] {
  const failures: Array<[SmartLetter, unknown]> = [
    ['S', specificGap(o)],
    ['M', measurableGap(o)],
    ['A', achievableGap(o)],
    ['R', relevantGap(o, goals)],
    ['T', timeBoundGap(o, today)],
  ];
  return failures.filter(([, gap]) => gap !== null).map(([letter]) => letter);
}
