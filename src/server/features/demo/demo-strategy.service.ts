import { strategies, strategyVersions } from '../../db/schema/index.ts';
import type { Db } from '../../db/database.ts';
import { type RequestContext, requireUser } from '../../http/request-context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { auditChanges } from '../strategy/strategy.domain.ts';
import { diffStrategies } from '../strategy/strategy-diff.domain.ts';
import { demoFirstDraft, demoStrategy } from './demo-strategy.data.ts';
import type { DemoPeople } from './demo-strategy-ids.data.ts';

const DAY_MS = 86_400_000;
export const DEMO_VERSION_LABEL = 'ร่างแรกสำหรับประชุมทีม / First draft for the team review';

/**
 * Gives the demo workspace its strategy: version 1 published three weeks ago, and the draft
 * after the team's review as revision 2, each step in the audit trail like a real edit.
 */
export async function seedDemoStrategy(tx: Db, ctx: RequestContext, where: { organizationId: string; workspaceId: string }, people: DemoPeople): Promise<void> {
  const owner = requireUser(ctx);
  const now = ctx.now();
  const published = new Date(now.getTime() - 21 * DAY_MS);
  const first = demoFirstDraft(people);
  const current = demoStrategy(people);
  const audit = (action: 'strategy.updated' | 'strategy.version_published', targetType: string, targetId: string | null, changes: Record<string, unknown>) =>
    recordAudit(tx, ctx, { ...where, action, targetType, targetId, changes });

  await tx.insert(strategyVersions).values({ workspaceId: where.workspaceId, number: 1, label: DEMO_VERSION_LABEL, document: first, revision: 1, publishedAt: published, publishedBy: owner.id });
  await tx.insert(strategies).values({ workspaceId: where.workspaceId, document: current, revision: 2, updatedAt: now, updatedBy: owner.id });
  await audit('strategy.updated', 'strategy', null, { revision: { from: 0, to: 1 }, demo: true });
  await audit('strategy.version_published', 'strategy_version', '1', { number: 1, label: DEMO_VERSION_LABEL, revision: 1 });
  await audit('strategy.updated', 'strategy', null, auditChanges(1, 2, diffStrategies(first, current)));
}
