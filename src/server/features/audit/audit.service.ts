import { and, desc, eq, lt } from 'drizzle-orm';
import type { AuditAction } from '../../../shared/api/audit-actions.ts';
import type { AuditEvent } from '../../../shared/api/workspace.schemas.ts';
import type { Db } from '../../db/database.ts';
import { auditEvents } from '../../db/schema/index.ts';
import type { RequestContext } from '../../http/request-context.ts';
import { csvLine } from './audit.domain.ts';

export type AuditEntry = {
  organizationId: string | null;
  workspaceId: string | null;
  action: AuditAction;
  targetType: string;
  targetId?: string | null;
  changes?: Record<string, unknown>;
};

type Actor = Pick<RequestContext, 'ip' | 'userAgent' | 'user'>;

/**
 * The one way features write to the audit trail. Pass the transaction that made the change so
 * the entry and the change land (or roll back) together.
 */
export async function recordAudit(db: Db, actor: Actor, entry: AuditEntry): Promise<void> {
  await db.insert(auditEvents).values({
    organizationId: entry.organizationId,
    workspaceId: entry.workspaceId,
    actorUserId: actor.user?.id ?? null,
    actorName: actor.user?.name ?? null,
    actorEmail: actor.user?.email ?? null,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId ?? null,
    changes: entry.changes ?? {},
    ip: actor.ip,
    userAgent: actor.userAgent,
  });
}

function present(row: typeof auditEvents.$inferSelect): AuditEvent {
  return {
    id: String(row.id),
    createdAt: row.createdAt.toISOString(),
    actorName: row.actorName,
    actorEmail: row.actorEmail,
    action: row.action as AuditAction,
    targetType: row.targetType,
    targetId: row.targetId,
    changes: (row.changes ?? {}) as Record<string, unknown>,
    ip: row.ip,
    userAgent: row.userAgent,
  };
}

export async function listAudit(
  ctx: RequestContext,
  input: { workspaceId: string; limit: number; before?: string | undefined },
): Promise<{ events: AuditEvent[]; nextBefore: string | null }> {
  const where = input.before
    ? and(eq(auditEvents.workspaceId, input.workspaceId), lt(auditEvents.id, Number(input.before)))
    : eq(auditEvents.workspaceId, input.workspaceId);
  const rows = await ctx.db
    .select()
    .from(auditEvents)
    .where(where)
    .orderBy(desc(auditEvents.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return { events: page.map(present), nextBefore: rows.length > input.limit && last ? String(last.id) : null };
}

export const AUDIT_CSV_HEADER = ['time', 'actor_name', 'actor_email', 'action', 'target_type', 'target_id', 'changes', 'ip', 'user_agent'];

/** Streams the whole trail page by page so a long history never sits in memory at once. */
export async function* auditCsv(ctx: RequestContext, workspaceId: string): AsyncGenerator<string> {
  yield `\uFEFF${csvLine(AUDIT_CSV_HEADER)}`; // BOM: Excel then opens Thai and Chinese as UTF-8.
  let before: string | undefined;
  for (;;) {
    const { events, nextBefore } = await listAudit(ctx, { workspaceId, limit: 500, before });
    for (const e of events) {
      yield csvLine([e.createdAt, e.actorName, e.actorEmail, e.action, e.targetType, e.targetId, e.changes, e.ip, e.userAgent]);
    }
    if (!nextBefore) return;
    before = nextBefore;
  }
}
