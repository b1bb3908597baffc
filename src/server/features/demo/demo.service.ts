import type { AuditAction } from '../../../shared/api/audit-actions.ts';
import { invitations, users, workspaceMembers, workspaces } from '../../db/schema/index.ts';
import { type RequestContext, requireUser } from '../../http/request-context.ts';
import { randomToken, unusablePasswordHash } from '../../lib/passwords.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findUserByEmail } from '../auth/accounts.service.ts';
import { hashInvitationToken } from '../invitations/invitations.service.ts';
import { requireOrganizationAdmin } from '../workspaces/workspaces.service.ts';
import { DEMO_INVITATIONS, DEMO_PEOPLE, DEMO_WORKSPACE } from './demo.data.ts';
import type { DemoPeople } from './demo-strategy-ids.data.ts';
import { deferredJobs, seedDemoListening } from './demo-listening.service.ts';
import { seedDemoStrategy } from './demo-strategy.service.ts';

const DAY_MS = 86_400_000;

export type DemoOptions = {
  /** How many mentions the listening demo gets; by default the DEMO_MENTIONS setting. */
  mentions?: number;
};

/**
 * Loads the demo workspace into an organisation, with the caller as owner. The demo people are
 * real accounts that cannot sign in (no usable password); loading twice reuses them. All of it
 * is one transaction: a demo that fails halfway leaves nothing behind.
 */
export async function loadDemo(ctx: RequestContext, input: { organizationId: string }, options: DemoOptions = {}): Promise<{ workspaceId: string }> {
  await requireOrganizationAdmin(ctx, input.organizationId);
  const owner = requireUser(ctx);
  const jobs = deferredJobs(ctx.jobs);
  const loaded = await ctx.db.transaction(async (tx) => {
    const [ws] = await tx.insert(workspaces).values({ ...DEMO_WORKSPACE, organizationId: input.organizationId, isDemo: true }).returning();
    if (!ws) throw new Error('insert returned no row');
    const audit = (action: AuditAction, targetType: string, targetId: string, changes: Record<string, unknown>) =>
      recordAudit(tx, ctx, { organizationId: input.organizationId, workspaceId: ws.id, action, targetType, targetId, changes });
    await tx.insert(workspaceMembers).values({ workspaceId: ws.id, userId: owner.id, role: 'owner', businessFunction: 'leadership' });
    await audit('workspace.created', 'workspace', ws.id, { name: ws.name, isDemo: true });

    const people: Record<string, string> = { owner: owner.id };
    for (const person of DEMO_PEOPLE) {
      const user =
        (await findUserByEmail(tx, person.email)) ??
        (await tx.insert(users).values({ email: person.email, name: person.name, locale: person.locale, passwordHash: unusablePasswordHash() }).returning())[0];
      if (!user) throw new Error('insert returned no row');
      await tx.insert(workspaceMembers).values({ workspaceId: ws.id, userId: user.id, role: person.role, businessFunction: person.businessFunction });
      people[person.key] = user.id;
      await audit('member.added', 'member', user.id, { email: person.email, role: person.role, businessFunction: person.businessFunction, demo: true });
    }
    const now = ctx.now();
    for (const inv of DEMO_INVITATIONS) {
      // Nobody holds the token of a demo invitation: it is there to be seen and revoked.
      const tokenHash = hashInvitationToken(randomToken());
      const [row] = await tx
        .insert(invitations)
        .values({ workspaceId: ws.id, email: inv.email, role: inv.role, businessFunction: inv.businessFunction, tokenHash, invitedBy: owner.id, createdAt: now, expiresAt: new Date(now.getTime() + inv.expiresInDays * DAY_MS) })
        .returning({ id: invitations.id });
      if (row) await audit('invitation.created', 'invitation', row.id, { email: inv.email, role: inv.role, businessFunction: inv.businessFunction });
    }
    await seedDemoStrategy(tx, ctx, { organizationId: input.organizationId, workspaceId: ws.id }, people as DemoPeople);
    const workspace = { id: ws.id, organizationId: input.organizationId, role: 'owner' as const, businessFunction: 'leadership' as const };
    await seedDemoListening({ ...ctx, db: tx, jobs: jobs.jobs, workspace }, { mentions: options.mentions ?? ctx.config.demoMentions });
    return { workspaceId: ws.id };
  });
  await jobs.flush();
  return loaded;
}

