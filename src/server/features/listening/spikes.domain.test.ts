import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eachDay } from './listening-days.domain.ts';
import { findSpikes, spikeOn } from './spikes.domain.ts';

const rule = { factor: 3, minMentions: 10 };

function series(start: string, values: number[]): Map<string, number> {
  const days = eachDay(start, '2099-12-31').slice(0, values.length);
  return new Map(days.map((day, i) => [day, values[i]!]));
}

test('a day at three times the mean of the fourteen days before it is a spike', () => {
  // 14 days of 10, then 30: exactly 3×.
  const counts = series('2026-03-01', [...Array(14).fill(10), 30]);
  assert.deepEqual(spikeOn('2026-03-15', counts, '2026-03-01', rule), { day: '2026-03-15', mentions: 30, baseline: 10, factor: 3 });
  const below = series('2026-03-01', [...Array(14).fill(10), 29]);
  assert.equal(spikeOn('2026-03-15', below, '2026-03-01', rule), null);
});

test('only the fourteen previous days make the baseline, missing days counting as zero', () => {
  // A busy day 15 days back is outside the window; two silent days inside it lower the mean.
  const counts = new Map([['2026-03-01', 1000]]);
  for (const day of eachDay('2026-03-02', '2026-03-15')) counts.set(day, day === '2026-03-05' || day === '2026-03-06' ? 0 : 7);
  counts.delete('2026-03-05');
  counts.set('2026-03-16', 20);
  const spike = spikeOn('2026-03-16', counts, '2026-03-01', rule);
  assert.equal(spike?.baseline, 6); // 12 days of 7 over 14 days
  assert.equal(spike?.factor, 3.33);
});

test('days before the data started are left out of the baseline', () => {
  // Data starts on the 10th: the baseline of the 15th is the 10th–14th only.
  const counts = series('2026-03-10', [4, 4, 4, 4, 4, 12]);
  assert.deepEqual(spikeOn('2026-03-15', counts, '2026-03-10', rule), { day: '2026-03-15', mentions: 12, baseline: 4, factor: 3 });
  // Counted from the 1st, nine empty days would turn the same day into an 8.4× jump.
  assert.equal(spikeOn('2026-03-15', counts, '2026-03-01', { factor: 6, minMentions: 10 })?.factor, 8.4);
  assert.equal(spikeOn('2026-03-15', counts, '2026-03-10', { factor: 6, minMentions: 10 }), null);
});

test('a day needs some history and the minimum count to be judged', () => {
  const counts = series('2026-03-13', [1, 1, 50]);
  assert.equal(spikeOn('2026-03-15', counts, '2026-03-13', rule), null, 'two days of history are not enough');
  const quiet = series('2026-03-01', [...Array(14).fill(0), 9]);
  assert.equal(spikeOn('2026-03-15', quiet, '2026-03-01', rule), null, 'under the minimum count');
  assert.equal(spikeOn('2026-03-15', quiet, null, rule), null, 'no data at all');
});

test('a silent baseline counts as one mention a day', () => {
  const counts = series('2026-03-01', [...Array(14).fill(0), 10]);
  assert.deepEqual(spikeOn('2026-03-15', counts, '2026-03-01', rule), { day: '2026-03-15', mentions: 10, baseline: 0, factor: 10 });
});

test('findSpikes lists every spike among the days asked, in order', () => {
  const counts = series('2026-03-01', [...Array(14).fill(5), 40, 5, 5, 60]);
  const days = eachDay('2026-03-14', '2026-03-18');
  assert.deepEqual(
    findSpikes(days, counts, '2026-03-01', rule).map((s) => [s.day, s.mentions]),
    [
      ['2026-03-15', 40],
      ['2026-03-18', 60],
    ],
  );
});

test('findSpikes agrees with spikeOn day by day, around the start of the data too', () => {
  let seed = 7;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const counts = new Map(eachDay('2026-01-10', '2026-04-30').map((day) => [day, Math.floor(random() * (random() < 0.1 ? 80 : 12))]));
  const days = eachDay('2026-01-08', '2026-04-30');
  for (const r of [rule, { factor: 1.5, minMentions: 3 }]) {
    const one = findSpikes(days, counts, '2026-01-10', r);
    const each = days.map((day) => spikeOn(day, counts, '2026-01-10', r)).filter((s) => s !== null);
    assert.deepEqual(one, each);
    assert.ok(one.length > 0);
  }
});
