import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { listeningTopics, mentionTermRollups, organizations, workspaces } from '../../db/schema/index.ts';
import { openTestDatabase } from '../../test-support/test-database.ts';
import { TOP_TERMS, termRows } from './dashboard-terms.service.ts';
import { eachDay } from './listening-days.domain.ts';
import { ALL_TOPICS } from './mention-rollup.domain.ts';
import { rowsOf } from './mention-store.service.ts';
import { compactClosedDays, compactTermRollups } from './term-compaction.service.ts';
import { TERMS_KEPT_PER_MONTH } from './term-months.domain.ts';

let database: Database;
let ws = '';
let topic = '';
const DAYS = eachDay('2026-01-10', '2026-03-20');
const TODAY = '2026-03-20';

before(async () => {
  database = await openTestDatabase();
  const { db } = database;
  const [org] = await db.insert(organizations).values({ name: 'Months' }).returning();
  ws = (await db.insert(workspaces).values({ organizationId: org!.id, name: 'Months', timezone: 'UTC' }).returning())[0]!.id;
  topic = (await db.insert(listeningTopics).values({ workspaceId: ws, name: 'Brand', kind: 'brand', query: 'brand' }).returning())[0]!.id;
  // Counts that change from day to day, so each month ranks its terms differently.
  const rows = DAYS.flatMap((day, d) =>
    [ALL_TOPICS, topic].flatMap((topicId) => [
      ...Array.from({ length: 30 }, (_, i) => ({ topicId, day, kind: 'word', term: `w${i}`, mentions: 1 + ((i * 7 + d * 3) % 23) })),
      ...Array.from({ length: 8 }, (_, i) => ({ topicId, day, kind: 'hashtag', term: `#h${i}`, mentions: 1 + ((i * 5 + d) % 9) })),
      ...Array.from({ length: 12 }, (_, i) => ({ topicId, day, kind: 'author', term: `a${i}`, mentions: 1 + ((i + d * 2) % 13) })),
    ]),
  );
  await db.insert(mentionTermRollups).values(rows.map((r) => ({ workspaceId: ws, ...r })));
  await compactTermRollups(db, { workspaceId: ws, days: DAYS.filter((d) => d <= '2026-03-18') });
});
after(() => database.close());

/** The range's top terms computed from the day rows alone, as the dashboard did before month summaries. */
async function fromDays(line: string, from: string, to: string) {
  const result = await database.db.execute(sql`
    select kind, term, mentions from (
      select kind, term, sum(mentions)::int as mentions, row_number() over (partition by kind order by sum(mentions) desc, term) as rank
      from mention_term_rollups where workspace_id = ${ws} and topic_id = ${line} and day between ${from} and ${to} group by kind, term
    ) ranked where rank <= ${TOP_TERMS} order by kind, rank`);
  return rowsOf(result);
}

async function summarised(line: string) {
  const result = await database.db.execute(sql`select month::text as month, count(*)::int as n from mention_term_months where workspace_id = ${ws} and topic_id = ${line} group by month order by month`);
  return rowsOf<{ month: string; n: number }>(result);
}

const RANGES = [
  ['2026-01-10', '2026-03-20'],
  ['2026-02-01', '2026-02-28'],
  ['2026-01-15', '2026-02-28'],
  ['2026-02-10', '2026-03-05'],
] as const;

test('closed months are summarised, and ranges over them rank the same top terms as their days', async () => {
  // Compaction closed the days through 18 March: January and February are over, March is not.
  assert.deepEqual(await summarised(ALL_TOPICS), [
    { month: '2026-01-01', n: 50 },
    { month: '2026-02-01', n: 50 },
  ]);
  for (const line of [ALL_TOPICS, topic]) {
    for (const [from, to] of RANGES) assert.deepEqual(await termRows(database.db, ws, line, { from, to }), await fromDays(line, from, to), `${line} ${from}..${to}`);
  }
});

async function sumOf(term: string, from: string, to: string): Promise<number> {
  const result = await database.db.execute(sql`select coalesce(sum(mentions), 0)::int as n from mention_term_rollups where workspace_id = ${ws} and topic_id = ${topic} and term = ${term} and day between ${from} and ${to}`);
  return rowsOf<{ n: number }>(result)[0]!.n;
}

