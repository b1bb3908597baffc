import { sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import type { DailyDelta, TermDelta } from './mention-rollup.domain.ts';
import { deltaPayloads } from './mention-batch.domain.ts';

/*
 * A re-tag batch into the database, inside the caller's transaction: the mentions' new topic ids,
 * then the signed rollup deltas (retag.domain.ts). A row gains through the same upsert ingest
 * uses; a row loses only if it exists (a delta never creates a negative row), and a row left at
 * zero or less is deleted. The day, channel and language totals follow by their triggers; the
 * ones they leave at zero go, as topic deletion does, or a breakdown would list empty channels.
 */

type Executor = Pick<Db, 'execute'>;

export async function updateTopicIds(tx: Executor, workspaceId: string, rows: readonly { id: number; topicIds: readonly string[] }[]): Promise<void> {
  if (rows.length === 0) return;
  const json = JSON.stringify(rows.map((r) => ({ i: r.id, t: r.topicIds })));
  await tx.execute(sql`
    update mentions m set topic_ids = r.t
    from json_to_recordset(${json}::json) as r(i bigint, t uuid[])
    where m.workspace_id = ${workspaceId}::uuid and m.id = r.i`);
}

async function applyDaily(tx: Executor, workspaceId: string, json: string): Promise<void> {
  await tx.execute(sql`
    insert into mention_daily_rollups as x (workspace_id, topic_id, day, channel, language, sentiment, mentions, reach)
    select ${workspaceId}::uuid, r.t, r.d, r.c, r.l, r.s, r.m, r.r
    from json_to_recordset(${json}::json) as r(t uuid, d date, c text, l text, s text, m integer, r bigint)
    where r.m > 0 or exists (select 1 from mention_daily_rollups e
      where e.workspace_id = ${workspaceId}::uuid and e.topic_id = r.t and e.day = r.d and e.channel = r.c and e.language = r.l and e.sentiment = r.s)
    on conflict (workspace_id, topic_id, day, channel, language, sentiment) do update
      set mentions = x.mentions + excluded.mentions, reach = greatest(x.reach + excluded.reach, 0)`);
  await tx.execute(sql`
    delete from mention_daily_rollups x
    using json_to_recordset(${json}::json) as r(t uuid, d date, c text, l text, s text, m integer)
    where r.m < 0 and x.workspace_id = ${workspaceId}::uuid and x.topic_id = r.t and x.day = r.d and x.channel = r.c and x.language = r.l
      and x.sentiment = r.s and x.mentions <= 0`);
}

async function applyTerms(tx: Executor, workspaceId: string, json: string): Promise<void> {
  await tx.execute(sql`
    insert into mention_term_rollups as x (workspace_id, topic_id, day, kind, term, mentions)
    select ${workspaceId}::uuid, r.t, r.d, r.k, r.w, r.m
    from json_to_recordset(${json}::json) as r(t uuid, d date, k text, w text, m integer)
    where r.m > 0 or exists (select 1 from mention_term_rollups e
      where e.workspace_id = ${workspaceId}::uuid and e.topic_id = r.t and e.kind = r.k and e.day = r.d and e.term = r.w)
    on conflict (workspace_id, topic_id, kind, day, term) do update set mentions = x.mentions + excluded.mentions`);
  await tx.execute(sql`
    delete from mention_term_rollups x
    using json_to_recordset(${json}::json) as r(t uuid, d date, k text, w text, m integer)
    where r.m < 0 and x.workspace_id = ${workspaceId}::uuid and x.topic_id = r.t and x.kind = r.k and x.day = r.d and x.term = r.w
      and x.mentions <= 0`);
}

async function dropEmptyTotals(tx: Executor, workspaceId: string, daily: readonly DailyDelta[]): Promise<void> {
  const lost = [...new Set(daily.filter((d) => d.mentions < 0).map((d) => `${d.topicId}/${d.day}`))].map((key) => {
    const [t, d] = key.split('/');
    return { t, d };
  });
  if (lost.length === 0) return;
  const json = JSON.stringify(lost);
  for (const table of ['mention_day_totals', 'mention_channel_totals', 'mention_language_totals'] as const) {
    await tx.execute(sql`
      delete from ${sql.identifier(table)} x
      using json_to_recordset(${json}::json) as r(t uuid, d date)
      where x.workspace_id = ${workspaceId}::uuid and x.topic_id = r.t and x.day = r.d and x.mentions <= 0`);
  }
}

export async function applyRetagDeltas(tx: Executor, workspaceId: string, deltas: { daily: DailyDelta[]; terms: TermDelta[] }): Promise<void> {
  const payloads = deltaPayloads({ ...deltas, days: [] });
  for (const json of payloads.daily) await applyDaily(tx, workspaceId, json);
  await dropEmptyTotals(tx, workspaceId, deltas.daily);
  for (const json of payloads.terms) await applyTerms(tx, workspaceId, json);
}
