import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { listeningTopics, organizations, workspaces } from '../../db/schema/index.ts';
import { openTestDatabase } from '../../test-support/test-database.ts';
import { type AnalysisPool, createAnalysisPool } from './analysis-pool.ts';
import { TOP_TERMS } from './dashboard-terms.service.ts';
import { buildDashboard } from './dashboard.service.ts';
import { eachDay } from './listening-days.domain.ts';
import type { IncomingMention } from './mention-analysis.domain.ts';
import { createIngestPipeline } from './mention-ingest.service.ts';
import { ALL_TOPICS } from './mention-rollup.domain.ts';
import { rowsOf } from './mention-store.service.ts';

let database: Database;
let pool: AnalysisPool;
let ws = '';
let brand = '';

const FLAVOURS = ['espresso', 'latte', 'mocha', 'americano', 'cappuccino', 'macchiato', 'affogato', 'cortado'];
const DAYS = eachDay('2026-01-20', '2026-03-10');
// Every day some mentions of the brand and some of other coffee, each month favouring other words.
const POSTED: IncomingMention[] = DAYS.flatMap((day, d) =>
  Array.from({ length: 3 + (d % 4) }, (_, i) => ({
    text: `${i % 2 === 0 ? 'Kafe Dee' : 'Corner shop'} ${FLAVOURS[(d + i) % FLAVOURS.length]} ${FLAVOURS[(d * 3 + i) % 5]} #${FLAVOURS[(i + Number(day.slice(5, 7))) % 3]} ${day}`,
    publishedAt: `${day}T09:00:00Z`,
    author: `fan${(d + i) % 6}`,
    channel: i % 3 === 0 ? 'x' : 'facebook',
    url: null,
    reach: 5 + i,
    likes: null,
    shares: null,
    comments: null,
  })),
);

before(async () => {
  database = await openTestDatabase();
  pool = createAnalysisPool({ size: 1 });
  const [org] = await database.db.insert(organizations).values({ name: 'Months' }).returning();
  ws = (await database.db.insert(workspaces).values({ organizationId: org!.id, name: 'Months', timezone: 'UTC' }).returning())[0]!.id;
  brand = (await database.db.insert(listeningTopics).values({ workspaceId: ws, name: 'Kafe Dee', kind: 'brand', query: '"Kafe Dee"' }).returning())[0]!.id;
  const now = () => new Date('2026-03-12T10:00:00Z');
  const pipeline = createIngestPipeline(database.db, { workspaceId: ws, sourceId: null, sourceKind: 'file' }, { pool, now, onStored: () => {} });
  await pipeline.push(POSTED, null);
  await pipeline.finish();
});
after(async () => {
  await pool.close();
  await database.close();
});

/** Top terms from the day rollups alone: what the dashboard showed before month summaries. */
async function fromDays(line: string, from: string, to: string) {
  const result = await database.db.execute(sql`
    select kind, term, sum(mentions)::int as mentions, row_number() over (partition by kind order by sum(mentions) desc, term) as rank
    from mention_term_rollups where workspace_id = ${ws} and topic_id = ${line} and day between ${from} and ${to} group by kind, term`);
  const rows = rowsOf<{ kind: string; term: string; mentions: number; rank: number }>(result).filter((r) => r.rank <= TOP_TERMS);
  const list = (kind: string) => rows.filter((r) => r.kind === kind).sort((a, b) => a.rank - b.rank).map((r) => ({ term: r.term, mentions: r.mentions }));
  return { topWords: list('word'), topHashtags: list('hashtag'), topAuthors: list('author') };
}

test('the import summed its closed months, and a dashboard over them shows what the days add up to', async () => {
  const months = await database.db.execute(sql`select distinct month::text as month from mention_term_months where workspace_id = ${ws} order by month`);
  assert.deepEqual(rowsOf(months), [{ month: '2026-01-01' }, { month: '2026-02-01' }], 'March is still open');

  for (const [from, to] of [['2026-01-25', '2026-03-10'], ['2026-01-20', '2026-02-28'], ['2026-02-01', '2026-02-28']] as const) {
    for (const topicId of [undefined, brand]) {
      const { dashboard } = await buildDashboard(database.db, ws, { from, to, topicId });
      const expected = fromDays(topicId ?? ALL_TOPICS, from, to);
      const { topWords, topHashtags, topAuthors } = dashboard;
      assert.deepEqual({ topWords, topHashtags, topAuthors }, await expected, `${topicId ?? 'all'} ${from}..${to}`);
      assert.ok(topWords.some((w) => w.term === 'espresso'));
      // Volume stays exact: every posted mention of the range, counted once.
      const posted = POSTED.filter((p) => p.publishedAt!.slice(0, 10) >= from && p.publishedAt!.slice(0, 10) <= to && (!topicId || p.text.startsWith('Kafe Dee')));
      assert.equal(dashboard.totals.mentions, posted.length);
      assert.equal(dashboard.totals.reach, posted.reduce((sum, p) => sum + p.reach!, 0));
    }
  }
});