test('a whole month is read from its summary, and any change to its days drops the summary', async () => {
  const { db } = database;
  await db.execute(sql`update mention_term_months set mentions = mentions + 10000 where workspace_id = ${ws} and topic_id = ${topic} and month = '2026-02-01' and term = 'w29'`);
  const range = { from: '2026-01-15', to: '2026-02-28' };
  const words = (await termRows(db, ws, topic, range)).filter((t) => t.kind === 'word');
  assert.deepEqual(words[0], { kind: 'word', term: 'w29', mentions: (await sumOf('w29', '2026-01-15', '2026-02-28')) + 10000 });
  // Even a statement that changes no count says the month's days were written.
  await db.execute(sql`update mention_term_rollups set mentions = mentions where workspace_id = ${ws} and topic_id = ${topic} and day = '2026-02-03' and term = 'w29'`);
  assert.deepEqual(await termRows(db, ws, topic, range), await fromDays(topic, range.from, range.to));
  await compactTermRollups(db, { workspaceId: ws, days: ['2026-02-03'], today: TODAY });
  assert.deepEqual((await summarised(topic)).map((m) => m.month), ['2026-01-01', '2026-02-01'], 'summed again');
  assert.deepEqual(await termRows(db, ws, topic, range), await fromDays(topic, range.from, range.to));
});

test('a late mention drops its month summary until compaction sums the month again', async () => {
  await database.db.insert(mentionTermRollups).values({ workspaceId: ws, topicId: topic, day: '2026-02-14', kind: 'word', term: 'late', mentions: 900 });
  assert.deepEqual(await summarised(topic).then((m) => m.map((r) => r.month)), ['2026-01-01'], 'February is read by days now');
  assert.deepEqual((await termRows(database.db, ws, topic, { from: '2026-01-10', to: '2026-03-20' })).find((t) => t.kind === 'word'), { kind: 'word', term: 'late', mentions: 900 });
  await compactTermRollups(database.db, { workspaceId: ws, days: ['2026-02-14'], today: TODAY });
  assert.deepEqual(await summarised(topic).then((m) => m.map((r) => r.month)), ['2026-01-01', '2026-02-01']);
  for (const [from, to] of RANGES) assert.deepEqual(await termRows(database.db, ws, topic, { from, to }), await fromDays(topic, from, to));
});

test('a month keeps its most frequent terms per kind', async () => {
  const busy = Array.from({ length: TERMS_KEPT_PER_MONTH + 20 }, (_, i) => ({ workspaceId: ws, topicId: ALL_TOPICS, day: '2026-01-20', kind: 'word', term: `busy${i}`, mentions: 1000 + i }));
  await database.db.insert(mentionTermRollups).values(busy);
  await compactClosedDays({ db: database.db, now: () => new Date('2026-03-22T12:00:00Z') });
  const kept = rowsOf<{ term: string }>(
    await database.db.execute(sql`select term from mention_term_months where workspace_id = ${ws} and topic_id = ${ALL_TOPICS} and month = '2026-01-01' and kind = 'word' order by mentions desc, term`),
  );
  // The nightly job looks 14 days back, yet January changed: every changed closed month is summed.
  assert.equal(kept.length, TERMS_KEPT_PER_MONTH);
  assert.deepEqual(kept.slice(0, 3).map((k) => k.term), ['busy119', 'busy118', 'busy117']);
  assert.equal(kept.some((k) => k.term.startsWith('w')), false, 'the 20 least frequent busy words and every w word were left out');
});

test('a deleted topic leaves no summaries or notes behind, and a deleted workspace takes its own', async () => {
  const { db } = database;
  await db.transaction(async (tx) => {
    await tx.delete(listeningTopics).where(eq(listeningTopics.id, topic));
    await tx.delete(mentionTermRollups).where(and(eq(mentionTermRollups.workspaceId, ws), eq(mentionTermRollups.topicId, topic)));
  });
  const left = async () =>
    rowsOf<{ months: number; changes: number }>(
      await db.execute(sql`select (select count(*) from mention_term_months where workspace_id = ${ws} and topic_id = ${topic})::int as months,
        (select count(*) from mention_term_month_changes where workspace_id = ${ws} and topic_id = ${topic})::int as changes`),
    )[0];
  assert.deepEqual((await left())?.months, 0);
  // Notes of the deleted topic's open month go once the month is over: there is nothing to sum.
  await compactClosedDays({ db, now: () => new Date('2026-04-05T12:00:00Z') });
  assert.deepEqual(await left(), { months: 0, changes: 0 });
  await db.delete(workspaces).where(eq(workspaces.id, ws));
  const rest = await db.execute(sql`select (select count(*) from mention_term_months)::int + (select count(*) from mention_term_month_changes)::int as n`);
  assert.equal(rowsOf<{ n: number }>(rest)[0]!.n, 0);
});
