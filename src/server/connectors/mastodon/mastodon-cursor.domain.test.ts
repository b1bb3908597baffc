import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareIds, readWalkState, stepWalk, writeWalkState } from './mastodon-cursor.domain.ts';

const NO_SINCE = Number.NEGATIVE_INFINITY;
const entry = (id: string, createdAt = '2024-03-01T00:00:00Z') => ({ id, createdAt });

test('ids compare as big decimals, and as text when they are not decimal', () => {
  assert.ok(compareIds('112233445566778899', '99') > 0);
  assert.ok(compareIds('9', '10') < 0);
  assert.equal(compareIds('0010', '10'), 0);
  assert.ok(compareIds('01HQZ3', '01HQZ2') > 0);
});

test('a first poll without since takes the newest page and remembers its newest id', () => {
  const step = stepWalk({}, [entry('30'), entry('29')], 2, NO_SINCE);
  assert.deepEqual(step, { keep: [entry('30'), entry('29')], next: { floor: '30' }, hasMore: false });
});

test('a full page above the floor goes on below it, keeping the newest id for later', () => {
  const first = stepWalk({ floor: '10' }, [entry('30'), entry('29')], 2, NO_SINCE);
  assert.deepEqual(first.next, { floor: '10', below: '29', top: '30' });
  assert.equal(first.hasMore, true);
  const second = stepWalk(first.next, [entry('28'), entry('11')], 2, NO_SINCE);
  assert.deepEqual(second.next, { floor: '10', below: '11', top: '30' });
  const last = stepWalk(second.next, [entry('10'), entry('9')], 2, NO_SINCE);
  assert.deepEqual(last, { keep: [], next: { floor: '30' }, hasMore: false });
});

test('a short page or an empty one ends the walk; an empty first poll keeps no cursor', () => {
  assert.deepEqual(stepWalk({ floor: '10' }, [entry('12')], 40, NO_SINCE), { keep: [entry('12')], next: { floor: '12' }, hasMore: false });
  assert.deepEqual(stepWalk({ floor: '10' }, [], 40, NO_SINCE), { keep: [], next: { floor: '10' }, hasMore: false });
  assert.deepEqual(stepWalk({}, [], 40, NO_SINCE), { keep: [], next: {}, hasMore: false });
});

test('since: the walk goes on while pages are newer, stops at the first older post', () => {
  const since = Date.parse('2024-03-01T00:00:00Z');
  const newer = stepWalk({}, [entry('30', '2024-03-03T00:00:00Z'), entry('29', '2024-03-02T00:00:00Z')], 2, since);
  assert.deepEqual(newer.next, { below: '29', top: '30' });
  assert.equal(newer.hasMore, true);
  const crossing = stepWalk(newer.next, [entry('28', '2024-03-01T12:00:00Z'), entry('27', '2024-02-27T00:00:00Z')], 2, since);
  assert.deepEqual(crossing, { keep: [entry('28', '2024-03-01T12:00:00Z')], next: { floor: '30' }, hasMore: false });
});

test('the cursor round-trips, and garbage reads as a fresh start', () => {
  const state = { floor: '1', below: '5', top: '9' };
  assert.deepEqual(readWalkState(writeWalkState(state)), state);
  assert.equal(writeWalkState({}), null);
  assert.deepEqual(readWalkState('{"floor": 5, "below": "3"}'), { below: '3' });
  assert.deepEqual(readWalkState('not json'), {});
  assert.deepEqual(readWalkState(null), {});
});
