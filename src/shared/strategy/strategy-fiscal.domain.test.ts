import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fiscalQuarterOf, fiscalQuarterRange } from './strategy-fiscal.domain.ts';

test('a January fiscal year is the calendar year with calendar quarters', () => {
  assert.deepEqual(fiscalQuarterOf('2026-01-01', 1), { fiscalYear: 2026, quarter: 1 });
  assert.deepEqual(fiscalQuarterOf('2026-03-31', 1), { fiscalYear: 2026, quarter: 1 });
  assert.deepEqual(fiscalQuarterOf('2026-04-01', 1), { fiscalYear: 2026, quarter: 2 });
  assert.deepEqual(fiscalQuarterOf('2026-12-31', 1), { fiscalYear: 2026, quarter: 4 });
});

test('an October fiscal year is named after the year it ends in', () => {
  assert.deepEqual(fiscalQuarterOf('2025-09-30', 10), { fiscalYear: 2025, quarter: 4 });
  assert.deepEqual(fiscalQuarterOf('2025-10-01', 10), { fiscalYear: 2026, quarter: 1 });
  assert.deepEqual(fiscalQuarterOf('2025-12-31', 10), { fiscalYear: 2026, quarter: 1 });
  assert.deepEqual(fiscalQuarterOf('2026-01-01', 10), { fiscalYear: 2026, quarter: 2 });
  assert.deepEqual(fiscalQuarterOf('2026-06-15', 10), { fiscalYear: 2026, quarter: 3 });
  assert.deepEqual(fiscalQuarterOf('2026-07-01', 10), { fiscalYear: 2026, quarter: 4 });
});

test('an April fiscal year (Hong Kong, Japan) puts January to March in Q4', () => {
  assert.deepEqual(fiscalQuarterOf('2026-03-31', 4), { fiscalYear: 2026, quarter: 4 });
  assert.deepEqual(fiscalQuarterOf('2026-04-01', 4), { fiscalYear: 2027, quarter: 1 });
});

test('quarter ranges are inclusive calendar dates and cross the year end', () => {
  assert.deepEqual(fiscalQuarterRange(2026, 1, 10), { start: '2025-10-01', end: '2025-12-31' });
  assert.deepEqual(fiscalQuarterRange(2026, 2, 10), { start: '2026-01-01', end: '2026-03-31' });
  assert.deepEqual(fiscalQuarterRange(2026, 4, 10), { start: '2026-07-01', end: '2026-09-30' });
  assert.deepEqual(fiscalQuarterRange(2024, 1, 1), { start: '2024-01-01', end: '2024-03-31' });
  assert.deepEqual(fiscalQuarterRange(2025, 4, 3), { start: '2024-12-01', end: '2025-02-28' });
  assert.deepEqual(fiscalQuarterRange(2024, 4, 3), { start: '2023-12-01', end: '2024-02-29' });
});

test('every day of a range maps back to that quarter', () => {
  for (const start of [1, 4, 7, 10, 11]) {
    for (const quarter of [1, 2, 3, 4] as const) {
      const range = fiscalQuarterRange(2026, quarter, start);
      assert.deepEqual(fiscalQuarterOf(range.start, start), { fiscalYear: 2026, quarter }, `start ${start} Q${quarter}`);
      assert.deepEqual(fiscalQuarterOf(range.end, start), { fiscalYear: 2026, quarter }, `end ${start} Q${quarter}`);
    }
  }
});

test('malformed dates and start months are refused', () => {
  assert.throws(() => fiscalQuarterOf('2026-13-01', 1), RangeError);
  assert.throws(() => fiscalQuarterOf('1 March 2026', 1), RangeError);
  assert.throws(() => fiscalQuarterOf('2026-03-01', 0), RangeError);
  assert.throws(() => fiscalQuarterOf('2026-03-01', 13), RangeError);
});
