import { okSchema } from '../../../shared/api/auth.schemas.ts';
import { alertListSchema, alertParamsSchema, alertRuleInputSchema, alertRuleParamsSchema, alertRuleSchema } from '../../../shared/api/listening.schemas.ts';
import { workspaceIdParamsSchema } from '../../../shared/api/workspace.schemas.ts';
import { type AnyRoute, defineRoute } from '../../http/route.ts';
import { createRule, deleteRule, listAlerts, markAlertRead, updateRule } from './alerts.service.ts';

const BASE = '/workspaces/:workspaceId/listening/alerts';
const TAGS = ['listening'];

export const listeningAlertRoutes: AnyRoute[] = [
  defineRoute({
    method: 'GET',
    path: BASE,
    summary: 'Alert rules, the latest alerts and how many are unread',
    tags: TAGS,
    access: { kind: 'workspace', minRole: 'viewer' },
    params: workspaceIdParamsSchema,
    response: alertListSchema,
    handler: async ({ ctx }) => listAlerts(ctx),
  }),
  defineRoute({
    method: 'POST',
    path: `${BASE}/rules`,
    summary: 'Alert when a day’s volume or negative mentions (of a topic, or of all) reach `factor` times the mean of the 14 days before and at least `minMentions`; optionally POSTed as JSON to `webhookUrl`',
    tags: TAGS,
    access: { kind: 'workspace', minRole: 'editor' },
    params: workspaceIdParamsSchema,
    body: alertRuleInputSchema,
    response: alertRuleSchema,
    successStatus: 201,
    handler: async ({ ctx, body }) => createRule(ctx, body),
  }),
  defineRoute({
    method: 'PUT',
    path: `${BASE}/rules/:ruleId`,
    summary: 'Change an alert rule',
    tags: TAGS,
    access: { kind: 'workspace', minRole: 'editor' },
    params: alertRuleParamsSchema,
    body: alertRuleInputSchema,
    response: alertRuleSchema,
    handler: async ({ ctx, params, body }) => updateRule(ctx, params.ruleId, body),
  }),
  defineRoute({
    method: 'DELETE',
    path: `${BASE}/rules/:ruleId`,
    summary: 'Delete an alert rule and its alerts',
    tags: TAGS,
    access: { kind: 'workspace', minRole: 'editor' },
    params: alertRuleParamsSchema,
    response: okSchema,
    handler: async ({ ctx, params }) => {
      await deleteRule(ctx, params.ruleId);
      return { ok: true as const };
    },
  }),
  defineRoute({
    method: 'POST',
    path: `${BASE}/:alertId/read`,
    summary: 'Mark an alert as read for the whole team',
    tags: TAGS,
    access: { kind: 'workspace', minRole: 'contributor' },
    params: alertParamsSchema,
    response: okSchema,
    handler: async ({ ctx, params }) => {
      await markAlertRead(ctx, params.alertId);
      return { ok: true as const };
    },
  }),
];
