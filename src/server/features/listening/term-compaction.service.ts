import { sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { workspaces } from '../../db/schema/index.ts';
import type { AppDeps } from '../../http/request-context.ts';
import { addDays, dayIn, eachDay, firstOpenDay } from './listening-days.domain.ts';
import { TERMS_KEPT_PER_DAY } from './mention-rollup.domain.ts';
import { summariseTermMonths } from './term-months.service.ts';

/*
 * Term rollups have a long tail: thousands of words and authors a day that appear once. The
 * dashboard lists the top 20 of a range, which the most frequent terms of each day decide, so a
 * closed day keeps only its TERMS_KEPT_PER_DAY most frequent terms per topic and kind (the days of
 * a range's partial months are still read one by one: bench/listening-dashboard.bench.ts). An import
 * trims the past days it filled when it ends; the nightly `listening.term-compaction` job trims
 * the days that closed since, looking COMPACT_WINDOW_DAYS back for mentions that came in late.
 * Either then sums the months those days close into their top terms (term-months.service.ts).
 */

// Defined with the rollups: a large batch already leaves out terms that cannot make a day's top list.
export { TERMS_KEPT_PER_DAY };
export const COMPACT_WINDOW_DAYS = 14;

/** The days that are closed (before firstOpenDay). */
export function closedDays(days: readonly string[], today: string): string[] {
  const open = firstOpenDay(today);
  return days.filter((day) => day < open);
}

type Executed = { affectedRows?: number; rowCount?: number | null };

/**
 * Keeps each of `days`' most frequent terms per topic and kind in one workspace, then summarises
 * its changed months that have closed: by `today` when given, else by the last of `days` (they
 * are closed days); returns how many rows went and how many months were summed.
 */
export async function compactTermRollups(db: Db, input: { workspaceId: string; days: readonly string[]; today?: string }): Promise<{ deleted: number; months: number }> {
  if (input.days.length === 0) return { deleted: 0, months: 0 };
  const days = sql.join(
    input.days.map((day) => sql`${day}::date`),
    sql`, `,
  );
  const result = (await db.execute(sql`
    with ranked as (
      select topic_id, kind, day, term,
        row_number() over (partition by topic_id, kind, day order by mentions desc, term) as rank
      from mention_term_rollups
      where workspace_id = ${input.workspaceId} and day in (${days})
    )
    delete from mention_term_rollups r
    using ranked
    where ranked.rank > ${TERMS_KEPT_PER_DAY}
      and r.workspace_id = ${input.workspaceId} and r.topic_id = ranked.topic_id and r.kind = ranked.kind and r.day = ranked.day and r.term = ranked.term`)) as Executed;
  const closedThrough = input.today ? addDays(input.today, -2) : [...input.days].sort().at(-1)!;
  const { months } = await summariseTermMonths(db, { workspaceId: input.workspaceId, closedThrough });
  return { deleted: result.affectedRows ?? result.rowCount ?? 0, months };
}

/**
 * The embedded database has no autovacuum: the rows compaction deletes, and the old versions of
 * rollup rows every ingest updates, stay in the tables and indexes, and dashboard range reads step
 * over them (a year of them made a year's dashboard several times slower). After large changes (an
 * import, the nightly compaction) the rollups are vacuumed; on PostgreSQL this only does early what
 * autovacuum would do anyway.
 */
export async function vacuumRollups(db: Db): Promise<void> {
  await db.execute(
    sql`vacuum (analyze) mention_daily_rollups, mention_day_totals, mention_channel_totals, mention_language_totals, mention_term_rollups, mention_term_months, mention_term_month_changes`,
  );
}

/** The nightly job: every workspace's closed days of the last COMPACT_WINDOW_DAYS, in its own time zone. */
export async function compactClosedDays(deps: Pick<AppDeps, 'db' | 'now'>): Promise<{ deleted: number; months: number }> {
  const list = await deps.db.select({ id: workspaces.id, timezone: workspaces.timezone }).from(workspaces);
  let deleted = 0;
  let months = 0;
  for (const workspace of list) {
    const today = dayIn(workspace.timezone, deps.now());
    const window = eachDay(addDays(today, -COMPACT_WINDOW_DAYS), today);
    // The window always holds closed days, so every changed month that has closed is summed.
    const done = await compactTermRollups(deps.db, { workspaceId: workspace.id, days: closedDays(window, today), today });
    deleted += done.deleted;
    months += done.months;
  }
  if (deleted > 0 || months > 0) await vacuumRollups(deps.db);
  return { deleted, months };
}
