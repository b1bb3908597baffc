import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CheckFacts, Finding, RuleId } from './strategy-check.schemas.ts';
import { goalRules } from './strategy-check-goals.rules.ts';
import type { Objective } from './strategy-goals.schemas.ts';
import type { Strategy } from './strategy.schemas.ts';
import { smartFailures } from './strategy-smart.domain.ts';
import { completeStrategy, FACTS, ID } from './strategy.fixtures.ts';

const run = (s: Strategy, facts: CheckFacts = FACTS): Finding[] => goalRules.flatMap((r) => r.evaluate(s, facts));
const only = (s: Strategy, id: RuleId, facts: CheckFacts = FACTS) => run(s, facts).filter((f) => f.ruleId === id);

/** The complete strategy with its first objective changed. */
function withObjective(change: Partial<Objective>): Strategy {
  const s = completeStrategy();
  s.goals.objectives[0] = { ...s.goals.objectives[0]!, ...change };
  return s;
}

test('no primary goal is an error; one primary and secondaries are fine', () => {
  const s = completeStrategy();
  assert.deepEqual(only(s, 'goal-primary-missing'), []);
  for (const g of s.goals.goals) g.priority = 'secondary';
  assert.deepEqual(only(s, 'goal-primary-missing'), [{ ruleId: 'goal-primary-missing', severity: 'error', step: 2, path: 'goals.goals', params: {} }]);
});

test('more than one primary goal is an error that says how many', () => {
  const s = completeStrategy();
  assert.deepEqual(only(s, 'goal-primary-multiple'), []);
  for (const g of s.goals.goals) g.priority = 'primary';
  const [finding] = only(s, 'goal-primary-multiple');
  assert.deepEqual(finding?.params, { count: 2 });
});

test('S: a blank title or metric is reported on that field with letter S', () => {
  assert.deepEqual(only(withObjective({ title: ' ' }), 'objective-not-specific').map((f) => [f.path, f.params]), [
    ['goals.objectives[0].title', { number: 1, letter: 'S' }],
  ]);
  assert.equal(only(withObjective({ metric: '' }), 'objective-not-specific')[0]?.path, 'goals.objectives[0].metric');
});

test('M: a missing baseline, target or unit is reported on that field with letter M', () => {
  for (const field of ['baseline', 'target', 'unit'] as const) {
    const [finding, ...rest] = only(withObjective({ [field]: null }), 'objective-not-measurable');
    assert.equal(rest.length, 0);
    assert.equal(finding?.path, `goals.objectives[0].${field}`);
    assert.equal(finding?.params.letter, 'M');
  }
  // 0 is a real baseline (a new account starts at zero followers).
  assert.deepEqual(only(withObjective({ baseline: 0 }), 'objective-not-measurable'), []);
});

test('A: a target equal to the baseline asks for nothing', () => {
  const [finding] = only(withObjective({ baseline: 40, target: 40 }), 'objective-target-unchanged');
  assert.deepEqual(finding?.params, { number: 1, letter: 'A', target: 40 });
  assert.equal(finding?.severity, 'warning');
  assert.deepEqual(only(withObjective({ baseline: 40, target: 41 }), 'objective-target-unchanged'), []);
});

test('A: a target outside what the unit allows is an error', () => {
  const out = (change: Partial<Objective>) => only(withObjective(change), 'objective-target-out-of-range');
  assert.equal(out({ unit: 'percent', target: 120 })[0]?.params.target, 120);
  assert.equal(out({ unit: 'percent', target: 120 })[0]?.severity, 'error');
  assert.equal(out({ unit: 'count', target: -5 }).length, 1);
  assert.equal(out({ unit: 'currency', target: -1 }).length, 1);
  assert.deepEqual(out({ unit: 'percent', target: 100 }), []);
  assert.deepEqual(out({ unit: 'count', target: 250_000 }), []);
  assert.deepEqual(out({ unit: 'score', target: -40 }), [], 'net sentiment may be negative');
  assert.deepEqual(out({ unit: null, target: 500 }), [], 'no unit, no range to judge');
});

test('R: an objective without a goal, or with a deleted goal, is not relevant', () => {
  assert.equal(only(withObjective({ goalId: null }), 'objective-not-relevant')[0]?.path, 'goals.objectives[0].goalId');
  const deleted = only(withObjective({ goalId: '00000000-0000-4000-8000-0000000000ff' }), 'objective-not-relevant');
  assert.equal(deleted[0]?.params.letter, 'R');
});

test('T: a missing deadline and a passed deadline are separate findings', () => {
  assert.equal(only(withObjective({ deadline: null }), 'objective-no-deadline')[0]?.params.letter, 'T');
  const past = only(withObjective({ deadline: '2026-03-14' }), 'objective-deadline-past');
  assert.deepEqual(past[0]?.params, { number: 1, letter: 'T', deadline: '2026-03-14' });
  assert.deepEqual(only(withObjective({ deadline: FACTS.today }), 'objective-deadline-past'), [], 'today is still in time');
  const nextYear = only(withObjective({ deadline: '2026-12-31' }), 'objective-deadline-past', { ...FACTS, today: '2027-01-01' });
  assert.deepEqual(nextYear.map((f) => f.path), ['goals.objectives[0].deadline', 'goals.objectives[1].deadline']);
});

test('an objective failing several letters gets one finding per letter, numbered by position', () => {
  const s = completeStrategy();
  s.goals.objectives[1] = { ...s.goals.objectives[1]!, title: '', target: null, goalId: null, deadline: null };
  const findings = run(s).filter((f) => f.path.startsWith('goals.objectives[1]'));
  assert.deepEqual(findings.map((f) => f.params.letter).sort(), ['M', 'R', 'S', 'T']);
  assert.ok(findings.every((f) => f.params.number === 2));
  assert.deepEqual(smartFailures(s.goals.objectives[1]!, s.goals.goals, FACTS.today), ['S', 'M', 'R', 'T']);
  assert.deepEqual(smartFailures(s.goals.objectives[0]!, s.goals.goals, FACTS.today), []);
});

test('a tactic without an objective is reported on its objectiveId', () => {
  const s = completeStrategy();
  assert.deepEqual(only(s, 'tactic-no-objective'), []);
  s.goals.tactics.push({ id: ID.tactic.replace('20', '21'), title: 'Latte art reels', description: '', objectiveId: null, channels: ['instagram'] });
  assert.deepEqual(only(s, 'tactic-no-objective').map((f) => [f.path, f.params]), [['goals.tactics[1].objectiveId', { number: 2 }]]);
});
