import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { organizations, workspaces } from '../../db/schema/index.ts';
import { openTestDatabase } from '../../test-support/test-database.ts';
import { type AnalysisPool, createAnalysisPool } from './analysis-pool.ts';
import type { IncomingMention } from './mention-analysis.domain.ts';
import { createIngestPipeline } from './mention-ingest.service.ts';
import { ALL_TOPICS } from './mention-rollup.domain.ts';
import { rowsOf } from './mention-store.service.ts';
import { closedDays, compactClosedDays, TERMS_KEPT_PER_DAY } from './term-compaction.service.ts';

let database: Database;
let pool: AnalysisPool;
before(async () => {
  database = await openTestDatabase();
  pool = createAnalysisPool({ size: 1 });
});
after(async () => {
  await pool.close();
  await database.close();
});

const NOW = new Date('2026-03-10T05:00:00Z');

/** 150 authors on a day: "fan0".."fan9" post five times each, the rest once. */
function posts(day: string): IncomingMention[] {
  const authors = [...Array.from({ length: 10 }, (_, i) => Array(5).fill(`fan${i}`)).flat(), ...Array.from({ length: 140 }, (_, i) => `once${i}`)];
  return authors.map((author, i) => ({ text: `post ${i} on ${day}`, publishedAt: `${day}T05:00:00Z`, author, channel: 'x', url: null, reach: 1, likes: null, shares: null, comments: null }));
}

async function authorRows(workspaceId: string) {
  const result = await database.db.execute(
    sql`select day::text as day, count(*)::int as n, coalesce(sum(mentions) filter (where term like 'fan%'), 0)::int as fans
        from mention_term_rollups where workspace_id = ${workspaceId} and topic_id = ${ALL_TOPICS} and kind = 'author' group by day order by day`,
  );
  return rowsOf<{ day: string; n: number; fans: number }>(result);
}

test('an import keeps the top terms of the past days it filled and leaves the open days whole', async () => {
  const [org] = await database.db.insert(organizations).values({ name: 'Compaction' }).returning();
  const [ws] = await database.db.insert(workspaces).values({ organizationId: org!.id, name: 'Compaction', timezone: 'UTC' }).returning();
  const pipeline = createIngestPipeline(database.db, { workspaceId: ws!.id, sourceId: null, sourceKind: 'file' }, { pool, now: () => NOW, onStored: () => {} });
  for (const day of ['2026-03-01', '2026-03-09', '2026-03-10']) await pipeline.push(posts(day), day);
  await pipeline.finish();
  assert.deepEqual(await authorRows(ws!.id), [
    { day: '2026-03-01', n: TERMS_KEPT_PER_DAY, fans: 50 },
    { day: '2026-03-09', n: 150, fans: 50 },
    { day: '2026-03-10', n: 150, fans: 50 },
  ]);

  // A week later the nightly job trims the days that closed since.
  await compactClosedDays({ db: database.db, now: () => new Date('2026-03-16T02:00:00Z') });
  assert.deepEqual(
    (await authorRows(ws!.id)).map((r) => r.n),
    [TERMS_KEPT_PER_DAY, TERMS_KEPT_PER_DAY, TERMS_KEPT_PER_DAY],
  );
});

test('a day is closed once it is before yesterday', () => {
  assert.deepEqual(closedDays(['2026-03-07', '2026-03-08', '2026-03-09', '2026-03-10'], '2026-03-10'), ['2026-03-07', '2026-03-08']);
});
