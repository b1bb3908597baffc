import { sql } from 'drizzle-orm';
import type { SourceKind } from '../../../shared/api/listening.schemas.ts';
import type { Db } from '../../db/database.ts';
import { MENTION_COLUMNS, type MentionPart, type PreparedBatch, withoutRows } from './mention-batch.domain.ts';

/*
 * A prepared batch (mention-batch.domain.ts) into the database, in one transaction: the mentions
 * with ON CONFLICT DO NOTHING (no target, so both unique indexes count: the same item from the
 * same kind of source, and the same text by the same author), then the rollup deltas of the rows
 * that were new. Mentions travel as one binary array parameter per column read by unnest, rollups
 * as one JSON parameter read by json_to_recordset, so a statement has a few parameters whatever
 * its size (PostgreSQL allows 65,535).
 */

export type StoreTarget = { workspaceId: string; sourceId: string | null; sourceKind: SourceKind };
export type StoreResult = { accepted: number; duplicates: number; days: string[] };

type Executor = Pick<Db, 'execute'>;

/**
 * A turn of the event loop before each statement. PGlite answers on the thread that waits for it,
 * without I/O in between, so a batch's statements would otherwise hold the thread for a second:
 * requests waited that long, and so did the file an import reads, whose chunks arrive by I/O
 * callbacks, which left the analysis threads waiting for their next batch.
 */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Both drivers (PGlite, node-postgres) answer a raw statement with `{ rows }`. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

// Column names and types are constants of ours (MENTION_COLUMNS), so they go into the text as is.
const NAMES = sql.raw(MENTION_COLUMNS.map((c) => c.name).join(', '));
const VALUES = sql.raw(MENTION_COLUMNS.map((c) => (c.cast ? `r.${c.name}::${c.cast}` : `r.${c.name}`)).join(', '));

/**
 * Inserts a part; answers how many rows were new and, only when some were not, which: a batch of
 * new mentions (the usual case) then costs one small answer instead of one row per mention.
 */
async function insertMentions(tx: Executor, target: StoreTarget, part: MentionPart): Promise<{ count: number; hashes: Set<string> | null }> {
  const arrays = sql.join(
    MENTION_COLUMNS.map((c, i) => sql`${part.columns[i]}::${sql.raw(c.type)}[]`),
    sql`, `,
  );
  const result = await tx.execute(sql`
    with inserted as (insert into mentions (workspace_id, source_id, source_kind, ${NAMES})
    select ${target.workspaceId}::uuid, ${target.sourceId}::uuid, ${target.sourceKind}, ${VALUES}
    from unnest(${arrays}) as r(${NAMES})
    on conflict do nothing
    returning content_hash)
    select count(*)::int as n, case when count(*) < ${part.hashes.length} then array_agg(content_hash) end as hashes from inserted`);
  const [row] = rowsOf<{ n: number; hashes: string[] | null }>(result);
  return { count: row?.n ?? 0, hashes: row?.hashes ? new Set(row.hashes) : null };
}

async function upsertRollups(tx: Executor, workspaceId: string, payloads: { daily: string[]; terms: string[] }): Promise<void> {
  for (const json of payloads.daily) {
    await turn();
    await tx.execute(sql`
      insert into mention_daily_rollups (workspace_id, topic_id, day, channel, language, sentiment, mentions, reach)
      select ${workspaceId}::uuid, r.t, r.d, r.c, r.l, r.s, r.m, r.r
      from json_to_recordset(${json}::json) as r(t uuid, d date, c text, l text, s text, m integer, r bigint)
      on conflict (workspace_id, topic_id, day, channel, language, sentiment) do update
        set mentions = mention_daily_rollups.mentions + excluded.mentions, reach = mention_daily_rollups.reach + excluded.reach`);
  }
  for (const json of payloads.terms) {
    await turn();
    await tx.execute(sql`
      insert into mention_term_rollups (workspace_id, topic_id, day, kind, term, mentions)
      select ${workspaceId}::uuid, r.t, r.d, r.k, r.w, r.m
      from json_to_recordset(${json}::json) as r(t uuid, d date, k text, w text, m integer)
      on conflict (workspace_id, topic_id, kind, day, term) do update set mentions = mention_term_rollups.mentions + excluded.mentions`);
  }
}

/** Stores a batch; `accepted` counts new mentions, `days` are the days whose rollups changed. */
export async function storeMentions(db: Db, target: StoreTarget, batch: PreparedBatch): Promise<StoreResult> {
  const distinct = batch.parts.reduce((sum, part) => sum + part.hashes.length, 0);
  if (distinct === 0) return { accepted: 0, duplicates: batch.received, days: [] };
  return db.transaction(async (tx) => {
    const kept: boolean[] = [];
    let accepted = 0;
    for (const part of batch.parts) {
      await turn();
      const inserted = await insertMentions(tx, target, part);
      for (const hash of part.hashes) kept.push(inserted.hashes ? inserted.hashes.has(hash) : true);
      accepted += inserted.count;
    }
    let days = batch.days;
    if (accepted === distinct) await upsertRollups(tx, target.workspaceId, batch);
    else if (accepted > 0) {
      // Some rows were stored before: count only the new ones.
      const deltas = withoutRows(batch, batch.rollupRows.filter((_, i) => !kept[i]));
      days = deltas.days;
      await upsertRollups(tx, target.workspaceId, deltas);
    } else days = [];
    return { accepted, duplicates: batch.received - accepted, days };
  });
}
