import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import type { TermRow } from './dashboard.domain.ts';
import { TERM_KINDS } from './mention-rollup.domain.ts';
import { rowsOf } from './mention-store.service.ts';
import { daysBesides, wholeMonths } from './term-months.domain.ts';

export const TOP_TERMS = 20;

const kinds = `{${TERM_KINDS.join(',')}}`;

/** Which of the range's whole months have a summary (only closed months get one, and only while their days are unchanged). */
async function summarisedMonths(db: Db, workspaceId: string, line: string, months: readonly string[]): Promise<string[]> {
  if (months.length === 0) return [];
  const result = await db.execute(sql`
    select m::text as month from unnest(${`{${months.join(',')}}`}::date[]) as m
    where exists (select 1 from mention_term_months s where s.workspace_id = ${workspaceId} and s.topic_id = ${line} and s.month = m)`);
  return rowsOf<{ month: string }>(result).map((r) => r.month);
}

/**
 * The range's top words, hashtags and authors of one line: summarised whole months from their
 * summaries, every other day from the day rollups (each kind its own index range, so a short
 * range reads only its days), ranked together.
 */
export async function termRows(db: Db, workspaceId: string, line: string, range: { from: string; to: string }): Promise<TermRow[]> {
  const months = await summarisedMonths(db, workspaceId, line, wholeMonths(range.from, range.to));
  const parts: SQL[] = [];
  if (months.length > 0) {
    parts.push(sql`select kind, term, mentions from mention_term_months
      where workspace_id = ${workspaceId} and topic_id = ${line} and month = any(${`{${months.join(',')}}`}::date[])`);
  }
  const days = daysBesides(range.from, range.to, months);
  if (days.length > 0) {
    const within = sql.join(
      days.map(([from, to]) => sql`day between ${from} and ${to}`),
      sql` or `,
    );
    parts.push(sql`select kind, term, mentions from mention_term_rollups
      where workspace_id = ${workspaceId} and topic_id = ${line} and kind = any(${kinds}::text[]) and (${within})`);
  }
  const result = await db.execute(sql`
    select kind, term, mentions from (
      select kind, term, sum(mentions)::int as mentions, row_number() over (partition by kind order by sum(mentions) desc, term) as rank
      from (${sql.join(parts, sql` union all `)}) picked
      group by kind, term
    ) ranked
    where rank <= ${TOP_TERMS}
    order by kind, rank`);
  return rowsOf<TermRow>(result);
}
