import { and, asc, eq } from 'drizzle-orm';
import type { CreateWorkspaceInput, Member, Team, UpdateMemberInput, UpdateWorkspaceInput, Workspace } from '../../../shared/api/workspace.schemas.ts';
import type { Locale } from '../../../shared/locales.ts';
import type { BusinessFunction, WorkspaceRole } from '../../../shared/roles.ts';
import type { Db } from '../../db/database.ts';
import { organizationMembers, organizations, users, workspaceMembers, workspaces } from '../../db/schema/index.ts';
import { type AppDeps, type RequestContext, requireUser, requireWorkspace, type WorkspaceAccess } from '../../http/request-context.ts';
import { AppError } from '../../lib/app-error.ts';
import { diffFields } from '../audit/audit.domain.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { logoUpdatedAt } from '../workspace-logo/workspace-logo.service.ts';
import { canRemoveMember, canUpdateMember, functionCoverage, type MemberFacts, type Verdict } from './workspaces.domain.ts';

export async function findMembership(deps: Pick<AppDeps, 'db'>, workspaceId: string, userId: string): Promise<WorkspaceAccess | null> {
  const [row] = await deps.db
    .select({ id: workspaces.id, organizationId: workspaces.organizationId, role: workspaceMembers.role, fn: workspaceMembers.businessFunction })
    .from(workspaceMembers)
    .innerJoin(workspaces, eq(workspaces.id, workspaceMembers.workspaceId))
    .where(and(eq(workspaceMembers.workspaceId, workspaceId), eq(workspaceMembers.userId, userId)))
    .limit(1);
  return row ? { id: row.id, organizationId: row.organizationId, role: row.role as WorkspaceRole, businessFunction: row.fn as BusinessFunction } : null;
}

/** Creating workspaces is for organisation owners and admins; others do not learn the organisation exists. */
export async function requireOrganizationAdmin(ctx: RequestContext, organizationId: string): Promise<void> {
  const [row] = await ctx.db
    .select({ role: organizationMembers.role })
    .from(organizationMembers)
    .where(and(eq(organizationMembers.organizationId, organizationId), eq(organizationMembers.userId, requireUser(ctx).id)));
  if (!row) throw new AppError('not_found', 'Organisation not found');
  if (row.role !== 'owner' && row.role !== 'admin') throw new AppError('forbidden', 'Only organisation owners and admins create workspaces');
}

export async function loadWorkspace(db: Db, workspaceId: string, myRole: WorkspaceRole): Promise<Workspace> {
  const [row] = await db
    .select({ w: workspaces, orgName: organizations.name })
    .from(workspaces)
    .innerJoin(organizations, eq(organizations.id, workspaces.organizationId))
    .where(eq(workspaces.id, workspaceId));
  if (!row) throw new AppError('not_found', 'Workspace not found');
  const { w } = row;
  return {
    id: w.id,
    organizationId: w.organizationId,
    organizationName: row.orgName,
    name: w.name,
    description: w.description,
    defaultLocale: w.defaultLocale as Locale,
    timezone: w.timezone,
    fiscalYearStartMonth: w.fiscalYearStartMonth,
    isDemo: w.isDemo,
    createdAt: w.createdAt.toISOString(),
    myRole,
    logoUpdatedAt: await logoUpdatedAt(db, workspaceId),
  };
}

export async function createWorkspace(
  ctx: RequestContext,
  input: Required<CreateWorkspaceInput> & { isDemo?: boolean; creatorFunction?: BusinessFunction },
): Promise<Workspace> {
  await requireOrganizationAdmin(ctx, input.organizationId);
  const user = requireUser(ctx);
  const id = await ctx.db.transaction(async (tx) => {
    const { creatorFunction, ...values } = input;
    const [row] = await tx.insert(workspaces).values(values).returning({ id: workspaces.id });
    if (!row) throw new Error('insert returned no row');
    await tx.insert(workspaceMembers).values({ workspaceId: row.id, userId: user.id, role: 'owner', businessFunction: creatorFunction ?? 'marketing' });
    await recordAudit(tx, ctx, {
      organizationId: input.organizationId,
      workspaceId: row.id,
      action: 'workspace.created',
      targetType: 'workspace',
      targetId: row.id,
      changes: { name: input.name, isDemo: input.isDemo ?? false },
    });
    return row.id;
  });
  return loadWorkspace(ctx.db, id, 'owner');
}

