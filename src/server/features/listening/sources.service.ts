import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Source, SourceConfig, sourceInputSchema } from '../../../shared/api/listening.schemas.ts';
import { CONNECTORS } from '../../connectors/connectors.ts';
import type { Db } from '../../db/database.ts';
import { listeningSources, mentions } from '../../db/schema/index.ts';
import { type RequestContext, requireWorkspace } from '../../http/request-context.ts';
import { AppError } from '../../lib/app-error.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { assertSourceAddressesAllowed } from './source-address.service.ts';
import { configProblems, normaliseConfig } from './source-config.domain.ts';
import { planSourceChange } from './sources.domain.ts';

type SourceInput = z.output<typeof sourceInputSchema>;
type SourceRow = typeof listeningSources.$inferSelect;

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export const presentSource = (row: SourceRow, mentionCount: number): Source => ({
  id: row.id,
  kind: row.kind as Source['kind'],
  name: row.name,
  config: row.config as Record<string, unknown>,
  hasSecret: row.sealedSecret !== null,
  enabled: row.enabled,
  pollMinutes: row.pollMinutes,
  status: row.status as Source['status'],
  lastError: row.lastError,
  lastErrorCode: row.lastErrorCode as Source['lastErrorCode'],
  consecutiveFailures: row.consecutiveFailures,
  lastPolledAt: iso(row.lastPolledAt),
  nextPollAt: iso(row.nextPollAt),
  lastReceivedAt: iso(row.lastReceivedAt),
  mentions: mentionCount,
  createdAt: row.createdAt.toISOString(),
});

/** Mentions per source in one grouped query (the partial index on mentions.source_id serves it). */
async function mentionCounts(db: Db, workspaceId: string, sourceIds: string[]): Promise<Map<string, number>> {
  if (sourceIds.length === 0) return new Map();
  const rows = await db
    .select({ sourceId: mentions.sourceId, count: sql<number>`count(*)::int` })
    .from(mentions)
    .where(and(eq(mentions.workspaceId, workspaceId), inArray(mentions.sourceId, sourceIds)))
    .groupBy(mentions.sourceId);
  return new Map(rows.map((r) => [r.sourceId ?? '', r.count]));
}

async function presentOne(db: Db, row: SourceRow): Promise<Source> {
  return presentSource(row, (await mentionCounts(db, row.workspaceId, [row.id])).get(row.id) ?? 0);
}

export async function listSources(ctx: RequestContext): Promise<{ sources: Source[] }> {
  const access = requireWorkspace(ctx);
  const rows = await ctx.db.select().from(listeningSources).where(eq(listeningSources.workspaceId, access.id)).orderBy(sql`lower(${listeningSources.name})`, asc(listeningSources.id));
  const counts = await mentionCounts(ctx.db, access.id, rows.map((r) => r.id));
  return { sources: rows.map((row) => presentSource(row, counts.get(row.id) ?? 0)) };
}

function assertConfig(config: SourceConfig, hasSecret: boolean): void {
  const details = configProblems(config, hasSecret, CONNECTORS[config.kind].capabilities.authRequiredFor);
  if (details.length === 0) return;
  throw new AppError('validation_failed', details.map((d) => `${d.path}: ${d.message}`).join('; '), { details });
}

/** Wakes the poller so a new or changed source does not wait for the next minute's round. */
async function pollSoon(ctx: RequestContext): Promise<void> {
  await ctx.jobs.send('listening.poll-due');
}

export async function createSource(ctx: RequestContext, input: SourceInput): Promise<Source> {
  const access = requireWorkspace(ctx);
  const config = normaliseConfig(input.config);
  assertConfig(config, input.secret !== null);
  await assertSourceAddressesAllowed(config, ctx.config.allowPrivateSourceUrls);
  const row = await ctx.db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(listeningSources)
      .values({
        workspaceId: access.id,
        kind: config.kind,
        name: input.name,
        config,
        sealedSecret: input.secret === null ? null : ctx.secrets.seal(input.secret),
        enabled: input.enabled,
        pollMinutes: input.pollMinutes,
        nextPollAt: ctx.now(),
        createdAt: ctx.now(),
        createdBy: ctx.user?.id ?? null,
      })
      .returning();
    if (!inserted) throw new Error('source insert returned no row');
    await recordAudit(tx, ctx, {
      organizationId: access.organizationId,
      workspaceId: access.id,
      action: 'listening.source_created',
      targetType: 'listening_source',
      targetId: inserted.id,
      changes: { name: inserted.name, config, pollMinutes: inserted.pollMinutes, enabled: inserted.enabled, hasSecret: inserted.sealedSecret !== null },
    });
    return inserted;
  });
  if (row.enabled) await pollSoon(ctx);
  return presentSource(row, 0);
}

const sourceWhere = (workspaceId: string, sourceId: string) => and(eq(listeningSources.id, sourceId), eq(listeningSources.workspaceId, workspaceId));

/**
 * A `webhook` source belongs to its workspace token: made with it, paused when it is revoked. It has
 * no address or schedule to change and is never polled; it may be deleted once its token is revoked.
 */
