import { createHash } from 'node:crypto';
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import type { AcceptInvitationInput, CreateInvitationInput, Invitation, InvitationPreview } from '../../../shared/api/workspace.schemas.ts';
import { assignableRoles, type BusinessFunction, type WorkspaceRole } from '../../../shared/roles.ts';
import { invitations, organizationMembers, organizations, users, workspaceMembers, workspaces } from '../../db/schema/index.ts';
import { type RequestContext, requireUser, requireWorkspace } from '../../http/request-context.ts';
import { AppError } from '../../lib/app-error.ts';
import { randomToken } from '../../lib/passwords.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { createAccount, findUserByEmail } from '../auth/accounts.service.ts';
import { presentUser } from '../auth/auth.service.ts';
import { findMembership } from '../workspaces/workspaces.service.ts';
import { invitationProblem, invitationStatus, invitationUrl } from './invitations.domain.ts';

/** Only this hash is stored: a leaked table does not hand out working links. */
export const hashInvitationToken = (token: string) => createHash('sha256').update(`invite:${token}`).digest('hex');
const DAY_MS = 86_400_000;

type Row = typeof invitations.$inferSelect;

function present(row: Row, invitedByName: string | null, now: Date): Invitation {
  return {
    id: row.id,
    email: row.email,
    role: row.role as WorkspaceRole,
    businessFunction: row.businessFunction as BusinessFunction,
    status: invitationStatus(row, now),
    invitedByName: invitedByName ?? '',
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
  };
}

export async function createInvitation(ctx: RequestContext, input: Required<CreateInvitationInput> & { baseUrl: string }) {
  const access = requireWorkspace(ctx);
  const user = requireUser(ctx);
  if (!assignableRoles(access.role).includes(input.role)) {
    throw new AppError('role_not_assignable', `A ${access.role} cannot invite someone as ${input.role}`, {
      details: [{ path: 'body.role', message: 'not assignable by you' }],
    });
  }
  const existing = await findUserByEmail(ctx.db, input.email);
  if (existing && (await findMembership(ctx, access.id, existing.id))) {
    throw new AppError('already_member', `${input.email} is already a member of this workspace`, {
      details: [{ path: 'body.email', message: 'already a member' }],
    });
  }
  const token = randomToken();
  const now = ctx.now();
  const row = await ctx.db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(invitations)
      .values({
        workspaceId: access.id,
        email: input.email,
        role: input.role,
        businessFunction: input.businessFunction,
        tokenHash: hashInvitationToken(token),
        invitedBy: user.id,
        createdAt: now,
        expiresAt: new Date(now.getTime() + input.expiresInDays * DAY_MS),
      })
      .returning();
    if (!inserted) throw new Error('insert returned no row');
    await recordAudit(tx, ctx, {
      organizationId: access.organizationId,
      workspaceId: access.id,
      action: 'invitation.created',
      targetType: 'invitation',
      targetId: inserted.id,
      changes: { email: input.email, role: input.role, businessFunction: input.businessFunction, expiresAt: inserted.expiresAt.toISOString() },
    });
    return inserted;
  });
  return { invitation: present(row, user.name, now), url: invitationUrl(input.baseUrl, token) };
}

export async function listInvitations(ctx: RequestContext): Promise<Invitation[]> {
  const rows = await ctx.db
    .select({ inv: invitations, inviter: users.name })
    .from(invitations)
    .leftJoin(users, eq(users.id, invitations.invitedBy))
    .where(eq(invitations.workspaceId, requireWorkspace(ctx).id))
    .orderBy(desc(invitations.createdAt));
  return rows.map((r) => present(r.inv, r.inviter, ctx.now()));
}

export async function revokeInvitation(ctx: RequestContext, invitationId: string): Promise<void> {
  const access = requireWorkspace(ctx);
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx.select().from(invitations).where(and(eq(invitations.id, invitationId), eq(invitations.workspaceId, access.id)));
    if (!row) throw new AppError('not_found', 'Invitation not found');
    if (row.acceptedAt) throw new AppError('invitation_used', 'This invitation was already accepted; remove the member instead');
    if (row.revokedAt) return;
    await tx.update(invitations).set({ revokedAt: ctx.now() }).where(eq(invitations.id, invitationId));
    await recordAudit(tx, ctx, { organizationId: access.organizationId, workspaceId: access.id, action: 'invitation.revoked', targetType: 'invitation', targetId: invitationId, changes: { email: row.email } });
  });
}

