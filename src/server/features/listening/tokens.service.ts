import { createHash, randomUUID } from 'node:crypto';
import { and, desc, eq, isNull, lt, or } from 'drizzle-orm';
import type { z } from 'zod';
import type { createdTokenSchema, tokenSchema } from '../../../shared/api/listening.schemas.ts';
import type { Db } from '../../db/database.ts';
import { listeningSources, workspaces, workspaceTokens } from '../../db/schema/index.ts';
import { type AppDeps, type RequestContext, requireUser, requireWorkspace, type TokenAccess } from '../../http/request-context.ts';
import { AppError } from '../../lib/app-error.ts';
import { randomToken } from '../../lib/passwords.ts';
import { recordAudit } from '../audit/audit.service.ts';

type WorkspaceToken = z.infer<typeof tokenSchema>;
type CreatedToken = z.infer<typeof createdTokenSchema>;

/** The prefix lets a leaked token be recognised (and secret scanners find it). */
export const TOKEN_PREFIX = 'spw_';
const TOUCH_EVERY_MS = 60_000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const present = (row: typeof workspaceTokens.$inferSelect): WorkspaceToken => ({
  id: row.id,
  name: row.name,
  createdAt: row.createdAt.toISOString(),
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
});

/** The workspace a bearer token opens, or null when it is unknown or revoked. Only its hash is looked up. */
export async function resolveWorkspaceToken(deps: AppDeps, token: string): Promise<TokenAccess | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const hash = hashToken(token);
  const [row] = await deps.db
    .select({ id: workspaceTokens.id, workspaceId: workspaceTokens.workspaceId, organizationId: workspaces.organizationId, sourceId: workspaceTokens.sourceId })
    .from(workspaceTokens)
    .innerJoin(workspaces, eq(workspaces.id, workspaceTokens.workspaceId))
    .where(and(eq(workspaceTokens.tokenHash, hash), isNull(workspaceTokens.revokedAt)))
    .limit(1);
  if (!row) return null;
  const now = deps.now();
  // A busy integration calls many times a minute; the list only needs the minute it was last used.
  await deps.db
    .update(workspaceTokens)
    .set({ lastUsedAt: now })
    .where(and(eq(workspaceTokens.id, row.id), or(isNull(workspaceTokens.lastUsedAt), lt(workspaceTokens.lastUsedAt, new Date(now.getTime() - TOUCH_EVERY_MS)))));
  return row;
}

export async function listTokens(ctx: RequestContext): Promise<{ tokens: WorkspaceToken[] }> {
  const access = requireWorkspace(ctx);
  const rows = await ctx.db
    .select()
    .from(workspaceTokens)
    .where(and(eq(workspaceTokens.workspaceId, access.id), isNull(workspaceTokens.revokedAt)))
    .orderBy(desc(workspaceTokens.createdAt), desc(workspaceTokens.id));
  return { tokens: rows.map(present) };
}

/**
 * The source a token's mentions are stored under, so the Sources tab counts them and says which
 * tool sent them. Never polled (no next poll); it stays when the token is revoked.
 */
async function createWebhookSource(tx: Db, ctx: RequestContext, tokenId: string, name: string): Promise<string> {
  const access = requireWorkspace(ctx);
  const config = { kind: 'webhook', tokenId };
  const [source] = await tx
    .insert(listeningSources)
    .values({ workspaceId: access.id, kind: 'webhook', name, config, nextPollAt: null, createdAt: ctx.now(), createdBy: ctx.user?.id ?? null })
    .returning({ id: listeningSources.id });
  if (!source) throw new Error('source insert returned no row');
  await recordAudit(tx, ctx, {
    organizationId: access.organizationId,
    workspaceId: access.id,
    action: 'listening.source_created',
    targetType: 'listening_source',
    targetId: source.id,
    changes: { name, config },
  });
  return source.id;
}

/** The token itself is in this answer only; the database keeps its SHA-256. */
export async function createToken(ctx: RequestContext, input: { name: string }): Promise<CreatedToken> {
  const access = requireWorkspace(ctx);
  const user = requireUser(ctx);
  const token = TOKEN_PREFIX + randomToken();
  const id = randomUUID();
  return ctx.db.transaction(async (tx) => {
    const sourceId = await createWebhookSource(tx, ctx, id, input.name);
    const [row] = await tx
      .insert(workspaceTokens)
      .values({ id, workspaceId: access.id, name: input.name, tokenHash: hashToken(token), createdBy: user.id, createdAt: ctx.now(), sourceId })
      .returning();
    if (!row) throw new Error('token insert returned no row');
    await recordAudit(tx, ctx, {
      organizationId: access.organizationId,
      workspaceId: access.id,
      action: 'listening.token_created',
      targetType: 'workspace_token',
      targetId: row.id,
      changes: { name: input.name, sourceId },
    });
    return { ...present(row), token };
  });
}

/**
 * A revoked token stops working at once; the row stays so the audit trail can name it, and its
 * source stays (paused) with the mentions it brought.
 */
export async function revokeToken(ctx: RequestContext, tokenId: string): Promise<void> {
  const access = requireWorkspace(ctx);
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(workspaceTokens)
      .set({ revokedAt: ctx.now() })
      .where(and(eq(workspaceTokens.id, tokenId), eq(workspaceTokens.workspaceId, access.id), isNull(workspaceTokens.revokedAt)))
      .returning();
    if (!row) throw new AppError('not_found', 'Token not found');
    if (row.sourceId) await tx.update(listeningSources).set({ enabled: false }).where(eq(listeningSources.id, row.sourceId));
    await recordAudit(tx, ctx, {
      organizationId: access.organizationId,
      workspaceId: access.id,
      action: 'listening.token_revoked',
      targetType: 'workspace_token',
      targetId: row.id,
      changes: { name: row.name },
    });
  });
}
