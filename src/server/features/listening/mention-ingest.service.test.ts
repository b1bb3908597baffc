import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { listeningTopics, mentions, organizations, workspaces } from '../../db/schema/index.ts';
import { openTestDatabase } from '../../test-support/test-database.ts';
import { type AnalysisPool, createAnalysisPool } from './analysis-pool.ts';
import { incomingMention } from './incoming-mention.fixtures.ts';
import type { IncomingMention } from './mention-analysis.domain.ts';
import { ROWS_PER_STATEMENT } from './mention-batch.domain.ts';
import { createIngestPipeline, ingestMentions } from './mention-ingest.service.ts';
import { loadWorkspaceAnalysis } from './mention-ingest-config.service.ts';
import { ALL_TOPICS } from './mention-rollup.domain.ts';
import { rowsOf, storeMentions } from './mention-store.service.ts';

let database: Database;
let pool: AnalysisPool;
before(async () => {
  database = await openTestDatabase();
  pool = createAnalysisPool({ size: 2, inThreadBelow: 0 });
});
after(async () => {
  await pool.close();
  await database.close();
});

async function workspace(name: string, timezone = 'Asia/Bangkok'): Promise<{ id: string; brand: string; rival: string }> {
  const db = database.db;
  const [org] = await db.insert(organizations).values({ name }).returning();
  const [ws] = await db.insert(workspaces).values({ organizationId: org!.id, name, timezone }).returning();
  const [brand, rival] = await db
    .insert(listeningTopics)
    .values([
      { workspaceId: ws!.id, name: 'Brand', kind: 'brand', query: 'baandoi OR บ้านดอย' },
      { workspaceId: ws!.id, name: 'Rival', kind: 'competitor', query: 'lotus' },
    ])
    .returning();
  return { id: ws!.id, brand: brand!.id, rival: rival!.id };
}

const m = (text: string, extra: Partial<IncomingMention> = {}) =>
  incomingMention(text, { publishedAt: '2024-05-01T20:00:00Z', author: 'nok', channel: 'facebook', reach: 10, ...extra });

async function daily(workspaceId: string) {
  const result = await database.db.execute(
    sql`select topic_id, day::text as day, channel, sum(mentions)::int as mentions, sum(reach)::int as reach from mention_daily_rollups
        where workspace_id = ${workspaceId} group by topic_id, day, channel order by topic_id, day, channel`,
  );
  return rowsOf<{ topic_id: string; day: string; channel: string; mentions: number; reach: number }>(result);
}

async function terms(workspaceId: string, topicId: string, kind: string) {
  const result = await database.db.execute(
    sql`select term, sum(mentions)::int as mentions from mention_term_rollups where workspace_id = ${workspaceId} and topic_id = ${topicId} and kind = ${kind}
        group by term order by term`,
  );
  return Object.fromEntries(rowsOf<{ term: string; mentions: number }>(result).map((r) => [r.term, r.mentions]));
}

test('duplicates are dropped by source and external id, and by the same text from the same author', async () => {
  const ws = await workspace('Dupes');
  const first = await ingestMentions(database.db, { workspaceId: ws.id, sourceId: null, sourceKind: 'webhook', candidates: [m('BaanDoi coffee is great', { externalId: 'p1' }), m('Lotus is slow', { externalId: 'p2' })] }, { pool });
  assert.deepEqual(first, { accepted: 2, duplicates: 0 });
  const again = await ingestMentions(
    database.db,
    {
      workspaceId: ws.id,
      sourceId: null,
      sourceKind: 'webhook',
      candidates: [
        m('an edited text', { externalId: 'p1' }), // same id from the same kind of source
        m('BAANDOI   coffee is great', { externalId: 'other-id' }), // same text and author, other id
        m('BaanDoi coffee is great', { author: 'pim' }), // another author: a mention of its own
        m('Lotus is slow', { externalId: 'p2' }),
        m('Lotus is slow', { externalId: 'p2' }), // twice in one batch
      ],
    },
    { pool },
  );
  assert.deepEqual(again, { accepted: 1, duplicates: 4 });
  // The same id from another kind of source is another item, unless it is the same post by the same author.
  const file = await ingestMentions(database.db, { workspaceId: ws.id, sourceId: null, sourceKind: 'file', candidates: [m('file row', { externalId: 'p1' }), m('Lotus is slow')] }, { pool });
  assert.deepEqual(file, { accepted: 1, duplicates: 1 });
  const [count] = await database.db.select({ n: sql<number>`count(*)::int` }).from(mentions).where(eq(mentions.workspaceId, ws.id));
  assert.equal(count?.n, 4);
});

