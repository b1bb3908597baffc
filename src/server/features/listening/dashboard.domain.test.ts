import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assembleDashboard, type DashboardFacts, netSentiment } from './dashboard.domain.ts';
import { ALL_TOPICS } from './mention-rollup.domain.ts';

const BRAND = '00000000-0000-4000-8000-00000000000b';
const RIVAL = '00000000-0000-4000-8000-00000000000c';
const THEME = '00000000-0000-4000-8000-00000000000d';

function facts(overrides: Partial<DashboardFacts> = {}): DashboardFacts {
  return {
    from: '2026-03-01',
    to: '2026-03-03',
    line: ALL_TOPICS,
    topics: [
      { id: BRAND, kind: 'brand' },
      { id: RIVAL, kind: 'competitor' },
      { id: THEME, kind: 'theme' },
    ],
    lines: [
      { topicId: ALL_TOPICS, day: '2026-03-01', sentiment: 'pos', mentions: 3, reach: 30 },
      { topicId: ALL_TOPICS, day: '2026-03-01', sentiment: 'neg', mentions: 1, reach: 5 },
      { topicId: ALL_TOPICS, day: '2026-03-03', sentiment: 'neu', mentions: 2, reach: 0 },
      { topicId: BRAND, day: '2026-03-01', sentiment: 'pos', mentions: 3, reach: 30 },
      { topicId: RIVAL, day: '2026-03-03', sentiment: 'neu', mentions: 1, reach: 0 },
      { topicId: THEME, day: '2026-03-03', sentiment: 'neu', mentions: 2, reach: 0 },
      // Before `from`: baseline only, never counted in the totals.
      { topicId: ALL_TOPICS, day: '2026-02-20', sentiment: 'pos', mentions: 50, reach: 0 },
    ],
    channels: [
      { place: 'line', mentions: 2, reach: 0 },
      { place: 'x', mentions: 4, reach: 35 },
    ],
    languages: [
      { place: 'th', mentions: 2, reach: 0 },
      { place: 'en', mentions: 4, reach: 35 },
    ],
    terms: [
      { kind: 'word', term: 'coffee', mentions: 4 },
      { kind: 'hashtag', term: '#kafedee', mentions: 2 },
      { kind: 'author', term: 'somchai', mentions: 1 },
    ],
    firstDay: '2026-02-20',
    ...overrides,
  };
}

test('net sentiment is (positive − negative) over all mentions, zero on an empty day', () => {
  assert.equal(netSentiment({ pos: 3, neg: 1, mentions: 4 }), 0.5);
  assert.equal(netSentiment({ pos: 0, neg: 2, mentions: 3 }), -0.667);
  assert.equal(netSentiment({ pos: 0, neg: 0, mentions: 0 }), 0);
});

test('totals, sentiment and volume cover every day of the range, quiet days as zeros', () => {
  const d = assembleDashboard(facts());
  assert.deepEqual(d.totals, { mentions: 6, reach: 35, pos: 3, neu: 2, neg: 1 });
  assert.deepEqual(d.sentiment, [
    { day: '2026-03-01', pos: 3, neu: 0, neg: 1, net: 0.5 },
    { day: '2026-03-02', pos: 0, neu: 0, neg: 0, net: 0 },
    { day: '2026-03-03', pos: 0, neu: 2, neg: 0, net: 0 },
  ]);
  // The all line (topicId null) and one line per topic.
  assert.equal(d.volume.length, 3 * 4);
  assert.deepEqual(d.volume[1], { day: '2026-03-02', topicId: null, mentions: 0, reach: 0 });
});

test('share of voice is the brand against its competitors; themes do not speak', () => {
  assert.deepEqual(assembleDashboard(facts()).shareOfVoice, [
    { topicId: BRAND, mentions: 3, share: 0.75 },
    { topicId: RIVAL, mentions: 1, share: 0.25 },
  ]);
  assert.deepEqual(assembleDashboard(facts({ lines: [] })).shareOfVoice.map((s) => s.share), [0, 0]);
});

test('places and terms are ordered by mentions', () => {
  const d = assembleDashboard(facts());
  assert.deepEqual(d.channels, [
    { channel: 'x', mentions: 4, reach: 35 },
    { channel: 'line', mentions: 2, reach: 0 },
  ]);
  assert.deepEqual(d.languages, [
    { language: 'en', mentions: 4 },
    { language: 'th', mentions: 2 },
  ]);
  assert.deepEqual([d.topWords, d.topHashtags, d.topAuthors], [[{ term: 'coffee', mentions: 4 }], [{ term: '#kafedee', mentions: 2 }], [{ term: 'somchai', mentions: 1 }]]);
});

test('with a topic chosen, the numbers and the only volume line are that topic’s', () => {
  const d = assembleDashboard(facts({ line: BRAND }));
  assert.deepEqual(d.totals, { mentions: 3, reach: 30, pos: 3, neu: 0, neg: 0 });
  assert.ok(d.volume.every((v) => v.topicId === BRAND));
});
