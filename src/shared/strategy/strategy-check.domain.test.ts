import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkStrategy } from './strategy-check.domain.ts';
import { TRIGGERS } from './strategy-check.fixtures.ts';
import { RULE_IDS, findingSchema } from './strategy-check.schemas.ts';
import { STRATEGY_CHECK_RULES } from './strategy-check.rules.ts';
import { emptyStrategy } from './strategy.schemas.ts';
import { completeStrategy, FACTS, uid } from './strategy.fixtures.ts';

test('every rule id has exactly one rule and every rule is listed in RULE_IDS', () => {
  const ids = STRATEGY_CHECK_RULES.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length, 'duplicate rule id');
  assert.deepEqual([...ids].sort(), [...RULE_IDS].sort());
});

test('the complete strategy passes every rule', () => {
  assert.deepEqual(checkStrategy(completeStrategy(), FACTS), []);
});

// Each rule: the trigger case makes it fire, and the complete strategy (above) does not.
for (const rule of STRATEGY_CHECK_RULES) {
  test(`${rule.id} fires on its trigger case with its own severity`, () => {
    const { strategy, facts } = TRIGGERS[rule.id]();
    const findings = rule.evaluate(strategy, facts);
    assert.ok(findings.length > 0, `${rule.id} did not fire`);
    for (const f of findings) {
      assert.equal(f.ruleId, rule.id);
      assert.equal(f.severity, rule.severity);
      assert.doesNotThrow(() => findingSchema.parse(f));
    }
    assert.deepEqual(rule.evaluate(completeStrategy(), FACTS), []);
  });
}

test('each trigger case fires its own rule through checkStrategy', () => {
  for (const id of RULE_IDS) {
    const { strategy, facts } = TRIGGERS[id]();
    assert.ok(checkStrategy(strategy, facts).some((f) => f.ruleId === id), id);
  }
});

test('findings come in document order of steps, errors before warnings within a step', () => {
  const s = completeStrategy();
  s.voice.weAre = []; // voice
  s.listening.competitors = []; // step 3 (and a dangling comparison row in step 6)
  s.goals.objectives[0]!.deadline = null; // step 2, warning
  s.goals.goals[0]!.priority = 'secondary'; // step 2, error
  s.context.planning.risks[0]!.mitigation = ''; // context
  s.channels.channels[0]!.reason = ''; // step 7, warning, from a rule listed before...
  s.channels.channels[0]!.personaIds.push(uid(997)); // ...the step 7 error
  const findings = checkStrategy(s, FACTS);
  assert.deepEqual(
    findings.map((f) => [f.step, f.ruleId]),
    [
      [2, 'goal-primary-missing'],
      [2, 'objective-no-deadline'],
      ['context', 'risk-without-mitigation'],
      [3, 'listening-no-competitor'],
      [6, 'reference-dangling'],
      [7, 'reference-dangling'],
      [7, 'channel-no-reason'],
      ['voice', 'voice-missing'],
    ],
  );
});

test('an empty strategy reports the method gaps a new team must close first', () => {
  const ids = new Set(checkStrategy(emptyStrategy(), FACTS).map((f) => f.ruleId));
  for (const id of ['goal-primary-missing', 'listening-no-competitor', 'one-thing-no-differentiator', 'voice-missing', 'crisis-process-missing'] as const) {
    assert.ok(ids.has(id), id);
  }
  assert.ok(!ids.has('goal-primary-multiple'));
});
