import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkStrategy } from './strategy-check.domain.ts';
import { removeComparisonAttribute, removeCompetitor, removeGoal, removeObjective, removePersona } from './strategy-cleanup.domain.ts';
import { strategySchema } from './strategy.schemas.ts';
import { completeStrategy, FACTS, ID, uid } from './strategy.fixtures.ts';

const danglingAfter = (s: ReturnType<typeof completeStrategy>) => checkStrategy(s, FACTS).filter((f) => f.ruleId === 'reference-dangling');

test('removing a persona takes it out of every channel and reports each place', () => {
  const before = completeStrategy();
  const snapshot = structuredClone(before);
  const { strategy, removed, cleaned } = removePersona(before, ID.officeWorker);
  assert.equal(removed, true);
  assert.deepEqual(strategy.audience.personas.map((p) => p.id), [ID.tourist]);
  assert.deepEqual(strategy.channels.channels.map((c) => c.personaIds), [[], [ID.tourist]]);
  assert.deepEqual(cleaned, [
    { path: 'channels.channels[0].personaIds[0]', itemId: ID.lineChannel, action: 'removed' },
    { path: 'channels.channels[1].personaIds[1]', itemId: ID.igChannel, action: 'removed' },
  ]);
  assert.deepEqual(before, snapshot, 'the input is not modified');
  assert.deepEqual(danglingAfter(strategy), []);
  assert.equal(strategySchema.safeParse(strategy).success, true);
});

test('removing something that is not there changes nothing', () => {
  const { strategy, removed, cleaned } = removePersona(completeStrategy(), uid(12345));
  assert.equal(removed, false);
  assert.deepEqual(cleaned, []);
  assert.deepEqual(strategy, completeStrategy());
});

test('removing a competitor drops its comparison row but keeps ours', () => {
  const { strategy, removed, cleaned } = removeCompetitor(completeStrategy(), ID.competitor);
  assert.equal(removed, true);
  assert.deepEqual(strategy.listening.competitors, []);
  assert.deepEqual(strategy.oneThing.comparison.rows.map((r) => r.subject), ['us']);
  assert.deepEqual(cleaned, [{ path: 'oneThing.comparison.rows[1]', itemId: ID.competitor, action: 'removed' }]);
  assert.deepEqual(danglingAfter(strategy), []);
});

test('removing an objective unlinks its KPIs and tactics instead of deleting them', () => {
  const before = completeStrategy();
  const { strategy, cleaned } = removeObjective(before, ID.leadsObjective);
  assert.deepEqual(strategy.goals.objectives.map((o) => o.id), [ID.followersObjective]);
  assert.deepEqual(strategy.metrics.kpis.map((k) => k.objectiveId), [null, ID.followersObjective]);
  assert.equal(strategy.goals.tactics[0]?.objectiveId, null);
  assert.deepEqual(cleaned, [
    { path: 'metrics.kpis[0].objectiveId', itemId: ID.kpiLeads, action: 'unlinked' },
    { path: 'goals.tactics[0].objectiveId', itemId: ID.tactic, action: 'unlinked' },
  ]);
  assert.equal(before.metrics.kpis[0]?.objectiveId, ID.leadsObjective, 'the input is not modified');
  // The check now asks to relink them rather than pointing at nothing.
  const ids = checkStrategy(strategy, FACTS).map((f) => f.ruleId);
  assert.ok(ids.includes('kpi-no-objective') && ids.includes('tactic-no-objective'));
  assert.ok(!ids.includes('reference-dangling'));
});

test('removing a goal unlinks its objectives', () => {
  const { strategy, cleaned } = removeGoal(completeStrategy(), ID.awarenessGoal);
  assert.deepEqual(strategy.goals.goals.map((g) => g.id), [ID.salesGoal]);
  assert.equal(strategy.goals.objectives[1]?.goalId, null);
  assert.deepEqual(cleaned, [{ path: 'goals.objectives[1].goalId', itemId: ID.followersObjective, action: 'unlinked' }]);
});

test('removing a comparison attribute removes its scores from every row', () => {
  const { strategy, cleaned } = removeComparisonAttribute(completeStrategy(), ID.attribute);
  assert.deepEqual(strategy.oneThing.comparison.attributes, []);
  assert.deepEqual(strategy.oneThing.comparison.rows.map((r) => r.scores), [{}, {}]);
  assert.deepEqual(cleaned.map((c) => c.itemId), ['us', ID.competitor]);
  assert.deepEqual(danglingAfter(strategy), []);
});
