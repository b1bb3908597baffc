import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { and, desc, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { listeningTopics, mentions, organizations, workspaces } from '../../db/schema/index.ts';
import { openTestDatabase } from '../../test-support/test-database.ts';
import { rowsOf } from './mention-store.service.ts';
import { streamFilters } from './mentions.service.ts';

/*
 * The topics index holds tagged mentions only (migration 0009), since most of an export matches no
 * topic. These tests pin down that the stream's topic filter can still use it and still finds
 * exactly the topic's mentions.
 */

let database: Database;
let ws = '';
let topic = '';
let other = '';

before(async () => {
  database = await openTestDatabase();
  const { db } = database;
  const [org] = await db.insert(organizations).values({ name: 'Stream' }).returning();
  ws = (await db.insert(workspaces).values({ organizationId: org!.id, name: 'Stream', timezone: 'UTC' }).returning())[0]!.id;
  [topic, other] = (
    await db
      .insert(listeningTopics)
      .values([
        { workspaceId: ws, name: 'Brand', kind: 'brand', query: 'brand' },
        { workspaceId: ws, name: 'Rival', kind: 'competitor', query: 'rival' },
      ])
      .returning()
  ).map((t) => t.id) as [string, string];
  // 2,000 mentions: one in 100 tagged with the brand, one in 50 with the rival, the rest with none.
  const rows = Array.from({ length: 2_000 }, (_, i) => ({
    workspaceId: ws,
    sourceKind: 'file',
    externalId: `m${i}`,
    contentHash: `h${i}`,
    text: `post ${i}`,
    language: 'en',
    channel: 'x',
    publishedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000),
    sentiment: 'neutral',
    sentimentScore: 0,
    topicIds: i % 100 === 0 ? [topic] : i % 50 === 1 ? [other] : [],
  }));
  await db.insert(mentions).values(rows);
  await db.execute(sql`analyze mentions`);
});
after(() => database.close());

test('a topic stream finds exactly the mentions tagged with that topic', async () => {
  const found = await database.db
    .select({ externalId: mentions.externalId })
    .from(mentions)
    .where(and(...streamFilters(ws, { topicId: topic }, 'UTC')))
    .orderBy(desc(mentions.publishedAt));
  assert.equal(found.length, 20);
  assert.deepEqual(
    found.map((r) => r.externalId),
    Array.from({ length: 20 }, (_, k) => `m${(19 - k) * 100}`),
  );
});

test('the topic filter reads the partial topics index, which holds only tagged mentions', async () => {
  const plan = await database.db.transaction(async (tx) => {
    // Without sequential scans the planner picks an index that serves the filter, if it may use one.
    await tx.execute(sql`set local enable_seqscan = off`);
    const result = await tx.execute(sql`explain select id from mentions where ${and(...streamFilters(ws, { topicId: topic }, 'UTC'))}`);
    return rowsOf<{ 'QUERY PLAN': string }>(result)
      .map((r) => r['QUERY PLAN'])
      .join('\n');
  });
  assert.match(plan, /mentions_topics_idx/);
  const [index] = rowsOf<{ indexdef: string }>(await database.db.execute(sql`select indexdef from pg_indexes where indexname = 'mentions_topics_idx'`));
  assert.match(index?.indexdef ?? '', /WHERE \(topic_ids <> '\{\}'::uuid\[\]\)/);
});
