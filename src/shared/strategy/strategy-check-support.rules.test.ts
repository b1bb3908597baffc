import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RuleId } from './strategy-check.schemas.ts';
import { supportRules } from './strategy-check-support.rules.ts';
import type { Strategy } from './strategy.schemas.ts';
import { completeStrategy, FACTS, ID, uid } from './strategy.fixtures.ts';

const only = (s: Strategy, id: RuleId) => supportRules.flatMap((r) => r.evaluate(s, FACTS)).filter((f) => f.ruleId === id);

test('a high risk (likelihood x impact >= 12) needs a mitigation; lower or unrated risks do not', () => {
  const s = completeStrategy();
  const risk = s.context.planning.risks[0]!; // 3 x 4 = 12
  assert.deepEqual(only(s, 'risk-without-mitigation'), []);
  risk.mitigation = '';
  assert.deepEqual(only(s, 'risk-without-mitigation').map((f) => [f.step, f.path, f.params]), [
    ['context', 'context.planning.risks[0].mitigation', { number: 1, score: 12 }],
  ]);
  risk.impact = 3;
  assert.deepEqual(only(s, 'risk-without-mitigation'), [], '9 is not high');
  risk.impact = null;
  assert.deepEqual(only(s, 'risk-without-mitigation'), []);
});

test('a listening plan without competitors is reported', () => {
  const s = completeStrategy();
  assert.deepEqual(only(s, 'listening-no-competitor'), []);
  s.listening.competitors = [];
  assert.deepEqual(only(s, 'listening-no-competitor').map((f) => [f.step, f.path]), [[3, 'listening.competitors']]);
});

test('a blank differentiator is reported', () => {
  const s = completeStrategy();
  assert.deepEqual(only(s, 'one-thing-no-differentiator'), []);
  s.oneThing.differentiator = '   ';
  assert.deepEqual(only(s, 'one-thing-no-differentiator').map((f) => [f.step, f.path]), [[6, 'oneThing.differentiator']]);
});

test('a voice with only blank “we are” traits is missing', () => {
  const s = completeStrategy();
  assert.deepEqual(only(s, 'voice-missing'), []);
  s.voice.weAre = [' '];
  assert.deepEqual(only(s, 'voice-missing').map((f) => [f.step, f.path]), [['voice', 'voice.weAre']]);
});

test('no crisis severity levels means no crisis process, whatever documents exist', () => {
  const s = completeStrategy();
  assert.deepEqual(only(s, 'crisis-process-missing'), []);
  s.governance.crisis.levels = [];
  assert.deepEqual(only(s, 'crisis-process-missing').map((f) => [f.step, f.path]), [['governance', 'governance.crisis.levels']]);
});

test('a valuable relationship (4-5) without an owner is an info; less valuable ones are not', () => {
  const s = completeStrategy();
  const relationship = s.relationships.relationships[0]!;
  relationship.flow.ownerUserId = null;
  const [finding] = only(s, 'relationship-no-owner');
  assert.deepEqual([finding?.severity, finding?.path, finding?.params], ['info', 'relationships.relationships[0].flow.ownerUserId', { name: 'Chiang Mai food bloggers' }]);
  relationship.value = 3;
  assert.deepEqual(only(s, 'relationship-no-owner'), []);
});

test('dangling references are errors reported in the step of the item that holds them', () => {
  const s = completeStrategy();
  assert.deepEqual(only(s, 'reference-dangling'), []);
  const gone = uid(666);
  s.channels.channels[1]!.personaIds = [ID.tourist, gone];
  s.metrics.kpis[0]!.objectiveId = gone;
  s.goals.tactics[0]!.objectiveId = gone;
  s.oneThing.comparison.rows.push({ subject: gone, scores: {} });
  s.oneThing.comparison.rows[0]!.scores[gone] = 2;
  const found = only(s, 'reference-dangling').map((f) => [f.step, f.path, f.params.target]);
  assert.deepEqual(found, [
    [2, 'goals.tactics[0].objectiveId', 'objective'],
    [5, 'metrics.kpis[0].objectiveId', 'objective'],
    [6, `oneThing.comparison.rows[0].scores["${gone}"]`, 'attribute'],
    [6, 'oneThing.comparison.rows[2].subject', 'competitor'],
    [7, 'channels.channels[1].personaIds[1]', 'persona'],
  ]);
  assert.ok(only(s, 'reference-dangling').every((f) => f.severity === 'error'));
});
