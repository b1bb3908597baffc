import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { alertListSchema, alertRuleInputSchema, alertRuleSchema, alertSchema } from '../../../shared/api/listening.schemas.ts';
import type { Db } from '../../db/database.ts';
import { listeningAlertRules, listeningAlerts, listeningTopics } from '../../db/schema/index.ts';
import { type RequestContext, requireWorkspace } from '../../http/request-context.ts';
import { AppError } from '../../lib/app-error.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { assertWebhookAllowed } from './alert-delivery.service.ts';

type RuleInput = z.output<typeof alertRuleInputSchema>;
type AlertRule = z.infer<typeof alertRuleSchema>;
type Alert = z.infer<typeof alertSchema>;
type RuleRow = typeof listeningAlertRules.$inferSelect;

/** How many alerts the list shows; older ones stay in the database. */
export const RECENT_ALERTS = 50;

export const presentRule = (row: RuleRow): AlertRule => ({
  id: row.id,
  topicId: row.topicId,
  kind: row.kind as AlertRule['kind'],
  factor: row.factor,
  minMentions: row.minMentions,
  webhookUrl: row.webhookUrl,
  enabled: row.enabled,
  createdAt: row.createdAt.toISOString(),
});

async function assertTopic(db: Db, workspaceId: string, topicId: string | null): Promise<void> {
  if (topicId === null) return;
  const [found] = await db.select({ id: listeningTopics.id }).from(listeningTopics).where(and(eq(listeningTopics.id, topicId), eq(listeningTopics.workspaceId, workspaceId)));
  if (!found) throw new AppError('validation_failed', 'body.topicId: no such topic in this workspace', { details: [{ path: 'body.topicId', message: 'no such topic in this workspace' }] });
}

export async function listAlerts(ctx: RequestContext): Promise<z.infer<typeof alertListSchema>> {
  const access = requireWorkspace(ctx);
  const rules = await ctx.db.select().from(listeningAlertRules).where(eq(listeningAlertRules.workspaceId, access.id)).orderBy(listeningAlertRules.createdAt, listeningAlertRules.id);
  const rows = await ctx.db
    .select({ alert: listeningAlerts, kind: listeningAlertRules.kind, topicId: listeningAlertRules.topicId })
    .from(listeningAlerts)
    .innerJoin(listeningAlertRules, eq(listeningAlertRules.id, listeningAlerts.ruleId))
    .where(eq(listeningAlerts.workspaceId, access.id))
    .orderBy(desc(listeningAlerts.createdAt), desc(listeningAlerts.day))
    .limit(RECENT_ALERTS);
  const [unread] = await ctx.db
    .select({ count: sql<number>`count(*)::int` })
    .from(listeningAlerts)
    .where(and(eq(listeningAlerts.workspaceId, access.id), isNull(listeningAlerts.readAt)));
  const alerts: Alert[] = rows.map(({ alert, kind, topicId }) => ({
    id: alert.id,
    ruleId: alert.ruleId,
    kind: kind as Alert['kind'],
    topicId,
    day: alert.day,
    observed: alert.observed,
    baseline: alert.baseline,
    webhookStatus: alert.webhookStatus,
    createdAt: alert.createdAt.toISOString(),
    read: alert.readAt !== null,
  }));
  return { rules: rules.map(presentRule), alerts, unread: unread?.count ?? 0 };
}

export async function createRule(ctx: RequestContext, input: RuleInput): Promise<AlertRule> {
  const access = requireWorkspace(ctx);
  await assertTopic(ctx.db, access.id, input.topicId);
  await assertWebhookAllowed(input.webhookUrl, ctx.config.allowPrivateSourceUrls);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.insert(listeningAlertRules).values({ workspaceId: access.id, ...input, createdAt: ctx.now() }).returning();
    if (!row) throw new Error('alert rule insert returned no row');
    await recordAudit(tx, ctx, { organizationId: access.organizationId, workspaceId: access.id, action: 'listening.alert_rule_created', targetType: 'listening_alert_rule', targetId: row.id, changes: { ...input } });
    return presentRule(row);
  });
}

export async function updateRule(ctx: RequestContext, ruleId: string, input: RuleInput): Promise<AlertRule> {
  const access = requireWorkspace(ctx);
  await assertTopic(ctx.db, access.id, input.topicId);
  await assertWebhookAllowed(input.webhookUrl, ctx.config.allowPrivateSourceUrls);
  return ctx.db.transaction(async (tx) => {
    const where = and(eq(listeningAlertRules.id, ruleId), eq(listeningAlertRules.workspaceId, access.id));
    const [before] = await tx.select().from(listeningAlertRules).where(where).for('update');
    if (!before) throw new AppError('not_found', 'Alert rule not found');
    const [row] = await tx.update(listeningAlertRules).set(input).where(where).returning();
    if (!row) throw new Error('alert rule update returned no row');
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const key of Object.keys(input) as (keyof RuleInput)[]) if (before[key] !== row[key]) changes[key] = { from: before[key], to: row[key] };
    if (Object.keys(changes).length > 0) {
      await recordAudit(tx, ctx, { organizationId: access.organizationId, workspaceId: access.id, action: 'listening.alert_rule_updated', targetType: 'listening_alert_rule', targetId: row.id, changes });
    }
    return presentRule(row);
  });
}

/** Its alerts go with it. */
export async function deleteRule(ctx: RequestContext, ruleId: string): Promise<void> {
  const access = requireWorkspace(ctx);
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx.delete(listeningAlertRules).where(and(eq(listeningAlertRules.id, ruleId), eq(listeningAlertRules.workspaceId, access.id))).returning();
    if (!row) throw new AppError('not_found', 'Alert rule not found');
    await recordAudit(tx, ctx, { organizationId: access.organizationId, workspaceId: access.id, action: 'listening.alert_rule_deleted', targetType: 'listening_alert_rule', targetId: row.id, changes: { kind: row.kind, topicId: row.topicId } });
  });
}

/** Read for the whole workspace: the team shares one alert inbox. Reading it twice is no error. */
export async function markAlertRead(ctx: RequestContext, alertId: string): Promise<void> {
  const access = requireWorkspace(ctx);
  await ctx.db.transaction(async (tx) => {
    const where = and(eq(listeningAlerts.id, alertId), eq(listeningAlerts.workspaceId, access.id));
    const [found] = await tx.select({ readAt: listeningAlerts.readAt }).from(listeningAlerts).where(where).for('update');
    if (!found) throw new AppError('not_found', 'Alert not found');
    if (found.readAt !== null) return;
    await tx.update(listeningAlerts).set({ readAt: ctx.now() }).where(where);
    await recordAudit(tx, ctx, { organizationId: access.organizationId, workspaceId: access.id, action: 'listening.alert_read', targetType: 'listening_alert', targetId: alertId });
  });
}