test('rollups count each new mention in the all row and under every topic, on its day in the workspace time zone', async () => {
  const ws = await workspace('Rollups');
  const days: string[][] = [];
  const deps = { pool, onIngested: (_: string, changed: string[]) => void days.push(changed) };
  await ingestMentions(
    database.db,
    {
      workspaceId: ws.id,
      sourceId: null,
      sourceKind: 'webhook',
      candidates: [
        m('baandoi beats lotus #coffee', { reach: 100 }), // both topics; 03:00 on 2 May in Bangkok
        m('บ้านดอย อร่อย', { channel: 'LINE', author: 'pim', reach: 5, publishedAt: '2024-05-01T10:00:00Z' }),
        m('nothing to see', { author: 'joe', reach: 1, publishedAt: '2024-05-01T10:00:00Z' }),
      ],
    },
    deps,
  );
  assert.deepEqual(await daily(ws.id), [
    { topic_id: ALL_TOPICS, day: '2024-05-01', channel: 'facebook', mentions: 1, reach: 1 },
    { topic_id: ALL_TOPICS, day: '2024-05-01', channel: 'line', mentions: 1, reach: 5 },
    { topic_id: ALL_TOPICS, day: '2024-05-02', channel: 'facebook', mentions: 1, reach: 100 },
    ...[
      { topic_id: ws.brand, day: '2024-05-01', channel: 'line', mentions: 1, reach: 5 },
      { topic_id: ws.brand, day: '2024-05-02', channel: 'facebook', mentions: 1, reach: 100 },
      { topic_id: ws.rival, day: '2024-05-02', channel: 'facebook', mentions: 1, reach: 100 },
    ].sort((a, b) => (a.topic_id < b.topic_id ? -1 : a.topic_id > b.topic_id ? 1 : 0)),
  ]);
  assert.deepEqual(days, [['2024-05-01', '2024-05-02']]);
  assert.deepEqual(await terms(ws.id, ALL_TOPICS, 'author'), { joe: 1, nok: 1, pim: 1 });
  assert.deepEqual(await terms(ws.id, ws.rival, 'hashtag'), { '#coffee': 1 });
  assert.equal((await terms(ws.id, ALL_TOPICS, 'word')).อร่อย, 1);

  // A batch where some rows are known: only the new ones are added, and nothing when all are known.
  const before = await daily(ws.id);
  const mixed = await ingestMentions(database.db, { workspaceId: ws.id, sourceId: null, sourceKind: 'webhook', candidates: [m('nothing to see', { author: 'joe' }), m('baandoi again', { reach: 7 })] }, deps);
  assert.deepEqual(mixed, { accepted: 1, duplicates: 1 });
  const afterMixed = await daily(ws.id);
  const brandDay2 = afterMixed.find((r) => r.topic_id === ws.brand && r.day === '2024-05-02');
  assert.deepEqual(brandDay2, { topic_id: ws.brand, day: '2024-05-02', channel: 'facebook', mentions: 2, reach: 107 });
  assert.equal(afterMixed.reduce((s, r) => s + r.mentions, 0), before.reduce((s, r) => s + r.mentions, 0) + 2);
  await ingestMentions(database.db, { workspaceId: ws.id, sourceId: null, sourceKind: 'webhook', candidates: [m('baandoi again', { reach: 7 })] }, deps);
  assert.deepEqual(await daily(ws.id), afterMixed);
  assert.equal(days.length, 2, 'a batch of duplicates changes no day');
});

