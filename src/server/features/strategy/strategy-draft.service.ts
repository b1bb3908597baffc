import { eq } from 'drizzle-orm';
import type { AuditAction } from '../../../shared/api/audit-actions.ts';
import type { StrategyState } from '../../../shared/api/strategy.schemas.ts';
import type { BusinessFunction } from '../../../shared/roles.ts';
import type { CheckFacts } from '../../../shared/strategy/strategy-check.schemas.ts';
import { checkStrategy } from '../../../shared/strategy/strategy-check.domain.ts';
import { completeness } from '../../../shared/strategy/strategy-completeness.domain.ts';
import { emptyStrategy, type Strategy, strategySchema } from '../../../shared/strategy/strategy.schemas.ts';
import type { Db } from '../../db/database.ts';
import { strategies, users, workspaceMembers, workspaces } from '../../db/schema/index.ts';
import { type RequestContext, requireUser, requireWorkspace } from '../../http/request-context.ts';
import { AppError } from '../../lib/app-error.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { auditChanges, defaultCurrency, todayIn } from './strategy.domain.ts';
import { diffStrategies } from './strategy-diff.domain.ts';

export type Draft = { document: Strategy; revision: number; updatedAt: Date | null; updatedBy: { id: string; name: string } | null };
type Settings = { name: string; timezone: string; fiscalYearStartMonth: number };

export async function workspaceSettings(db: Db, workspaceId: string): Promise<Settings> {
  const [row] = await db
    .select({ name: workspaces.name, timezone: workspaces.timezone, fiscalYearStartMonth: workspaces.fiscalYearStartMonth })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId));
  if (!row) throw new AppError('not_found', 'Workspace not found');
  return row;
}

/** jsonb keeps keys in its own order; parsing puts them back in the schema's, so exports read well. */
export const storedDocument = (json: unknown): Strategy => strategySchema.parse(json);

/** The draft as stored; a workspace that never saved one has the empty strategy at revision 0. */
export async function readDraft(db: Db, workspaceId: string, settings: Settings): Promise<Draft> {
  const [row] = await db
    .select({ s: strategies, name: users.name })
    .from(strategies)
    .leftJoin(users, eq(users.id, strategies.updatedBy))
    .where(eq(strategies.workspaceId, workspaceId));
  if (!row || row.s.revision === 0) return { document: emptyStrategy(defaultCurrency(settings.timezone)), revision: 0, updatedAt: null, updatedBy: null };
  const updatedBy = row.s.updatedBy && row.name !== null ? { id: row.s.updatedBy, name: row.name } : null;
  return { document: storedDocument(row.s.document), revision: row.s.revision, updatedAt: row.s.updatedAt, updatedBy };
}

/** Locks the draft row for the rest of the transaction and returns what it holds. */
export async function lockDraft(tx: Db, workspaceId: string, settings: Settings): Promise<{ document: Strategy; revision: number }> {
  // A first write has no row to lock yet: create the empty one, so concurrent first writes queue on it too.
  await tx.insert(strategies).values({ workspaceId, document: emptyStrategy(defaultCurrency(settings.timezone)), revision: 0 }).onConflictDoNothing();
  const [row] = await tx.select().from(strategies).where(eq(strategies.workspaceId, workspaceId)).for('update');
  if (!row) throw new Error('strategy row vanished inside its transaction');
  // Revision 0 is the empty strategy the client was shown, in the currency of today's settings.
  const document = row.revision === 0 ? emptyStrategy(defaultCurrency(settings.timezone)) : storedDocument(row.document);
  return { document, revision: row.revision };
}

export function assertRevision(current: number, sent: number): void {
  if (current === sent) return;
  throw new AppError('stale_revision', `The strategy was changed meanwhile: it is at revision ${current}, this change was made on revision ${sent}. Reload and apply the change again.`, {
    currentRevision: current,
    details: [{ path: 'body.revision', message: `the current revision is ${current}` }],
  });
}

export async function checkFacts(db: Db, workspaceId: string, settings: Settings, now: Date): Promise<CheckFacts> {
  const members = await db
    .select({ userId: workspaceMembers.userId, businessFunction: workspaceMembers.businessFunction })
    .from(workspaceMembers)
    .where(eq(workspaceMembers.workspaceId, workspaceId));
  return {
    members: members.map((m) => ({ userId: m.userId, businessFunction: m.businessFunction as BusinessFunction })),
    today: todayIn(settings.timezone, now),
    fiscalYearStartMonth: settings.fiscalYearStartMonth,
  };
}

/** The draft with the method check and the completeness score, as the builder shows it. */
export async function loadState(ctx: RequestContext): Promise<StrategyState> {
  const workspaceId = requireWorkspace(ctx).id;
  const settings = await workspaceSettings(ctx.db, workspaceId);
  const draft = await readDraft(ctx.db, workspaceId, settings);
  const facts = await checkFacts(ctx.db, workspaceId, settings, ctx.now());
  return {
    document: draft.document,
    revision: draft.revision,
    updatedAt: draft.updatedAt?.toISOString() ?? null,
    updatedBy: draft.updatedBy,
    findings: checkStrategy(draft.document, facts),
    completeness: completeness(draft.document, facts),
  };
}

export type Mutation<R> = {
  document: Strategy;
  action: AuditAction;
  targetType: string;
  targetId?: string | null;
  /** Said in the audit entry besides the changed fields (the section, the file format, …). */
  note?: Record<string, unknown>;
  result: R;
};

/**
 * The one way the draft changes: lock, refuse a stale revision, apply, bump the revision and
 * write the audit entry with the changed fields, all in one transaction. A change that changes
 * nothing is not saved and does not move the revision.
 */
export async function mutateDraft<R>(ctx: RequestContext, sentRevision: number, mutate: (current: Strategy) => Mutation<R>): Promise<R> {
  const access = requireWorkspace(ctx);
  const user = requireUser(ctx);
  const settings = await workspaceSettings(ctx.db, access.id);
  return ctx.db.transaction(async (tx) => {
    const current = await lockDraft(tx, access.id, settings);
    assertRevision(current.revision, sentRevision);
    const m = mutate(current.document);
    const changes = diffStrategies(current.document, m.document);
    if (changes.length === 0) return m.result;
    const revision = current.revision + 1;
    await tx.update(strategies).set({ document: m.document, revision, updatedAt: ctx.now(), updatedBy: user.id }).where(eq(strategies.workspaceId, access.id));
    await recordAudit(tx, ctx, {
      organizationId: access.organizationId,
      workspaceId: access.id,
      action: m.action,
      targetType: m.targetType,
      targetId: m.targetId ?? null,
      changes: { ...m.note, ...auditChanges(current.revision, revision, changes) },
    });
    return m.result;
  });
}
