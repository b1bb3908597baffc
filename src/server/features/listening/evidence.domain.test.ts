import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Dashboard } from '../../../shared/api/listening.schemas.ts';
import { eachDay } from './listening-days.domain.ts';
import { evidenceSeries, MAX_SERIES } from './evidence.domain.ts';

const BRAND = '00000000-0000-4000-8000-00000000000b';
const names = (id: string) => (id === BRAND ? 'Kafe Dee' : 'Bean Bros');

function dashboard(days: string[]): Dashboard {
  return {
    totals: { mentions: 0, reach: 0, pos: 0, neu: 0, neg: 0 },
    volume: [...days.map((day, i) => ({ day, topicId: null, mentions: i + 1, reach: 0 })), ...days.map((day) => ({ day, topicId: BRAND, mentions: 1, reach: 0 }))],
    sentiment: days.map((day) => ({ day, pos: 2, neu: 1, neg: 1, net: 0.25 })),
    shareOfVoice: [
      { topicId: BRAND, mentions: 3, share: 0.75 },
      { topicId: 'other', mentions: 1, share: 0.25 },
    ],
    channels: [{ channel: 'line', mentions: 4, reach: 0 }],
    languages: [],
    topWords: [{ term: 'x'.repeat(300), mentions: 2 }],
    topHashtags: [],
    topAuthors: [],
    spikes: [{ day: days[0]!, topicId: BRAND, mentions: 9, baseline: 1, factor: 9 }],
  };
}

test('a short range keeps one point per day of the chosen line', () => {
  const d = dashboard(eachDay('2026-03-01', '2026-03-03'));
  assert.deepEqual(evidenceSeries('volume', d, null, names), [
    { label: '2026-03-01', value: 1 },
    { label: '2026-03-02', value: 2 },
    { label: '2026-03-03', value: 3 },
  ]);
  assert.deepEqual(evidenceSeries('volume', d, BRAND, names).map((p) => p.value), [1, 1, 1]);
  assert.deepEqual(evidenceSeries('sentiment', d, null, names)[0], { label: '2026-03-01', value: 0.25 });
});

test('a long range is summed into at most sixty groups labelled as ISO intervals', () => {
  const days = eachDay('2026-01-01', '2026-12-31');
  const series = evidenceSeries('volume', dashboard(days), null, names);
  assert.ok(series.length <= MAX_SERIES);
  assert.deepEqual(series[0], { label: '2026-01-01/2026-01-07', value: 1 + 2 + 3 + 4 + 5 + 6 + 7 });
  assert.equal(series.reduce((s, p) => s + p.value, 0), (365 * 366) / 2, 'every mention is in a group');
  assert.equal(evidenceSeries('sentiment', dashboard(days), null, names)[0]!.value, 0.25);
});

test('topics are labelled by name, and long labels are cut', () => {
  const d = dashboard(['2026-03-01']);
  assert.deepEqual(evidenceSeries('share_of_voice', d, null, names), [
    { label: 'Kafe Dee', value: 0.75 },
    { label: 'Bean Bros', value: 0.25 },
  ]);
  assert.deepEqual(evidenceSeries('spikes', d, null, names), [{ label: '2026-03-01 Kafe Dee', value: 9 }]);
  assert.deepEqual(evidenceSeries('channels', d, null, names), [{ label: 'line', value: 4 }]);
  assert.equal(evidenceSeries('top_terms', d, null, names)[0]!.label.length, 200);
});
