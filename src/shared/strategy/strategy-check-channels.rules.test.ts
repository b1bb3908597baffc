import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RuleId } from './strategy-check.schemas.ts';
import { channelRules } from './strategy-check-channels.rules.ts';
import type { Strategy } from './strategy.schemas.ts';
import { completeStrategy, FACTS, ID, uid } from './strategy.fixtures.ts';

const only = (s: Strategy, id: RuleId) => channelRules.flatMap((r) => r.evaluate(s, FACTS)).filter((f) => f.ruleId === id);

test('a channel without a reason is reported on its reason', () => {
  const s = completeStrategy();
  assert.deepEqual(only(s, 'channel-no-reason'), []);
  s.channels.channels[1]!.reason = ' \n ';
  assert.deepEqual(only(s, 'channel-no-reason').map((f) => [f.step, f.path, f.params]), [[7, 'channels.channels[1].reason', { channel: 'instagram' }]]);
});

test('a channel whose personas are all gone or missing targets nobody', () => {
  const s = completeStrategy();
  assert.deepEqual(only(s, 'channel-no-persona'), []);
  s.channels.channels[0]!.personaIds = [];
  assert.deepEqual(only(s, 'channel-no-persona').map((f) => f.path), ['channels.channels[0].personaIds']);
  s.channels.channels[0]!.personaIds = [uid(777)];
  assert.equal(only(s, 'channel-no-persona').length, 1, 'a deleted persona reaches nobody');
});

test('a channel without KPIs is reported on its kpis', () => {
  const s = completeStrategy();
  assert.deepEqual(only(s, 'channel-no-kpi'), []);
  s.channels.channels[0]!.kpis = [];
  assert.deepEqual(only(s, 'channel-no-kpi').map((f) => [f.path, f.params]), [['channels.channels[0].kpis', { channel: 'line_oa' }]]);
});

test('posts per week times hours per post must fit the hours the channel has', () => {
  const s = completeStrategy(); // 3 posts x 1.1 h = 3.3 h of 3.3 h: fits despite float noise
  assert.deepEqual(only(s, 'channel-over-capacity'), []);
  s.channels.channels[0]!.postsPerWeek = 5;
  assert.deepEqual(only(s, 'channel-over-capacity').map((f) => [f.path, f.params]), [
    ['channels.channels[0].resources.hoursPerWeek', { channel: 'line_oa', needed: 5.5, available: 3.3 }],
  ]);
  s.channels.channels[0]!.resources.hoursPerWeek = 0;
  s.channels.channels[0]!.postsPerWeek = 0;
  assert.deepEqual(only(s, 'channel-over-capacity'), [], 'no posts, no hours needed');
});

test('a persona that no channel targets is reported by name in the audience step', () => {
  const s = completeStrategy();
  assert.deepEqual(only(s, 'persona-unreached'), []);
  s.channels.channels[1]!.personaIds = [ID.officeWorker];
  assert.deepEqual(only(s, 'persona-unreached').map((f) => [f.step, f.path, f.params]), [
    [4, 'audience.personas[1]', { name: '小林, visitor from Taipei' }],
  ]);
  s.audience.personas[1]!.name = '';
  assert.deepEqual(only(s, 'persona-unreached')[0]?.params, { name: '#2' }, 'an unnamed persona still gets a label');
});
