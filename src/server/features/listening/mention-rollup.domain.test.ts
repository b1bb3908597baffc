import assert from 'node:assert/strict';
import { test } from 'node:test';
import { incomingMention } from './incoming-mention.fixtures.ts';
import { ensureLanguageTables } from './language-tables.ts';
import { type AnalysedMention, compileAnalysis } from './mention-analysis.domain.ts';
import { analyseBatch, batchDeltas, deltaPayloads, distinctInBatch, MENTION_COLUMNS, prepareBatch, withoutRows } from './mention-batch.domain.ts';
import { ALL_TOPICS, createDayOf, type RollupMention, rollupDeltas, TERMS_WRITTEN_PER_CLOSED_DAY } from './mention-rollup.domain.ts';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';

function row(extra: Partial<RollupMention>): RollupMention {
  return { day: '2024-03-02', topicIds: [], channel: 'x', language: 'en', sentiment: 'neu', reach: 0, author: '', words: [], hashtags: [], ...extra };
}

test('every mention counts once in the all row and once under each topic it matched', () => {
  const deltas = rollupDeltas([
    row({ topicIds: [A, B], reach: 100, sentiment: 'pos', author: 'nok', words: ['coffee'] }),
    row({ topicIds: [A], reach: 5, sentiment: 'pos', author: 'nok', words: ['coffee', 'cake'], hashtags: ['#cm'] }),
    row({ reach: 1, language: 'th' }),
  ]);
  const daily = (topicId: string) => deltas.daily.filter((d) => d.topicId === topicId).map((d) => [d.language, d.sentiment, d.mentions, d.reach]);
  assert.deepEqual(daily(ALL_TOPICS), [
    ['en', 'pos', 2, 105],
    ['th', 'neu', 1, 1],
  ]);
  assert.deepEqual(daily(A), [['en', 'pos', 2, 105]]);
  assert.deepEqual(daily(B), [['en', 'pos', 1, 100]]);
  const terms = (topicId: string) => deltas.terms.filter((d) => d.topicId === topicId).map((d) => `${d.kind}:${d.term}=${d.mentions}`);
  assert.deepEqual(terms(ALL_TOPICS), ['author:nok=2', 'hashtag:#cm=1', 'word:cake=1', 'word:coffee=2']);
  assert.deepEqual(terms(B), ['author:nok=1', 'word:coffee=1']);
  assert.deepEqual(deltas.days, ['2024-03-02']);
});

test('deltas come sorted by key, so concurrent ingests lock rollup rows in one order', () => {
  const deltas = rollupDeltas([row({ day: '2024-03-03', channel: 'b' }), row({ day: '2024-03-01', channel: 'a' }), row({ day: '2024-03-01', channel: 'c' })]);
  assert.deepEqual(
    deltas.daily.map((d) => `${d.day}/${d.channel}`),
    ['2024-03-01/a', '2024-03-01/c', '2024-03-03/b'],
  );
  assert.deepEqual(deltas.days, ['2024-03-01', '2024-03-03']);
});

test('days in a time zone, including half-hour zones and across the date line', () => {
  const bangkok = createDayOf('Asia/Bangkok');
  assert.equal(bangkok(Date.parse('2024-03-01T16:59:59Z')), '2024-03-01');
  assert.equal(bangkok(Date.parse('2024-03-01T17:00:00Z')), '2024-03-02');
  const india = createDayOf('Asia/Kolkata');
  assert.equal(india(Date.parse('2024-03-01T18:29:00Z')), '2024-03-01');
  assert.equal(india(Date.parse('2024-03-01T18:30:00Z')), '2024-03-02');
  const samoa = createDayOf('Pacific/Apia');
  assert.equal(samoa(Date.parse('2024-03-01T12:00:00Z')), '2024-03-02');
});

function analysed(externalId: string, contentHash: string, topicIds: string[] = []): AnalysedMention {
  return {
    externalId,
    contentHash,
    text: 't',
    language: 'en',
    channel: 'x',
    author: 'a',
    url: null,
    publishedAt: '2024-03-01T00:00:00.000Z',
    day: '2024-03-01',
    reach: 1,
    likes: 0,
    shares: 0,
    comments: 0,
    sentiment: 'neu',
    sentimentScore: 0,
    topicIds,
    words: ['w'],
    hashtags: [],
  };
}

