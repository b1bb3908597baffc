import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Dashboard, Topic } from '../../../shared/api/listening.schemas.ts';
import { brandShare, netScore, spikesOnLines, totalNet, volumeSeries } from './dashboard-series.ts';

const BRAND = '0b5c1f4e-8f0a-4c3e-9d7b-1a2b3c4d5e6f';
const RIVAL = '1c6d2a5f-9a1b-4d4f-8e8c-2b3c4d5e6f70';
const THEME = '2d7e3b60-ab2c-4e50-9f9d-3c4d5e6f7081';

const topic = (id: string, kind: Topic['kind']): Topic => ({ id, name: id, kind, competitorId: null, query: 'x', createdAt: '', updatedAt: '' });
const TOPICS = [topic(BRAND, 'brand'), topic(RIVAL, 'competitor'), topic(THEME, 'theme')];

function dashboard(part: Partial<Dashboard>): Dashboard {
  return {
    totals: { mentions: 0, reach: 0, pos: 0, neu: 0, neg: 0 },
    volume: [],
    sentiment: [],
    shareOfVoice: [],
    channels: [],
    languages: [],
    topWords: [],
    topHashtags: [],
    topAuthors: [],
    spikes: [],
    ...part,
  };
}

test('volume lines hold a value for every day, in day order, whatever order the points came in', () => {
  const series = volumeSeries(
    dashboard({
      volume: [
        { day: '2025-03-02', topicId: null, mentions: 5, reach: 0 },
        { day: '2025-03-01', topicId: null, mentions: 3, reach: 0 },
        { day: '2025-03-02', topicId: BRAND, mentions: 2, reach: 0 },
        { day: '2025-03-01', topicId: BRAND, mentions: 1, reach: 0 },
      ],
    }),
  );
  assert.deepEqual(series.days, ['2025-03-01', '2025-03-02']);
  assert.deepEqual(series.lines, [
    { topicId: null, values: [3, 5] },
    { topicId: BRAND, values: [1, 2] },
  ]);
});

test('net sentiment is shown on the KPI scale from −100 to +100', () => {
  assert.equal(netScore(-0.254), -25);
  assert.equal(totalNet({ mentions: 10, reach: 0, pos: 6, neu: 2, neg: 2 }), 40);
  assert.equal(totalNet({ mentions: 0, reach: 0, pos: 0, neu: 0, neg: 0 }), null);
});

test('the brand share adds up every brand topic, and is unknown without brand topics or voices', () => {
  const voices = dashboard({ shareOfVoice: [{ topicId: BRAND, mentions: 6, share: 0.6 }, { topicId: RIVAL, mentions: 4, share: 0.4 }] });
  assert.equal(brandShare(voices, TOPICS), 0.6);
  assert.equal(brandShare(voices, [topic(RIVAL, 'competitor')]), null);
  assert.equal(brandShare(dashboard({ shareOfVoice: [{ topicId: BRAND, mentions: 0, share: 0 }] }), TOPICS), null);
});

test('only spikes on drawn lines are marked', () => {
  const spikes = [
    { day: '2025-03-02', topicId: BRAND, mentions: 20, baseline: 2, factor: 10 },
    { day: '2025-03-02', topicId: THEME, mentions: 20, baseline: 2, factor: 10 },
  ];
  assert.deepEqual(spikesOnLines(dashboard({ spikes }), [{ topicId: BRAND, values: [] }]), [spikes[0]]);
});