function assertNotTokenManaged(row: SourceRow, action: 'change' | 'poll' | 'delete'): void {
  if (row.kind !== 'webhook' || (action === 'delete' && !row.enabled)) return;
  const why =
    action === 'change' ? 'it has no address or schedule to change'
    : action === 'poll' ? 'it is not polled: its mentions arrive when another tool posts them'
    : 'revoke the token first to delete it';
  throw new AppError('source_managed_by_token', `"${row.name}" is the source of a workspace token; ${why}.`);
}

export async function updateSource(ctx: RequestContext, sourceId: string, input: SourceInput): Promise<Source> {
  const access = requireWorkspace(ctx);
  const config = normaliseConfig(input.config);
  // The address check may wait on DNS: done before the row is locked.
  await assertSourceAddressesAllowed(config, ctx.config.allowPrivateSourceUrls);
  const { row, wake } = await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(listeningSources).where(sourceWhere(access.id, sourceId)).for('update');
    if (!before) throw new AppError('not_found', 'Source not found');
    assertNotTokenManaged(before, 'change');
    if (before.kind !== config.kind) {
      const message = `a ${before.kind} source cannot become a ${config.kind} source; add a new source instead`;
      throw new AppError('validation_failed', `body.config.kind: ${message}`, { details: [{ path: 'body.config.kind', message }] });
    }
    const plan = planSourceChange({ ...before, hasSecret: before.sealedSecret !== null }, { config, secretGiven: input.secret !== null, enabled: input.enabled, pollMinutes: input.pollMinutes }, ctx.now());
    assertConfig(config, plan.secret === 'replace' || plan.secret === 'keep');
    const sealedSecret = input.secret !== null ? ctx.secrets.seal(input.secret) : plan.secret === 'keep' ? before.sealedSecret : null;
    const restart = plan.restart
      ? { status: 'idle', lastError: null, lastErrorCode: null, consecutiveFailures: 0, cursor: null, claimedUntil: null }
      : {};
    const [updated] = await tx
      .update(listeningSources)
      .set({ name: input.name, config, sealedSecret, enabled: input.enabled, pollMinutes: input.pollMinutes, nextPollAt: plan.nextPollAt, ...restart })
      .where(sourceWhere(access.id, sourceId))
      .returning();
    if (!updated) throw new Error('source update returned no row');
    const changes: Record<string, unknown> = {};
    for (const key of ['name', 'config', 'enabled', 'pollMinutes'] as const) {
      if (JSON.stringify(before[key]) !== JSON.stringify(updated[key])) changes[key] = { from: before[key], to: updated[key] };
    }
    // Never the secret itself: only what happened to it.
    if (plan.secret === 'replace' || plan.secret === 'drop') changes.secret = plan.secret === 'replace' ? 'replaced' : 'removed (the source points elsewhere now)';
    if (Object.keys(changes).length > 0) {
      await recordAudit(tx, ctx, { organizationId: access.organizationId, workspaceId: access.id, action: 'listening.source_updated', targetType: 'listening_source', targetId: updated.id, changes });
    }
    return { row: updated, wake: updated.enabled && plan.nextPollAt !== null && plan.nextPollAt <= ctx.now() };
  });
  if (wake) await pollSoon(ctx);
  return presentOne(ctx.db, row);
}

/** Mentions read from the source stay; their source_id becomes null (the foreign key says so). */
export async function deleteSource(ctx: RequestContext, sourceId: string): Promise<void> {
  const access = requireWorkspace(ctx);
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(listeningSources).where(sourceWhere(access.id, sourceId)).for('update');
    if (!before) throw new AppError('not_found', 'Source not found');
    assertNotTokenManaged(before, 'delete');
    const [row] = await tx.delete(listeningSources).where(sourceWhere(access.id, sourceId)).returning();
    if (!row) throw new AppError('not_found', 'Source not found');
    await recordAudit(tx, ctx, {
      organizationId: access.organizationId,
      workspaceId: access.id,
      action: 'listening.source_deleted',
      targetType: 'listening_source',
      targetId: row.id,
      changes: { name: row.name, kind: row.kind, config: row.config },
    });
  });
}

/** Makes the source due now and wakes the poller; a poll already running is left to finish. */
export async function requestPoll(ctx: RequestContext, sourceId: string): Promise<Source> {
  const access = requireWorkspace(ctx);
  const row = await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(listeningSources).where(sourceWhere(access.id, sourceId)).for('update');
    if (!before) throw new AppError('not_found', 'Source not found');
    assertNotTokenManaged(before, 'poll');
    if (!before.enabled) throw new AppError('source_disabled', `"${before.name}" is paused; switch it on to poll it.`);
    const now = ctx.now();
    const due = before.nextPollAt !== null && before.nextPollAt <= now ? before.nextPollAt : now;
    const [updated] = await tx.update(listeningSources).set({ nextPollAt: due }).where(sourceWhere(access.id, sourceId)).returning();
    await recordAudit(tx, ctx, { organizationId: access.organizationId, workspaceId: access.id, action: 'listening.source_poll_requested', targetType: 'listening_source', targetId: before.id });
    return updated ?? before;
  });
  await pollSoon(ctx);
  return presentOne(ctx.db, row);
}
