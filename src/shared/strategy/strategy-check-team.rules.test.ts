import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BusinessFunction } from '../roles.ts';
import type { CheckFacts, RuleId } from './strategy-check.schemas.ts';
import { teamRules } from './strategy-check-team.rules.ts';
import type { Strategy } from './strategy.schemas.ts';
import { completeStrategy, FACTS, NOK, PLOY, SOMCHAI, uid } from './strategy.fixtures.ts';

const only = (s: Strategy, id: RuleId, facts: CheckFacts = FACTS) => teamRules.flatMap((r) => r.evaluate(s, facts)).filter((f) => f.ruleId === id);
const teamOf = (...functions: BusinessFunction[]): CheckFacts => ({
  ...FACTS,
  members: functions.map((businessFunction, i) => ({ userId: uid(500 + i), businessFunction })),
});

test('a goal whose business function is not on the team is reported on the goal', () => {
  const s = completeStrategy(); // primary acquisition_sales, secondary awareness
  assert.deepEqual(only(s, 'team-function-missing', teamOf('sales', 'marketing')), []);
  const findings = only(s, 'team-function-missing', teamOf('marketing'));
  assert.deepEqual(findings.map((f) => [f.step, f.path, f.params]), [[1, 'goals.goals[0].type', { goalType: 'acquisition_sales', functions: ['sales'] }]]);
  assert.equal(only(s, 'team-function-missing', teamOf('sales')).at(0)?.params.goalType, 'awareness', 'secondary goals count too');
});

test('reputation is covered by customer service or by legal & compliance', () => {
  const s = completeStrategy();
  s.goals.goals = [{ id: uid(1), type: 'reputation', priority: 'primary', description: '' }];
  assert.deepEqual(only(s, 'team-function-missing', teamOf('legal_compliance')), []);
  assert.deepEqual(only(s, 'team-function-missing', teamOf('customer_service')), []);
  assert.deepEqual(only(s, 'team-function-missing', teamOf('marketing'))[0]?.params.functions, ['customer_service', 'legal_compliance']);
});

test('goals without a mapped function never need one', () => {
  const s = completeStrategy();
  s.goals.goals = [{ id: uid(1), type: 'knowledge_sharing', priority: 'primary', description: '' }];
  assert.deepEqual(only(s, 'team-function-missing', teamOf()), []);
});

test('people who left the workspace are reported where they are named, in that section’s step', () => {
  const s = completeStrategy();
  assert.deepEqual(only(s, 'team-member-unknown'), []);
  const facts = { ...FACTS, members: FACTS.members.filter((m) => m.userId !== NOK) };
  const findings = only(s, 'team-member-unknown', facts);
  assert.ok(findings.some((f) => f.path === 'team.raci.goals.consulted[0]' && f.step === 1));
  assert.ok(findings.some((f) => f.path === 'governance.items[0].ownerUserId' && f.step === 'governance'));
  assert.ok(findings.every((f) => !f.path.includes('responsible')), 'Ploy is still a member');
});

test('owners in objectives, KPIs, channels and relationships are checked too', () => {
  const s = completeStrategy();
  const facts = { ...FACTS, members: FACTS.members.filter((m) => m.userId !== PLOY && m.userId !== SOMCHAI) };
  const paths = only(s, 'team-member-unknown', facts).map((f) => f.path);
  for (const expected of [
    'goals.objectives[0].ownerUserId',
    'metrics.kpis[0].ownerUserId',
    'channels.channels[0].resources.ownerUserId',
    'relationships.relationships[0].flow.ownerUserId',
  ]) {
    assert.ok(paths.includes(expected), expected);
  }
});

test('more than one accountable person for a section is reported with the count', () => {
  const s = completeStrategy();
  assert.deepEqual(only(s, 'team-multiple-accountable'), []);
  s.team.raci.metrics.accountable = [PLOY, SOMCHAI, NOK];
  assert.deepEqual(only(s, 'team-multiple-accountable').map((f) => [f.path, f.params]), [
    ['team.raci.metrics.accountable', { section: 'metrics', count: 3 }],
  ]);
  s.team.raci.metrics.accountable = [PLOY, PLOY];
  assert.deepEqual(only(s, 'team-multiple-accountable'), [], 'the same person twice is still one person');
});
