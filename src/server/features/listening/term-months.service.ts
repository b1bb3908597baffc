import { sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { rowsOf } from './mention-store.service.ts';
import { monthsClosedBefore, TERMS_KEPT_PER_MONTH } from './term-months.domain.ts';

/*
 * Sums closed months' term rollups into mention_term_months (term-months.domain.ts says why). Which
 * months: those noted in mention_term_month_changes, where a trigger on mention_term_rollups
 * (migration 0008) notes every month any statement changes, and drops its summary at once, so a
 * summary is never stale whoever wrote the rollups (ingest, late mentions, re-tagging, compaction,
 * topic deletion). Term compaction calls this after trimming days, for the months those days close.
 */

type Due = { topic_id: string; month: string };

/**
 * Summarises the workspace's changed months whose days are all closed by `closedThrough`. Taking
 * the notes with DELETE … RETURNING claims them: two workers never sum the same month, and a month
 * a later statement changes again is noted again.
 */
export async function summariseTermMonths(db: Db, input: { workspaceId: string; closedThrough: string }): Promise<{ months: number }> {
  const before = monthsClosedBefore(input.closedThrough);
  return db.transaction(async (tx) => {
    const due = rowsOf<Due>(
      await tx.execute(sql`
        delete from mention_term_month_changes where workspace_id = ${input.workspaceId} and month < ${before}::date
        returning topic_id, month::text as month`),
    );
    if (due.length === 0) return { months: 0 };
    const dueJson = JSON.stringify(due.map((d) => ({ t: d.topic_id, m: d.month })));
    // A summary of a claimed month can only be left by a write racing the last summary; it goes.
    await tx.execute(sql`
      delete from mention_term_months s using json_to_recordset(${dueJson}::json) as d(t uuid, m date)
      where s.workspace_id = ${input.workspaceId} and s.topic_id = d.t and s.month = d.m`);
    await tx.execute(sql`
      insert into mention_term_months (workspace_id, topic_id, month, kind, term, mentions)
      select ${input.workspaceId}::uuid, topic_id, month, kind, term, mentions from (
        select d.t as topic_id, d.m as month, r.kind, r.term, sum(r.mentions)::int as mentions,
          row_number() over (partition by d.t, d.m, r.kind order by sum(r.mentions) desc, r.term) as rank
        from json_to_recordset(${dueJson}::json) as d(t uuid, m date)
        join mention_term_rollups r on r.workspace_id = ${input.workspaceId} and r.topic_id = d.t
          and r.day >= d.m and r.day < (d.m + interval '1 month')::date
        group by d.t, d.m, r.kind, r.term
      ) ranked
      where rank <= ${TERMS_KEPT_PER_MONTH}`);
    return { months: due.length };
  });
}
