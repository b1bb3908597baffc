import { dashboardQuerySchema, dashboardSchema, saveEvidenceInputSchema } from '../../../shared/api/listening.schemas.ts';
import { strategySectionStateSchema } from '../../../shared/api/strategy.schemas.ts';
import { workspaceIdParamsSchema } from '../../../shared/api/workspace.schemas.ts';
import { type AnyRoute, defineRoute } from '../../http/route.ts';
import { getDashboard } from './dashboard.service.ts';
import { saveEvidence } from './evidence.service.ts';

const BASE = '/workspaces/:workspaceId/listening';
const TAGS = ['listening'];

export const listeningDashboardRoutes: AnyRoute[] = [
  defineRoute({
    method: 'GET',
    path: `${BASE}/dashboard`,
    summary:
      'Volume, sentiment, share of voice (brand and competitor topics), channels, languages, top words, hashtags and authors, and spikes, for days in the workspace’s time zone; counted from daily rollups, so days whose mentions retention deleted still count. Channel and language filters do not narrow the top terms. Top words, hashtags and authors add up each day’s 25 most frequent terms and, for whole past months, each month’s 100 most frequent, so over long ranges a less frequent term may count a little low; the other figures are exact',
    tags: TAGS,
    access: { kind: 'workspace', minRole: 'viewer' },
    params: workspaceIdParamsSchema,
    query: dashboardQuerySchema,
    response: dashboardSchema,
    handler: async ({ ctx, query }) => getDashboard(ctx, query),
  }),
  defineRoute({
    method: 'POST',
    path: `${BASE}/evidence`,
    summary: 'Save a finding with the numbers of a dashboard chart into the strategy’s listening section; refused with stale_revision if the strategy changed since `revision`',
    tags: TAGS,
    access: { kind: 'workspace', minRole: 'editor' },
    params: workspaceIdParamsSchema,
    body: saveEvidenceInputSchema,
    response: strategySectionStateSchema,
    successStatus: 201,
    handler: async ({ ctx, body }) => saveEvidence(ctx, body),
  }),
];