test('a prepared batch keeps the first of each id and each content hash, with its deltas as JSON', () => {
  const rows = [analysed('1', 'h1', [A]), analysed('1', 'h2'), analysed('2', 'h1'), analysed('3', 'h3')];
  assert.deepEqual(
    distinctInBatch(rows).map((r) => r.externalId),
    ['1', '3'],
  );
  const batch = prepareBatch(rows);
  assert.equal(batch.received, 4);
  assert.deepEqual(batch.parts[0]?.hashes, ['h1', 'h3']);
  assert.equal(batch.parts[0]!.columns.length, MENTION_COLUMNS.length);
  const daily = JSON.parse(batch.daily[0]!) as { t: string; m: number }[];
  assert.deepEqual(
    daily.map((d) => [d.t, d.m]),
    [
      [ALL_TOPICS, 2],
      [A, 1],
    ],
  );
  assert.equal(batch.rollupRows.length, 2);
});

test('a busy batch leaves out the terms it saw once, where enough others were seen more often', () => {
  const fans = Array.from({ length: 3 }, (_, i) => [row({ author: `fan${i}` }), row({ author: `fan${i}` })]).flat();
  const once = Array.from({ length: 5 }, (_, i) => row({ author: `once${i}` }));
  const authors = (kept?: number) =>
    rollupDeltas([...fans, ...once], kept ? { keptTermsPerDay: kept } : {})
      .terms.filter((d) => d.kind === 'author' && d.topicId === ALL_TOPICS)
      .map((d) => `${d.term}=${d.mentions}`);
  assert.equal(authors().length, 8, 'without a limit every author is written');
  assert.deepEqual(authors(3), ['fan0=2', 'fan1=2', 'fan2=2'], 'three authors already beat every single post');
  assert.equal(authors(4).length, 8, 'a quiet batch keeps its single posts: they may still make the top four');
});

test('a closed day writes only its most frequent terms per topic and kind; an open day writes them all', () => {
  // 60 words, word i mentioned 60 - i times (so w00 leads), plus ten words mentioned as often as w49.
  const heavy = Array.from({ length: 60 }, (_, i) => `w${String(i).padStart(2, '0')}`);
  const tied = Array.from({ length: 10 }, (_, i) => `t${i}`);
  const rowsOf = (day: string) => [
    ...heavy.flatMap((word, i) => Array.from({ length: 60 - i }, () => row({ day, topicIds: [A], words: [word] }))),
    ...tied.flatMap((word) => Array.from({ length: 11 }, () => row({ day, topicIds: [A], words: [word] }))),
  ];
  const rows = [...rowsOf('2024-03-01'), ...rowsOf('2024-03-05')];
  const words = (deltas: ReturnType<typeof rollupDeltas>, day: string, topicId = A) =>
    deltas.terms.filter((d) => d.day === day && d.kind === 'word' && d.topicId === topicId);
  const deltas = batchDeltas(rows, '2024-03-04');
  const closed = words(deltas, '2024-03-01');
  assert.equal(closed.length, TERMS_WRITTEN_PER_CLOSED_DAY);
  // The top 49 by count, then the first of the eleven words mentioned 11 times by term: t0 < t1 < ... < w49.
  const expected = [...heavy.slice(0, 49), 't0'].sort();
  assert.deepEqual(
    closed.map((d) => d.term),
    expected,
    'the most frequent, in key order, ties broken by term',
  );
  assert.equal(closed.find((d) => d.term === 'w00')?.mentions, 60, 'counts are exact for the terms written');
  // w59, mentioned once, is left out by the single-mention rule alone.
  assert.equal(words(deltas, '2024-03-05').length, 69, 'the open day (from closedBefore on) keeps every repeated term');
  assert.equal(words(deltas, '2024-03-01', ALL_TOPICS).length, TERMS_WRITTEN_PER_CLOSED_DAY, 'the all-mentions group is limited the same way');
  assert.equal(words(batchDeltas(rows), '2024-03-01').length, 69, 'without closedBefore no day counts as closed');
  // The batch handed to the database carries the same limit.
  const prepared = prepareBatch(
    rows.map((r, i) => ({ ...r, externalId: String(i), contentHash: `h${i}`, text: '', url: null, publishedAt: '2024-03-01T00:00:00Z', likes: 0, shares: 0, comments: 0, sentimentScore: 0 }) as AnalysedMention),
    '2024-03-04',
  );
  const written = prepared.terms.flatMap((json) => JSON.parse(json) as { t: string; d: string; k: string }[]);
  assert.equal(written.filter((t) => t.t === A && t.d === '2024-03-01' && t.k === 'word').length, TERMS_WRITTEN_PER_CLOSED_DAY);
  assert.equal(written.filter((t) => t.t === A && t.d === '2024-03-05' && t.k === 'word').length, 69);
});

