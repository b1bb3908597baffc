import { eq, sql } from 'drizzle-orm';
import type { RetagStatus } from '../../../shared/api/listening.schemas.ts';
import type { Db } from '../../db/database.ts';
import { listeningRetagRuns } from '../../db/schema/index.ts';
import { type RequestContext, requireWorkspace } from '../../http/request-context.ts';
import type { Jobs } from '../../jobs/jobs.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { rowsOf } from './mention-store.service.ts';

/*
 * Asking for a re-tag of a workspace's stored mentions (the `listening.retag` job, see
 * retag-run.service.ts) and telling how far it got. A topic change marks the workspace due in its
 * own transaction and sends the job once that has committed; the queue keeps one job waiting and
 * one running per workspace, and the generation tells a running job that it has to start over.
 */

const runs = listeningRetagRuns;

/**
 * Marks the workspace's mentions as due for re-tagging; false when it has none. Called before the
 * topic change writes rollups: a running batch holds this row while it writes them, so the change
 * waits for the batch instead of the two locking rollup rows in opposite order.
 */
export async function markRetagDue(tx: Db, workspaceId: string, now: Date): Promise<boolean> {
  const [found] = rowsOf<{ has: boolean }>(await tx.execute(sql`select exists (select 1 from mentions where workspace_id = ${workspaceId}::uuid) as has`));
  if (!found?.has) return false;
  const running = sql`${runs.status} = 'running'`;
  await tx
    .insert(runs)
    .values({ workspaceId, generation: 1, status: 'queued', queuedAt: now })
    .onConflictDoUpdate({
      target: runs.workspaceId,
      set: {
        generation: sql`${runs.generation} + 1`,
        status: sql`case when ${running} then 'running' else 'queued' end`,
        error: sql`case when ${running} then ${runs.error} end`,
        queuedAt: now,
      },
    });
  return true;
}

/** After the change committed: one waiting job per workspace is enough, it reads the latest topics. */
export async function sendRetag(jobs: Jobs, workspaceId: string): Promise<void> {
  await jobs.send('listening.retag', { workspaceId }, { singletonKey: workspaceId });
}

export async function readRetagStatus(db: Db, workspaceId: string): Promise<RetagStatus> {
  const [row] = await db.select().from(runs).where(eq(runs.workspaceId, workspaceId));
  if (!row) return { status: 'idle', processed: 0, total: 0, changed: 0, startedAt: null, finishedAt: null, error: null };
  const queued = row.status === 'queued';
  return {
    status: row.status as RetagStatus['status'],
    processed: queued ? 0 : row.processed,
    total: queued ? 0 : row.total,
    changed: queued ? 0 : row.changed,
    startedAt: queued ? null : (row.startedAt?.toISOString() ?? null),
    finishedAt: queued ? null : (row.finishedAt?.toISOString() ?? null),
    error: row.error,
  };
}

export async function getRetagStatus(ctx: RequestContext): Promise<RetagStatus> {
  return readRetagStatus(ctx.db, requireWorkspace(ctx).id);
}

/**
 * Re-tag on request: after a failed run, or for mentions stored before this job existed (their
 * topics were only ever matched when they came in).
 */
export async function requestRetag(ctx: RequestContext): Promise<RetagStatus> {
  const access = requireWorkspace(ctx);
  const due = await ctx.db.transaction(async (tx) => {
    if (!(await markRetagDue(tx, access.id, ctx.now()))) return false;
    await recordAudit(tx, ctx, { organizationId: access.organizationId, workspaceId: access.id, action: 'listening.retag_requested', targetType: 'workspace', targetId: access.id });
    return true;
  });
  if (due) await sendRetag(ctx.jobs, access.id);
  return readRetagStatus(ctx.db, access.id);
}
