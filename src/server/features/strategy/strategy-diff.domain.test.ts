import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyStrategy, type Strategy } from '../../../shared/strategy/strategy.schemas.ts';
import { completeStrategy, ID, uid } from '../../../shared/strategy/strategy.fixtures.ts';
import { diffStrategies } from './strategy-diff.domain.ts';

const copy = (s: Strategy): Strategy => structuredClone(s);

test('identical documents have no changes', () => {
  assert.deepEqual(diffStrategies(completeStrategy(), completeStrategy()), []);
  assert.deepEqual(diffStrategies(emptyStrategy(), emptyStrategy()), []);
});

test('reordering items with ids is not a change', () => {
  const before = completeStrategy();
  const after = copy(before);
  after.goals.goals.reverse();
  after.audience.personas.reverse();
  after.channels.channels.reverse();
  assert.ok(after.goals.goals[0]!.id !== before.goals.goals[0]!.id, 'the fixture has two goals to swap');
  assert.deepEqual(diffStrategies(before, after), []);
});

test('an edited list item shows the field path with the item id', () => {
  const before = completeStrategy();
  const after = copy(before);
  after.channels.channels.reverse();
  const line = after.channels.channels.find((c) => c.id === ID.lineChannel)!;
  line.reason = 'ลูกค้าสั่งซ้ำผ่าน LINE';
  assert.deepEqual(diffStrategies(before, after), [
    { path: `channels.channels[id=${ID.lineChannel}].reason`, kind: 'changed', before: before.channels.channels.find((c) => c.id === ID.lineChannel)!.reason, after: 'ลูกค้าสั่งซ้ำผ่าน LINE' },
  ]);
});

test('nested fields of items are followed down', () => {
  const before = completeStrategy();
  const after = copy(before);
  after.goals.objectives[0]!.target = 150;
  after.channels.channels[0]!.resources.hoursPerWeek = 9;
  const paths = diffStrategies(before, after).map((c) => c.path);
  assert.deepEqual(paths, [
    `goals.objectives[id=${ID.leadsObjective}].target`,
    `channels.channels[id=${before.channels.channels[0]!.id}].resources.hoursPerWeek`,
  ]);
});

test('added and removed items carry the whole item on the side that has it', () => {
  const before = completeStrategy();
  const after = copy(before);
  const removed = after.audience.personas.splice(0, 1)[0]!;
  const added = { ...removed, id: uid(999), name: 'Expat remote worker' };
  after.audience.personas.push(added);
  assert.deepEqual(diffStrategies(before, after), [
    { path: `audience.personas[id=${removed.id}]`, kind: 'removed', before: removed, after: null },
    { path: `audience.personas[id=${uid(999)}]`, kind: 'added', before: null, after: added },
  ]);
});

test('the first item of an empty list is an added item, not a changed list', () => {
  const before = emptyStrategy();
  const after = copy(before);
  after.listening.competitors.push({ id: uid(40), name: 'ดอยหมอกคาเฟ่', handles: [], terms: [] });
  assert.deepEqual(diffStrategies(before, after).map((c) => [c.path, c.kind]), [[`listening.competitors[id=${uid(40)}]`, 'added']]);
});

test('lists of plain values change as a whole, and their order counts', () => {
  const before = completeStrategy();
  const after = copy(before);
  after.voice.weAre = [...before.voice.weAre, 'อบอุ่น'];
  after.metrics.kpis[0]!.quarterlyTargets = [1, 2, 3, null];
  const changes = diffStrategies(before, after);
  assert.deepEqual(changes.map((c) => [c.path, c.kind]), [
    [`metrics.kpis[id=${before.metrics.kpis[0]!.id}].quarterlyTargets`, 'changed'],
    ['voice.weAre', 'changed'],
  ]);
  assert.deepEqual(changes[1]!.after, after.voice.weAre);
  const swapped = copy(before);
  swapped.metrics.kpis[0]!.quarterlyTargets = [...before.metrics.kpis[0]!.quarterlyTargets].reverse() as Strategy['metrics']['kpis'][0]['quarterlyTargets'];
  assert.equal(diffStrategies(before, swapped).length, 1, 'Q1 and Q4 swapped is a change');
});

test('comparison rows are matched by subject and record keys are quoted when needed', () => {
  const before = completeStrategy();
  const after = copy(before);
  after.oneThing.comparison.rows.reverse();
  const us = after.oneThing.comparison.rows.find((r) => r.subject === 'us')!;
  us.scores[ID.attribute] = 1;
  after.voice.perLanguage['zh-Hans'] = { formality: 'neutral', emoji: 'sparing', notes: '' };
  assert.deepEqual(diffStrategies(before, after).map((c) => [c.path, c.kind]), [
    [`oneThing.comparison.rows[subject=us].scores["${ID.attribute}"]`, 'changed'],
    ['voice.perLanguage["zh-Hans"]', 'added'],
  ]);
});

test('null to value and value to null are changes, not additions', () => {
  const before = completeStrategy();
  const after = copy(before);
  after.metrics.fiscalYear = null;
  after.goals.objectives[0]!.deadline = null;
  const changes = diffStrategies(before, after);
  assert.deepEqual(changes.map((c) => [c.path, c.kind, c.after]), [
    [`goals.objectives[id=${ID.leadsObjective}].deadline`, 'changed', null],
    ['metrics.fiscalYear', 'changed', null],
  ]);
  assert.deepEqual(diffStrategies(after, before).map((c) => c.kind), ['changed', 'changed']);
});

test('a section can be diffed on its own under its name', () => {
  const before = completeStrategy();
  const after = copy(before);
  after.goals.statement = 'ขายเมล็ดกาแฟให้มากขึ้น';
  assert.deepEqual(diffStrategies(before.goals, after.goals, 'goals').map((c) => c.path), ['goals.statement']);
});
