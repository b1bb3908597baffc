import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { SentimentLabel } from '../../../shared/listening/sentiment.schemas.ts';
import type { Db } from '../../db/database.ts';
import { listeningRetagRuns, mentions } from '../../db/schema/index.ts';
import { effectiveSentiment } from './mentions.service.ts';
import { type RetaggedMention, retagDeltas, sameTopics } from './retag.domain.ts';
import { applyRetagDeltas, updateTopicIds } from './retag-store.service.ts';

/*
 * One re-tag batch, in one transaction: new topic ids, the rollups moved from the old topics to
 * the new, and the run's progress together, so a crash leaves either all of a batch or none.
 * The run's row is locked first and its generation checked: a topic changed since the run began
 * means its matches are stale, and nothing is written. The changed mentions are locked and read
 * again (a sentiment correction may have moved them meanwhile) before their rollups move.
 */

export type FoundTopics = { topicIds: string[]; words: string[]; hashtags: string[] };
export type RetagBatch = {
  found: ReadonlyMap<number, FoundTopics>;
  live: ReadonlySet<string>;
  dayOf: (epochMs: number) => string;
  /** Mentions walked (changed or not) and the last id, for the run's progress. */
  walked: number;
  lastId: number;
};

const runs = listeningRetagRuns;

async function lockedChanges(tx: Db, workspaceId: string, batch: RetagBatch): Promise<{ id: number; mention: RetaggedMention }[]> {
  if (batch.found.size === 0) return [];
  const rows = await tx
    .select({
      id: mentions.id,
      topicIds: mentions.topicIds,
      publishedAt: mentions.publishedAt,
      channel: mentions.channel,
      language: mentions.language,
      author: mentions.author,
      reach: mentions.reach,
      sentiment: effectiveSentiment,
    })
    .from(mentions)
    .where(and(eq(mentions.workspaceId, workspaceId), inArray(mentions.id, [...batch.found.keys()])))
    .orderBy(asc(mentions.id))
    .for('update');
  return rows.flatMap((row) => {
    const next = batch.found.get(row.id);
    if (!next || sameTopics(row.topicIds, next.topicIds)) return [];
    const mention: RetaggedMention = {
      before: row.topicIds,
      topicIds: next.topicIds,
      words: next.words,
      hashtags: next.hashtags,
      day: batch.dayOf(row.publishedAt.getTime()),
      channel: row.channel,
      language: row.language,
      sentiment: row.sentiment as SentimentLabel,
      reach: row.reach,
      author: row.author,
    };
    return [{ id: row.id, mention }];
  });
}

/** Stores the batch; false (nothing written) when the run was superseded or its workspace is gone. */
export async function storeRetagBatch(db: Db, run: { workspaceId: string; runGeneration: number }, batch: RetagBatch): Promise<boolean> {
  return db.transaction(async (tx) => {
    const where = eq(runs.workspaceId, run.workspaceId);
    const [state] = await tx.select({ generation: runs.generation, runGeneration: runs.runGeneration }).from(runs).where(where).for('update');
    if (!state || state.generation !== run.runGeneration || state.runGeneration !== run.runGeneration) return false;
    const changes = await lockedChanges(tx, run.workspaceId, batch);
    const deltas = retagDeltas(
      changes.map((c) => c.mention),
      batch.live,
    );
    await updateTopicIds(
      tx,
      run.workspaceId,
      changes.map((c) => ({ id: c.id, topicIds: c.mention.topicIds })),
    );
    await applyRetagDeltas(tx, run.workspaceId, deltas);
    // Days are YYYY-MM-DD, so the array literal needs no quoting.
    const termDays = deltas.termDays.length > 0 ? sql`array(select distinct d from unnest(${runs.termDays} || ${`{${deltas.termDays.join(',')}}`}::date[]) as d order by d)` : undefined;
    await tx
      .update(runs)
      .set({ processed: sql`${runs.processed} + ${batch.walked}`, lastId: batch.lastId, changed: sql`${runs.changed} + ${changes.length}`, ...(termDays ? { termDays } : {}) })
      .where(where);
    return true;
  });
}
