import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CrisisLevel } from '../../../shared/strategy/strategy-governance.schemas.ts';
import { isOverdue, nextLevel, sortLevels, todayIn } from './governance-rules.ts';

const level = (id: string, n: number): CrisisLevel => ({ id, level: n, description: id, whoIsCalled: [], responseTimeMinutes: null });

test('today is the calendar day in the workspace time zone, not the browser one', () => {
  // 20:30 UTC on 31 December is already New Year's Day in Bangkok (UTC+7) but not in New York.
  const instant = new Date('2024-12-31T20:30:00Z');
  assert.equal(todayIn('Asia/Bangkok', instant), '2025-01-01');
  assert.equal(todayIn('America/New_York', instant), '2024-12-31');
  assert.equal(todayIn('UTC', instant), '2024-12-31');
});

test('a review is overdue only once its day has passed', () => {
  assert.equal(isOverdue('2025-03-09', '2025-03-10'), true);
  assert.equal(isOverdue('2025-03-10', '2025-03-10'), false);
  assert.equal(isOverdue('2026-01-01', '2025-03-10'), false);
  assert.equal(isOverdue(null, '2025-03-10'), false);
});

test('crisis levels sort most severe first and keep the written order within a level', () => {
  const sorted = sortLevels([level('c', 3), level('a1', 1), level('b', 2), level('a2', 1)]);
  assert.deepEqual(
    sorted.map((l) => l.id),
    ['a1', 'a2', 'b', 'c'],
  );
});

test('a new crisis level takes the most severe number not yet used', () => {
  assert.equal(nextLevel([]), 1);
  assert.equal(nextLevel([level('a', 1), level('c', 3)]), 2);
  assert.equal(nextLevel([1, 2, 3, 4, 5].map((n) => level(String(n), n))), 5);
});
