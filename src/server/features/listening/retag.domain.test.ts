import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ALL_TOPICS, type RollupMention, rollupDeltas } from './mention-rollup.domain.ts';
import { type RetaggedMention, retagDeltas, sameTopics } from './retag.domain.ts';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const C = '00000000-0000-4000-8000-00000000000c';
const GONE = '00000000-0000-4000-8000-0000000000ff';

function row(extra: Partial<RollupMention>): RollupMention {
  return { day: '2024-03-02', topicIds: [], channel: 'x', language: 'en', sentiment: 'neu', reach: 0, author: '', words: [], hashtags: [], ...extra };
}

/** Rollup rows as a map key → [mentions, reach] (terms: mentions), zero rows left out. */
function table(deltas: { daily: { topicId: string; day: string; channel: string; language: string; sentiment: string; mentions: number; reach: number }[]; terms: { topicId: string; day: string; kind: string; term: string; mentions: number }[] }) {
  const out = new Map<string, number[]>();
  const add = (key: string, values: number[]) => {
    const found = out.get(key) ?? values.map(() => 0);
    out.set(
      key,
      found.map((v, i) => v + values[i]!),
    );
  };
  for (const d of deltas.daily) add(`d|${d.topicId}|${d.day}|${d.channel}|${d.language}|${d.sentiment}`, [d.mentions, d.reach]);
  for (const d of deltas.terms) add(`t|${d.topicId}|${d.day}|${d.kind}|${d.term}`, [d.mentions]);
  for (const [key, values] of out) if (values.every((v) => v === 0)) out.delete(key);
  return out;
}

const sum = (...tables: Map<string, number[]>[]) => {
  const out = new Map<string, number[]>();
  for (const t of tables) for (const [key, values] of t) out.set(key, (out.get(key) ?? values.map(() => 0)).map((v, i) => v + values[i]!));
  for (const [key, values] of out) if (values.every((v) => v === 0)) out.delete(key);
  return out;
};

test('ingest under the old topics plus the re-tag delta equals ingest under the new topics', () => {
  const mentions = [
    { old: [A], now: [B], m: row({ reach: 100, sentiment: 'pos', author: 'nok', words: ['coffee'], hashtags: ['#cm'] }) },
    { old: [A, B], now: [A], m: row({ reach: 5, author: 'pim', words: ['coffee', 'cake'], channel: 'facebook' }) },
    { old: [], now: [A, C], m: row({ reach: 7, language: 'th', day: '2024-03-03', sentiment: 'neg', author: 'ploy', words: ['กาแฟ'] }) },
    { old: [C], now: [], m: row({ reach: 1, day: '2024-03-03', author: 'ploy' }) },
    { old: [B], now: [B], m: row({ reach: 2, author: 'joe', words: ['tea'] }) },
  ];
  const before = table(rollupDeltas(mentions.map(({ old, m }) => ({ ...m, topicIds: old }))));
  const after = table(rollupDeltas(mentions.map(({ now, m }) => ({ ...m, topicIds: now }))));
  const changed: RetaggedMention[] = mentions.filter(({ old, now }) => !sameTopics(old, now)).map(({ old, now, m }) => ({ ...m, topicIds: now, before: old }));
  const delta = retagDeltas(changed, new Set([A, B, C]));

  assert.deepEqual(sum(before, table(delta)), after);
  assert.ok(
    delta.daily.every((d) => d.topicId !== ALL_TOPICS) && delta.terms.every((d) => d.topicId !== ALL_TOPICS),
    'the all-mentions row does not move',
  );
  // Topic A lost the 100-reach positive mention and gained the Thai one on the 3rd.
  const a = delta.daily.filter((d) => d.topicId === A).map((d) => [d.day, d.channel, d.language, d.sentiment, d.mentions, d.reach]);
  assert.deepEqual(a, [
    ['2024-03-02', 'x', 'en', 'pos', -1, -100],
    ['2024-03-03', 'x', 'th', 'neg', 1, 7],
  ]);
  assert.deepEqual(delta.termDays, ['2024-03-02', '2024-03-03'], 'days that gained term rows, to trim again');
  const keys = delta.daily.map((d) => [d.topicId, d.day, d.channel, d.language, d.sentiment].join('\u0001'));
  assert.deepEqual(keys, [...keys].sort(), 'sorted like ingest, so writers lock rows in one order');
});

test('a deleted topic’s tag goes without taking counts its rollups no longer hold', () => {
  const delta = retagDeltas([{ ...row({ reach: 3, author: 'nok', words: ['coffee'] }), before: [GONE, A], topicIds: [A] }], new Set([A]));
  assert.deepEqual(delta, { daily: [], terms: [], termDays: [] });
});

test('a mention moving between two rows of one topic nets out; only what changed is written', () => {
  const delta = retagDeltas(
    [
      { ...row({ reach: 4, author: 'nok' }), before: [A], topicIds: [B] },
      { ...row({ reach: 4, author: 'nok' }), before: [B], topicIds: [A] },
    ],
    new Set([A, B]),
  );
  assert.deepEqual(delta.daily, []);
  assert.deepEqual(delta.terms, []);
});

test('same topics in another order are no change', () => {
  assert.equal(sameTopics([A, B], [B, A]), true);
  assert.equal(sameTopics([A], [A, B]), false);
  assert.equal(sameTopics([], []), true);
});