test('a batch less the rows stored before has the deltas of its new rows', () => {
  const words = (i: number) => (i % 3 === 0 ? ['กาแฟ', 'อร่อย'] : i % 3 === 1 ? ['coffee'] : ['咖啡', 'coffee']);
  const rows = Array.from({ length: 40 }, (_, i) =>
    row({
      day: i < 30 ? '2024-03-02' : '2024-03-03',
      topicIds: i % 2 ? [A] : [A, B],
      channel: i % 4 ? 'x' : 'line',
      sentiment: i % 5 ? 'pos' : 'neg',
      reach: i * 10,
      author: `author${i % 7}`,
      words: words(i),
      hashtags: i % 6 ? [] : ['#brew'],
    }),
  );
  // Every row of the second day and a few of the first were stored before.
  const removed = new Set([1, 4, 9, ...Array.from({ length: 10 }, (_, i) => 30 + i)]);
  const all = deltaPayloads(batchDeltas(rows));
  const less = withoutRows(all, rows.filter((_, i) => removed.has(i)).map((r) => JSON.stringify(r)));
  const fresh = batchDeltas(rows.filter((_, i) => !removed.has(i)));
  assert.deepEqual(less, { ...deltaPayloads(fresh), days: ['2024-03-02'] });
  assert.deepEqual(fresh.days, ['2024-03-02']);
  // Nothing removed: the batch as it was; everything removed: nothing at all.
  assert.deepEqual(withoutRows(all, []), { ...all, days: ['2024-03-02', '2024-03-03'] });
  assert.deepEqual(withoutRows(all, rows.map((r) => JSON.stringify(r))), { daily: [], terms: [], days: [] });
});

test('a term the batch left out as its tail is not taken off a row it did not write', () => {
  // 25 repeated words push the one-off words out of the batch's deltas.
  const heavy = Array.from({ length: 25 }, (_, i) => `w${i}`);
  const rows = [row({ words: heavy }), row({ words: heavy }), row({ words: ['once'], author: 'x' })];
  const all = deltaPayloads(batchDeltas(rows));
  assert.equal(all.terms.join('').includes('"once"'), false);
  const less = withoutRows(all, [JSON.stringify(rows[2])]);
  assert.equal(less.terms.join('').includes('"once"'), false);
  const terms = JSON.parse(less.terms[0]!) as { w: string; m: number; k: string }[];
  assert.equal(terms.find((t) => t.w === 'w0' && t.k === 'word')?.m, 2);
  assert.equal(terms.some((t) => t.k === 'author' && t.w === 'x'), false);
});

test('an analysed batch limits the terms of the days before yesterday in the workspace zone, and only those', async () => {
  await ensureLanguageTables();
  const ctx = compileAnalysis({ topics: [], userWords: [], models: [], timeZone: 'Asia/Bangkok' });
  // 01:00 on 4 March in Bangkok, still 3 March in UTC: 2 March is closed in Bangkok, open in UTC.
  const nowMs = Date.parse('2024-03-03T18:00:00Z');
  const post = (author: number, copy: number, at: string) =>
    incomingMention(`post ${copy} by ${author} at ${at}`, { externalId: `${at}-${author}-${copy}`, publishedAt: at, author: `author${author}` });

  // Sixty authors post twice on 2 March (closed) and twice on 3 March (yesterday, open).
  const mentions = ['2024-03-02T05:00:00Z', '2024-03-03T05:00:00Z'].flatMap((at) => Array.from({ length: 60 }, (_, a) => [post(a, 0, at), post(a, 1, at)]).flat());
  const batch = analyseBatch(ctx, { mentions, source: 'file', defaultChannel: 'other', nowMs });
  const authors = batch.terms.flatMap((json) => JSON.parse(json) as { t: string; d: string; k: string }[]).filter((t) => t.t === ALL_TOPICS && t.k === 'author');
  assert.equal(authors.filter((t) => t.d === '2024-03-02').length, TERMS_WRITTEN_PER_CLOSED_DAY);
  assert.equal(authors.filter((t) => t.d === '2024-03-03').length, 60);
});
