import { setImmediate as nextTurn } from 'node:timers/promises';
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { MentionSource } from '../../../shared/listening/topic-query.schemas.ts';
import type { Db } from '../../db/database.ts';
import { listeningRetagRuns, mentions, workspaces } from '../../db/schema/index.ts';
import type { AppDeps } from '../../http/request-context.ts';
import { dayIn } from './listening-days.domain.ts';
import { type AnalysisContext, compileAnalysis, storedMentionTopics } from './mention-analysis.domain.ts';
import { loadWorkspaceAnalysis } from './mention-ingest-config.service.ts';
import { type FoundTopics, storeRetagBatch } from './retag-batch.service.ts';
import { sameTopics } from './retag.domain.ts';
import { closedDays, compactTermRollups, vacuumRollups } from './term-compaction.service.ts';

/*
 * The `listening.retag` job: walks a workspace's stored mentions by id, RETAG_BATCH at a time,
 * matches each against the current topics with ingest's own analysis, and stores the batches
 * whose topics changed (retag-batch.service.ts), one transaction each. Progress is kept in
 * listening_retag_runs after every batch, so a run that died resumes after the last stored
 * batch. A topic change meanwhile bumps the generation: the run then starts over from the first
 * mention with the new topics (batches already stored were right for the old ones only).
 */

export const RETAG_BATCH = 2_000;
const VACUUM_AFTER_CHANGES = 50_000;
export const retagJobSchema = z.object({ workspaceId: z.uuid() });

const runs = listeningRetagRuns;
type RunRow = typeof runs.$inferSelect;
type Deps = Pick<AppDeps, 'db' | 'now'>;
export type RetagOptions = {
  batchSize?: number;
  /** After each stored batch (tests change topics or fail here). */
  afterBatch?: (stored: { lastId: number }) => Promise<void> | void;
};

/** The run to do: the current generation's, resumed if it had started; null when there is none. */
async function begin(deps: Deps, workspaceId: string): Promise<RunRow | null> {
  return deps.db.transaction(async (tx) => {
    const [row] = await tx.select().from(runs).where(eq(runs.workspaceId, workspaceId)).for('update');
    if (!row) return null;
    const current = row.runGeneration === row.generation;
    if (current && row.status === 'done') return null;
    const where = eq(runs.workspaceId, workspaceId);
    if (current && row.startedAt && (row.status === 'running' || row.status === 'failed')) {
      const [resumed] = await tx.update(runs).set({ status: 'running', error: null, finishedAt: null }).where(where).returning();
      return resumed ?? null;
    }
    const [count] = await tx.select({ n: sql<number>`count(*)::int` }).from(mentions).where(eq(mentions.workspaceId, workspaceId));
    // termDays stays: days a superseded run filled still need trimming when this one ends.
    const fresh = { runGeneration: row.generation, status: 'running', processed: 0, total: count?.n ?? 0, changed: 0, lastId: 0, startedAt: deps.now(), finishedAt: null, error: null };
    const [started] = await tx.update(runs).set(fresh).where(where).returning();
    return started ?? null;
  });
}

const ROWS_PER_TURN = 250;

/** The mentions of one batch whose topics differ from the ones they are tagged with, with their words. */
async function changedIn(ctx: AnalysisContext, rows: readonly { id: number; text: string; language: string; sourceKind: string; topicIds: string[] }[]): Promise<Map<number, FoundTopics>> {
  const found = new Map<number, FoundTopics>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const next = storedMentionTopics(ctx, { text: row.text, language: row.language, source: row.sourceKind as MentionSource });
    if (!sameTopics(row.topicIds, next.topicIds)) found.set(row.id, { topicIds: next.topicIds, ...next.terms() });
    if ((i + 1) % ROWS_PER_TURN === 0) await nextTurn();
  }
  return found;
}

async function walk(db: Db, run: RunRow, options: RetagOptions): Promise<'done' | 'superseded'> {
  const { config } = await loadWorkspaceAnalysis(db, run.workspaceId);
  const ctx = compileAnalysis(config);
  const live = new Set(config.topics.map((topic) => topic.id));
  let lastId = run.lastId;
  for (;;) {
    const rows = await db
      .select({ id: mentions.id, text: mentions.text, language: mentions.language, sourceKind: mentions.sourceKind, topicIds: mentions.topicIds })
      .from(mentions)
      .where(and(eq(mentions.workspaceId, run.workspaceId), gt(mentions.id, lastId)))
      .orderBy(asc(mentions.id))
      .limit(options.batchSize ?? RETAG_BATCH);
    if (rows.length === 0) return 'done';
    lastId = rows.at(-1)!.id;
    const stored = await storeRetagBatch(db, run, { found: await changedIn(ctx, rows), live, dayOf: ctx.dayOf, walked: rows.length, lastId });
    if (!stored) return 'superseded';
    await options.afterBatch?.({ lastId });
    // The embedded database answers on this thread without ever yielding: let requests in between batches.
    await nextTurn();
  }
}

/** Trims the past days the run added term rows to, then says done unless a newer change came. */
async function finish(deps: Deps, run: RunRow): Promise<boolean> {
  const [state] = await deps.db.select({ termDays: runs.termDays, timeZone: workspaces.timezone }).from(runs).innerJoin(workspaces, eq(workspaces.id, runs.workspaceId)).where(eq(runs.workspaceId, run.workspaceId));
  if (!state) return true;
  const today = dayIn(state.timeZone, deps.now());
  await compactTermRollups(deps.db, { workspaceId: run.workspaceId, days: closedDays(state.termDays, today), today });
  const done = await deps.db.transaction(async (tx) => {
    const [row] = await tx.select().from(runs).where(eq(runs.workspaceId, run.workspaceId)).for('update');
    if (!row || row.generation !== run.runGeneration) return null;
    await tx.update(runs).set({ status: 'done', finishedAt: deps.now(), termDays: [] }).where(eq(runs.workspaceId, run.workspaceId));
    return row;
  });
  if (done && done.changed >= VACUUM_AFTER_CHANGES) await vacuumRollups(deps.db);
  return done !== null;
}

/** Re-tags until the workspace's mentions match its latest topics; a failure is recorded, then thrown for the queue to retry. */
export async function runRetag(deps: Deps, workspaceId: string, options: RetagOptions = {}): Promise<{ runs: number }> {
  let count = 0;
  for (;;) {
    const run = await begin(deps, workspaceId);
    if (!run) return { runs: count };
    count++;
    try {
      if ((await walk(deps.db, run, options)) === 'done' && (await finish(deps, run))) return { runs: count };
    } catch (error) {
      const message = `Re-tagging stopped: ${(error as Error).message}`;
      await deps.db.update(runs).set({ status: 'failed', error: message, finishedAt: deps.now() }).where(and(eq(runs.workspaceId, workspaceId), eq(runs.runGeneration, run.runGeneration)));
      throw error;
    }
  }
}

export async function runRetagJob(deps: AppDeps, data: Record<string, unknown>): Promise<{ runs: number }> {
  return runRetag(deps, retagJobSchema.parse(data).workspaceId);
}
