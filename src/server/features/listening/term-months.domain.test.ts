import assert from 'node:assert/strict';
import { test } from 'node:test';
import { daysBesides, monthOf, monthsClosedBefore, nextMonth, wholeMonths } from './term-months.domain.ts';

test('a day belongs to the month of its first day, and December is followed by January', () => {
  assert.equal(monthOf('2026-02-28'), '2026-02-01');
  assert.equal(nextMonth('2026-01-01'), '2026-02-01');
  assert.equal(nextMonth('2025-12-01'), '2026-01-01');
});

test('only months wholly inside the range can be read from their summaries', () => {
  assert.deepEqual(wholeMonths('2025-03-16', '2026-03-15'), [
    '2025-04-01',
    '2025-05-01',
    '2025-06-01',
    '2025-07-01',
    '2025-08-01',
    '2025-09-01',
    '2025-10-01',
    '2025-11-01',
    '2025-12-01',
    '2026-01-01',
    '2026-02-01',
  ]);
  assert.deepEqual(wholeMonths('2026-02-01', '2026-02-28'), ['2026-02-01'], 'a whole February, not a leap year');
  assert.deepEqual(wholeMonths('2024-02-01', '2024-02-28'), [], 'the 29th is missing in a leap year');
  assert.deepEqual(wholeMonths('2026-01-31', '2026-03-01'), ['2026-02-01']);
  assert.deepEqual(wholeMonths('2026-03-02', '2026-03-30'), []);
});

test('the days besides the summarised months are read day by day, in as few ranges as possible', () => {
  assert.deepEqual(daysBesides('2026-01-10', '2026-03-20', ['2026-02-01']), [
    ['2026-01-10', '2026-01-31'],
    ['2026-03-01', '2026-03-20'],
  ]);
  // A month without a summary (January, changed since) is read by days with its neighbours.
  assert.deepEqual(daysBesides('2025-12-05', '2026-04-03', ['2026-03-01', '2026-02-01']), [
    ['2025-12-05', '2026-01-31'],
    ['2026-04-01', '2026-04-03'],
  ]);
  assert.deepEqual(daysBesides('2026-02-01', '2026-03-31', ['2026-02-01', '2026-03-01']), []);
  assert.deepEqual(daysBesides('2026-03-05', '2026-03-09', []), [['2026-03-05', '2026-03-09']]);
});

test('a month is closed once its last day is', () => {
  assert.equal(monthsClosedBefore('2026-03-31'), '2026-04-01');
  assert.equal(monthsClosedBefore('2026-03-30'), '2026-03-01');
});
