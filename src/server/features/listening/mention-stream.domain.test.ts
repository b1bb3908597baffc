import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addDays, daysBetween, eachDay } from './listening-days.domain.ts';
import { containsPattern, decodeCursor, encodeCursor } from './mention-stream.domain.ts';

test('a cursor round-trips the timestamp as PostgreSQL wrote it, microseconds included', () => {
  const cursor = { publishedAt: '2026-03-19 05:00:00.123456+00', id: 42 };
  assert.deepEqual(decodeCursor(encodeCursor(cursor)), cursor);
  assert.deepEqual(decodeCursor(encodeCursor({ publishedAt: '2026-03-19 12:00:00+07', id: 1 })), { publishedAt: '2026-03-19 12:00:00+07', id: 1 });
});

test('anything else is not a cursor', () => {
  for (const text of ['', 'not-a-cursor', encodeCursor({ publishedAt: 'yesterday', id: 1 }), Buffer.from('2026-03-19 05:00:00+00|0').toString('base64url'), Buffer.from("2026-03-19 05:00:00+00|1; drop table").toString('base64url')]) {
    assert.equal(decodeCursor(text), null, text);
  }
});

test('search text is matched literally inside a LIKE pattern', () => {
  assert.equal(containsPattern('100%'), '%100\\%%');
  assert.equal(containsPattern('a_b\\c'), '%a\\_b\\\\c%');
  assert.equal(containsPattern('กาแฟ'), '%กาแฟ%');
});

test('day arithmetic works on calendar days across months and leap years', () => {
  assert.equal(addDays('2028-02-28', 1), '2028-02-29');
  assert.equal(addDays('2026-03-01', -14), '2026-02-15');
  assert.equal(daysBetween('2026-03-01', '2026-03-15'), 14);
  assert.deepEqual(eachDay('2026-12-30', '2027-01-02'), ['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
  assert.deepEqual(eachDay('2026-03-02', '2026-03-01'), []);
});
