import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addDays, daysBetween, eachDay } from './listening-days.domain.ts';

test('eachDay walks the calendar as addDays does, across month ends, year ends and leap days', () => {
  const days = eachDay('2023-12-25', '2028-03-05');
  assert.equal(days.length, daysBetween('2023-12-25', '2028-03-05') + 1);
  assert.deepEqual(days, days.map((_, i) => addDays('2023-12-25', i)));
  assert.ok(days.includes('2024-02-29') && days.includes('2028-02-29') && !days.includes('2025-02-29'));
  assert.deepEqual(eachDay('2026-03-10', '2026-03-10'), ['2026-03-10']);
  assert.deepEqual(eachDay('2026-03-11', '2026-03-10'), []);
});