async function findByToken(ctx: RequestContext, token: string) {
  const [row] = await ctx.db
    .select({ inv: invitations, workspaceName: workspaces.name, organizationId: workspaces.organizationId, organizationName: organizations.name, inviter: users.name })
    .from(invitations)
    .innerJoin(workspaces, eq(workspaces.id, invitations.workspaceId))
    .innerJoin(organizations, eq(organizations.id, workspaces.organizationId))
    .leftJoin(users, eq(users.id, invitations.invitedBy))
    .where(eq(invitations.tokenHash, hashInvitationToken(token)));
  if (!row) throw new AppError('not_found', 'This invitation link is not valid');
  const problem = invitationProblem(invitationStatus(row.inv, ctx.now()));
  if (problem) throw new AppError(problem.code, problem.message);
  return row;
}

export async function previewInvitation(ctx: RequestContext, token: string): Promise<InvitationPreview> {
  const row = await findByToken(ctx, token);
  return {
    workspaceName: row.workspaceName,
    organizationName: row.organizationName,
    email: row.inv.email,
    role: row.inv.role as WorkspaceRole,
    businessFunction: row.inv.businessFunction as BusinessFunction,
    invitedByName: row.inviter ?? '',
    expiresAt: row.inv.expiresAt.toISOString(),
    accountExists: (await findUserByEmail(ctx.db, row.inv.email)) !== null,
  };
}

/** Returns the user who joined, and whether their account was created here (then the route signs them in). */
export async function acceptInvitation(ctx: RequestContext, token: string, input: AcceptInvitationInput) {
  const row = await findByToken(ctx, token);
  const { inv } = row;
  return ctx.db.transaction(async (tx) => {
    let user = ctx.user ? { ...ctx.user } : null;
    let created = false;
    if (user) {
      if (user.email.toLowerCase() !== inv.email.toLowerCase()) {
        throw new AppError('invitation_email_mismatch', `This invitation is for ${inv.email}; you are signed in as ${user.email}`);
      }
    } else {
      if (await findUserByEmail(tx, inv.email)) throw new AppError('account_exists', `Sign in as ${inv.email} to accept this invitation`);
      const missing = (['name', 'password'] as const).filter((f) => !input[f]).map((f) => ({ path: `body.${f}`, message: 'required to create your account' }));
      if (missing.length) throw new AppError('validation_failed', 'Name and password are needed to create your account', { details: missing });
      user = presentUser(await createAccount(tx, { email: inv.email, name: input.name!, password: input.password! }));
      created = true;
    }
    // Claim the invitation atomically: two tabs accepting at once must not both succeed.
    const now = ctx.now();
    const claimed = await tx
      .update(invitations)
      .set({ acceptedAt: now, acceptedBy: user.id })
      .where(and(eq(invitations.id, inv.id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, now)))
      .returning({ id: invitations.id });
    if (claimed.length === 0) throw new AppError('invitation_used', 'This invitation has already been used');
    if (await findMembership({ db: tx }, inv.workspaceId, user.id)) throw new AppError('already_member', 'You are already a member of this workspace');
    await tx.insert(workspaceMembers).values({ workspaceId: inv.workspaceId, userId: user.id, role: inv.role, businessFunction: inv.businessFunction });
    await tx.insert(organizationMembers).values({ organizationId: row.organizationId, userId: user.id, role: 'member' }).onConflictDoNothing();
    await recordAudit(tx, { ...ctx, user }, {
      organizationId: row.organizationId,
      workspaceId: inv.workspaceId,
      action: 'invitation.accepted',
      targetType: 'member',
      targetId: user.id,
      changes: { email: inv.email, role: inv.role, businessFunction: inv.businessFunction, accountCreated: created },
    });
    return { userId: user.id, workspaceId: inv.workspaceId, created };
  });
}

