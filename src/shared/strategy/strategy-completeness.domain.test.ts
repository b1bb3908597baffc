import assert from 'node:assert/strict';
import { test } from 'node:test';
import { completeness } from './strategy-completeness.domain.ts';
import { COMPLETENESS_REQUIREMENTS } from './strategy-completeness.rules.ts';
import { emptyStrategy } from './strategy.schemas.ts';
import { completeStrategy, FACTS } from './strategy.fixtures.ts';
import { STRATEGY_STEPS, type StrategyStep } from './strategy-steps.data.ts';

const stepOf = (result: ReturnType<typeof completeness>, step: StrategyStep) => {
  const found = result.steps.find((s) => s.step === step);
  assert.ok(found, `step ${step}`);
  return found;
};

test('every step has requirements with unique part ids and a positive weight', () => {
  assert.deepEqual(new Set(COMPLETENESS_REQUIREMENTS.map((r) => r.step)), new Set(STRATEGY_STEPS));
  assert.equal(COMPLETENESS_REQUIREMENTS.length, STRATEGY_STEPS.length);
  for (const req of COMPLETENESS_REQUIREMENTS) {
    assert.ok(req.weight > 0);
    assert.equal(new Set(req.parts.map((p) => p.id)).size, req.parts.length, `step ${req.step}`);
  }
});

test('the complete strategy is 100 % in every step', () => {
  const result = completeness(completeStrategy(), FACTS);
  assert.equal(result.overall, 1);
  for (const step of result.steps) assert.equal(step.score, 1, `step ${step.step}: ${JSON.stringify(step.parts.filter((p) => !p.filled))}`);
});

test('an empty strategy scores 0 except what the workspace already provides', () => {
  const result = completeness(emptyStrategy(), FACTS);
  // A cross-functional team exists in the workspace before any strategy is written.
  assert.deepEqual(stepOf(result, 1).parts, [
    { id: 'cross_functional', filled: true },
    { id: 'accountable', filled: false },
    { id: 'responsible', filled: false },
  ]);
  assert.equal(stepOf(result, 1).score, 1 / 3);
  for (const step of result.steps.filter((s) => s.step !== 1)) assert.equal(step.score, 0, `step ${step.step}`);
  const totalWeight = COMPLETENESS_REQUIREMENTS.reduce((sum, r) => sum + r.weight, 0);
  assert.equal(result.overall, (1 / 3) * 1 / totalWeight);
  assert.equal(completeness(emptyStrategy(), { ...FACTS, members: [] }).overall, 0);
});

test('a step score is the share of its filled parts, and "every item" parts need at least one item', () => {
  const s = completeStrategy();
  s.channels.channels[0]!.reason = '';
  s.channels.channels[1]!.kpis = [];
  const channels = stepOf(completeness(s, FACTS), 7);
  assert.equal(channels.score, 3 / 5);
  assert.deepEqual(channels.parts.filter((p) => !p.filled).map((p) => p.id), ['channel_reasons', 'channel_kpis']);

  s.channels.channels = [];
  assert.equal(stepOf(completeness(s, FACTS), 7).score, 0, 'no channels: none of the per-channel parts is filled');
});

test('objectives count as filled only when every one passes SMART', () => {
  const s = completeStrategy();
  s.goals.objectives[1]!.deadline = '2020-01-01';
  const goals = stepOf(completeness(s, FACTS), 2);
  assert.deepEqual(goals.parts.find((p) => p.id === 'smart_objectives'), { id: 'smart_objectives', filled: false });
  assert.equal(goals.score, 4 / 5);
});

test('the overall score is the weighted mean of the step scores', () => {
  const s = completeStrategy();
  s.goals = emptyStrategy().goals; // step 2 (weight 3) drops to 0
  const result = completeness(s, FACTS);
  const weights = result.steps.reduce((sum, step) => sum + step.weight, 0);
  const expected = result.steps.reduce((sum, step) => sum + step.score * step.weight, 0) / weights;
  assert.equal(result.overall, expected);
  assert.equal(stepOf(result, 2).weight, 3);
  assert.ok(result.overall < 1 - 3 / weights + 1e-9, 'losing the goals step costs at least its weight');
});