test('the pipeline stores batches in order on the worker threads, and a second run adds nothing', async () => {
  const ws = await workspace('Pipeline', 'UTC');
  const batches = Array.from({ length: 5 }, (_, b) => Array.from({ length: 300 }, (_, i) => m(`baandoi post ${b}-${i}`, { publishedAt: `2024-05-0${b + 1}T12:00:00Z` })));
  async function run() {
    const seen: number[] = [];
    let accepted = 0;
    let duplicates = 0;
    const pipeline = createIngestPipeline<number>(database.db, { workspaceId: ws.id, sourceId: null, sourceKind: 'file' }, {
      pool,
      onStored: (result, index) => {
        seen.push(index);
        accepted += result.accepted;
        duplicates += result.duplicates;
      },
    });
    for (const [index, batch] of batches.entries()) await pipeline.push(batch, index);
    await pipeline.finish();
    return { seen, accepted, duplicates };
  }
  assert.deepEqual(await run(), { seen: [0, 1, 2, 3, 4], accepted: 1500, duplicates: 0 });
  const rollups = await daily(ws.id);
  assert.deepEqual(await run(), { seen: [0, 1, 2, 3, 4], accepted: 0, duplicates: 1500 });
  assert.deepEqual(await daily(ws.id), rollups);
  assert.equal(rollups.filter((r) => r.topic_id === ws.brand).reduce((s, r) => s + r.mentions, 0), 1500);
});

test('every column of a stored mention is what was analysed (the rows travel as binary arrays)', async () => {
  const ws = await workspace('Columns');
  const source = { workspaceId: ws.id, sourceId: null, sourceKind: 'webhook' as const };
  await ingestMentions(
    database.db,
    {
      ...source,
      candidates: [
        m('บ้านดอย กาแฟอร่อยมาก 555 👍', { externalId: 'p-1', url: 'https://pantip.com/topic/1', reach: 2_000_000_000, likes: 3, shares: 4, comments: 5, publishedAt: '2024-05-01T20:00:00.250Z' }),
        m('lotus 这个客服 "很好", {ok}', { externalId: 'p-2', author: null, channel: null, reach: null, publishedAt: '1999-12-31T23:59:59Z' }),
      ],
    },
    { pool },
  );
  const stored = await database.db
    .select()
    .from(mentions)
    .where(eq(mentions.workspaceId, ws.id))
    .orderBy(mentions.externalId);
  assert.deepEqual(
    stored.map((r) => [r.sourceKind, r.externalId, r.text, r.channel, r.author, r.url, r.publishedAt.toISOString(), r.reach, r.likes, r.shares, r.comments, r.topicIds]),
    [
      ['webhook', 'p-1', 'บ้านดอย กาแฟอร่อยมาก 555 👍', 'facebook', 'nok', 'https://pantip.com/topic/1', '2024-05-01T20:00:00.250Z', 2_000_000_000, 3, 4, 5, [ws.brand]],
      ['webhook', 'p-2', 'lotus 这个客服 "很好", {ok}', 'other', '', null, '1999-12-31T23:59:59.000Z', 0, 0, 0, 0, [ws.rival]],
    ],
  );
  assert.deepEqual(stored.map((r) => r.language), ['th', 'zh-Hans']);
  for (const row of stored) {
    assert.match(row.contentHash, /^[\w-]{22}$/);
    assert.ok(['pos', 'neu', 'neg'].includes(row.sentiment));
    assert.ok(row.sentimentScore >= -1 && row.sentimentScore <= 1, `score ${row.sentimentScore}`);
  }
});

test('a batch is written a statement at a time, letting requests and file reads run in between', async () => {
  const ws = await workspace('Turns');
  const candidates = Array.from({ length: ROWS_PER_STATEMENT + 10 }, (_, i) => m(`baandoi cup ${i} with lotus`, { externalId: `t-${i}`, author: `a${i % 40}` }));
  const batch = await pool.analyse({ key: 'turns', config: (await loadWorkspaceAnalysis(database.db, ws.id)).config, source: 'webhook', defaultChannel: 'other', nowMs: Date.now(), mentions: candidates }, { inThread: false });
  let turns = 0;
  let counting = true;
  const tick = () => {
    turns++;
    if (counting) setImmediate(tick);
  };
  setImmediate(tick);
  const stored = await storeMentions(database.db, { workspaceId: ws.id, sourceId: null, sourceKind: 'webhook' }, batch);
  counting = false;
  assert.equal(stored.accepted, candidates.length);
  // Two parts of mentions, daily rollups and term rollups: four statements, a turn before each.
  assert.ok(turns >= 4, `the event loop turned ${turns} times while the batch was written`);
});
