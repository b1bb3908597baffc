import type { CheckRule } from './strategy-check.schemas.ts';
import { defineRule } from './strategy-check-rule.domain.ts';
import { achievableGap, measurableGap, relevantGap, specificGap, timeBoundGap } from './strategy-smart.domain.ts';

const objectivePath = (i: number, field: string) => `goals.objectives[${i}].${field}`;

export const goalRules: readonly CheckRule[] = [
  // One primary goal keeps every later choice (channels, KPIs) answerable: "does it serve it?"
  defineRule('goal-primary-missing', 2, 'error', (s) =>
    s.goals.goals.some((g) => g.priority === 'primary') ? [] : [{ path: 'goals.goals' }],
  ),
  defineRule('goal-primary-multiple', 2, 'error', (s) => {
    const count = s.goals.goals.filter((g) => g.priority === 'primary').length;
    return count > 1 ? [{ path: 'goals.goals', params: { count } }] : [];
  }),

  // One rule per SMART letter (two for A and T) so each message can say exactly what to fix.
  defineRule('objective-not-specific', 2, 'warning', (s) =>
    s.goals.objectives.flatMap((o, i) => {
      const gap = specificGap(o);
      return gap ? [{ path: objectivePath(i, gap), params: { number: i + 1, letter: 'S' } }] : [];
    }),
  ),
  defineRule('objective-not-measurable', 2, 'warning', (s) =>
    s.goals.objectives.flatMap((o, i) => {
      const gap = measurableGap(o);
      return gap ? [{ path: objectivePath(i, gap), params: { number: i + 1, letter: 'M' } }] : [];
    }),
  ),
  defineRule('objective-target-unchanged', 2, 'warning', (s) =>
    s.goals.objectives.flatMap((o, i) =>
      achievableGap(o) === 'unchanged' && o.target !== null
        ? [{ path: objectivePath(i, 'target'), params: { number: i + 1, letter: 'A', target: o.target } }]
        : [],
    ),
  ),
  defineRule('objective-target-out-of-range', 2, 'error', (s) =>
    s.goals.objectives.flatMap((o, i) =>
      achievableGap(o) === 'out_of_range' && o.target !== null
        ? [{ path: objectivePath(i, 'target'), params: { number: i + 1, letter: 'A', target: o.target } }]
        : [],
    ),
  ),
  defineRule('objective-not-relevant', 2, 'warning', (s) =>
    s.goals.objectives.flatMap((o, i) =>
      relevantGap(o, s.goals.goals) ? [{ path: objectivePath(i, 'goalId'), params: { number: i + 1, letter: 'R' } }] : [],
    ),
  ),
  defineRule('objective-no-deadline', 2, 'warning', (s, facts) =>
    s.goals.objectives.flatMap((o, i) =>
      timeBoundGap(o, facts.today) === 'none'
        ? [{ path: objectivePath(i, 'deadline'), params: { number: i + 1, letter: 'T' } }]
        : [],
    ),
  ),
  defineRule('objective-deadline-past', 2, 'warning', (s, facts) =>
    s.goals.objectives.flatMap((o, i) =>
      timeBoundGap(o, facts.today) === 'past' && o.deadline !== null
        ? [{ path: objectivePath(i, 'deadline'), params: { number: i + 1, letter: 'T', deadline: o.deadline } }]
        : [],
    ),
  ),

  defineRule('tactic-no-objective', 2, 'warning', (s) =>
    s.goals.tactics.flatMap((t, i) =>
      t.objectiveId === null ? [{ path: `goals.tactics[${i}].objectiveId`, params: { number: i + 1 } }] : [],
    ),
  ),
];
