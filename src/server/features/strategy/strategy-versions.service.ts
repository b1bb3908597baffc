import { and, desc, eq, max } from 'drizzle-orm';
import type { StrategyChange, VersionSummary } from '../../../shared/api/strategy.schemas.ts';
import type { Strategy } from '../../../shared/strategy/strategy.schemas.ts';
import type { Db } from '../../db/database.ts';
import { strategyVersions, users } from '../../db/schema/index.ts';
import { type RequestContext, requireUser, requireWorkspace } from '../../http/request-context.ts';
import { AppError } from '../../lib/app-error.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { diffStrategies } from './strategy-diff.domain.ts';
import { assertRevision, lockDraft, readDraft, storedDocument, workspaceSettings } from './strategy-draft.service.ts';

const summaryColumns = {
  number: strategyVersions.number,
  label: strategyVersions.label,
  revision: strategyVersions.revision,
  publishedAt: strategyVersions.publishedAt,
  publishedBy: strategyVersions.publishedBy,
  publisherName: users.name,
};

type SummaryRow = { number: number; label: string; revision: number; publishedAt: Date; publishedBy: string | null; publisherName: string | null };

function present(row: SummaryRow): VersionSummary {
  return {
    number: row.number,
    label: row.label,
    revision: row.revision,
    publishedAt: row.publishedAt.toISOString(),
    publishedBy: row.publishedBy && row.publisherName !== null ? { id: row.publishedBy, name: row.publisherName } : null,
  };
}

/**
 * Publishes the draft as the next version. The draft row stays locked while the number is
 * chosen, so two publishers cannot both take N+1 (the unique index would refuse it anyway).
 */
export async function publishVersion(ctx: RequestContext, input: { label: string; revision: number }): Promise<VersionSummary> {
  const access = requireWorkspace(ctx);
  const user = requireUser(ctx);
  const settings = await workspaceSettings(ctx.db, access.id);
  const number = await ctx.db.transaction(async (tx) => {
    const draft = await lockDraft(tx, access.id, settings);
    assertRevision(draft.revision, input.revision);
    const [last] = await tx.select({ n: max(strategyVersions.number) }).from(strategyVersions).where(eq(strategyVersions.workspaceId, access.id));
    const next = (last?.n ?? 0) + 1;
    await tx.insert(strategyVersions).values({ workspaceId: access.id, number: next, label: input.label, document: draft.document, revision: draft.revision, publishedAt: ctx.now(), publishedBy: user.id });
    await recordAudit(tx, ctx, {
      organizationId: access.organizationId,
      workspaceId: access.id,
      action: 'strategy.version_published',
      targetType: 'strategy_version',
      targetId: String(next),
      changes: { number: next, label: input.label, revision: draft.revision },
    });
    return next;
  });
  return (await findVersion(ctx.db, access.id, number)).summary;
}

async function findVersion(db: Db, workspaceId: string, number: number): Promise<{ summary: VersionSummary; document: Strategy }> {
  const [row] = await db
    .select({ ...summaryColumns, document: strategyVersions.document })
    .from(strategyVersions)
    .leftJoin(users, eq(users.id, strategyVersions.publishedBy))
    .where(and(eq(strategyVersions.workspaceId, workspaceId), eq(strategyVersions.number, number)));
  if (!row) throw new AppError('not_found', `Version ${number} not found`);
  return { summary: present(row), document: storedDocument(row.document) };
}

/** Newest first, without documents: the list stays small however long the history grows. */
export async function listVersions(ctx: RequestContext): Promise<{ versions: VersionSummary[] }> {
  const rows = await ctx.db
    .select(summaryColumns)
    .from(strategyVersions)
    .leftJoin(users, eq(users.id, strategyVersions.publishedBy))
    .where(eq(strategyVersions.workspaceId, requireWorkspace(ctx).id))
    .orderBy(desc(strategyVersions.number));
  return { versions: rows.map(present) };
}

export async function getVersion(ctx: RequestContext, number: number): Promise<VersionSummary & { document: Strategy }> {
  const { summary, document } = await findVersion(ctx.db, requireWorkspace(ctx).id, number);
  return { ...summary, document };
}

type Ref = number | 'current';

async function documentAt(ctx: RequestContext, ref: Ref): Promise<Strategy> {
  const workspaceId = requireWorkspace(ctx).id;
  if (ref !== 'current') return (await findVersion(ctx.db, workspaceId, ref)).document;
  return (await readDraft(ctx.db, workspaceId, await workspaceSettings(ctx.db, workspaceId))).document;
}

/** What changed from one version (or the draft) to another, field by field. */
export async function diffVersions(ctx: RequestContext, from: Ref, to: Ref): Promise<{ from: Ref; to: Ref; changes: StrategyChange[] }> {
  const [before, after] = [await documentAt(ctx, from), await documentAt(ctx, to)];
  return { from, to, changes: diffStrategies(before, after) };
}