export async function updateWorkspace(ctx: RequestContext, input: UpdateWorkspaceInput): Promise<Workspace> {
  const access = requireWorkspace(ctx);
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(workspaces).where(eq(workspaces.id, access.id)).for('update');
    if (!before) throw new AppError('not_found', 'Workspace not found');
    const changes = diffFields(before, input);
    if (Object.keys(changes).length === 0) return;
    await tx.update(workspaces).set(input).where(eq(workspaces.id, access.id));
    await recordAudit(tx, ctx, { organizationId: access.organizationId, workspaceId: access.id, action: 'workspace.updated', targetType: 'workspace', targetId: access.id, changes });
  });
  return loadWorkspace(ctx.db, access.id, access.role);
}

async function listMembers(db: Db, workspaceId: string): Promise<Member[]> {
  const rows = await db
    .select({ userId: users.id, name: users.name, email: users.email, role: workspaceMembers.role, fn: workspaceMembers.businessFunction, joinedAt: workspaceMembers.joinedAt })
    .from(workspaceMembers)
    .innerJoin(users, eq(users.id, workspaceMembers.userId))
    .where(eq(workspaceMembers.workspaceId, workspaceId))
    .orderBy(asc(users.name));
  return rows.map((r) => ({ userId: r.userId, name: r.name, email: r.email, role: r.role as WorkspaceRole, businessFunction: r.fn as BusinessFunction, joinedAt: r.joinedAt.toISOString() }));
}

export async function getTeam(ctx: RequestContext): Promise<Team> {
  const members = await listMembers(ctx.db, requireWorkspace(ctx).id);
  return { members, ...functionCoverage(members) };
}

function enforce(verdict: Verdict): void {
  if (!verdict.ok) throw new AppError(verdict.code, verdict.reason);
}

async function memberContext(db: Db, ctx: RequestContext, targetUserId: string) {
  const access = requireWorkspace(ctx);
  const members: MemberFacts[] = await listMembers(db, access.id);
  const actor = members.find((m) => m.userId === requireUser(ctx).id);
  const target = members.find((m) => m.userId === targetUserId);
  if (!actor || !target) throw new AppError('not_found', 'Member not found');
  return { access, members, actor, target };
}

export async function updateMember(ctx: RequestContext, targetUserId: string, input: UpdateMemberInput): Promise<Member> {
  await ctx.db.transaction(async (tx) => {
    const { access, members, actor, target } = await memberContext(tx, ctx, targetUserId);
    enforce(canUpdateMember(actor, target, input, members));
    const changes = diffFields(target, input);
    if (Object.keys(changes).length === 0) return;
    await tx.update(workspaceMembers).set(input).where(and(eq(workspaceMembers.workspaceId, access.id), eq(workspaceMembers.userId, targetUserId)));
    await recordAudit(tx, ctx, { organizationId: access.organizationId, workspaceId: access.id, action: 'member.updated', targetType: 'member', targetId: targetUserId, changes });
  });
  const member = (await listMembers(ctx.db, requireWorkspace(ctx).id)).find((m) => m.userId === targetUserId);
  if (!member) throw new AppError('not_found', 'Member not found');
  return member;
}

export async function removeMember(ctx: RequestContext, targetUserId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const { access, members, actor, target } = await memberContext(tx, ctx, targetUserId);
    enforce(canRemoveMember(actor, target, members));
    await tx.delete(workspaceMembers).where(and(eq(workspaceMembers.workspaceId, access.id), eq(workspaceMembers.userId, targetUserId)));
    await recordAudit(tx, ctx, {
      organizationId: access.organizationId,
      workspaceId: access.id,
      action: 'member.removed',
      targetType: 'member',
      targetId: targetUserId,
      changes: { email: (target as Member).email, role: target.role },
    });
  });
}

/** Owners only (checked by the route). The name must be typed again: deleting removes all of it. */
export async function deleteWorkspace(ctx: RequestContext, input: { confirmName: string }): Promise<void> {
  const access = requireWorkspace(ctx);
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx.select().from(workspaces).where(eq(workspaces.id, access.id)).for('update');
    if (!row) throw new AppError('not_found', 'Workspace not found');
    if (input.confirmName.trim() !== row.name) {
      throw new AppError('validation_failed', 'Type the workspace name exactly to confirm', {
        details: [{ path: 'body.confirmName', message: 'does not match the workspace name' }],
      });
    }
    // The trail outlives the workspace: the entry keeps its organisation once the workspace is gone.
    await recordAudit(tx, ctx, { organizationId: access.organizationId, workspaceId: null, action: 'workspace.deleted', targetType: 'workspace', targetId: access.id, changes: { name: row.name, isDemo: row.isDemo } });
    await tx.delete(workspaces).where(eq(workspaces.id, access.id));
  });
}
