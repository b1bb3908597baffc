import { applyTemplateInputSchema, strategyTemplateListSchema, templateListQuerySchema, templateParamsSchema } from '../../../shared/api/strategy-templates.schemas.ts';
import { strategyStateSchema } from '../../../shared/api/strategy.schemas.ts';
import { workspaceIdParamsSchema } from '../../../shared/api/workspace.schemas.ts';
import { type AnyRoute, defineRoute } from '../../http/route.ts';
import { applyStrategyTemplate, listStrategyTemplates } from './strategy-templates.service.ts';

const BASE = '/workspaces/:workspaceId/strategy/templates';
const TAGS = ['strategy'];

export const strategyTemplateRoutes: AnyRoute[] = [
  defineRoute({
    method: 'GET',
    path: BASE,
    summary: 'The strategies a team can start from, named in `?locale=` or, without it, in the workspace’s default language',
    tags: TAGS,
    access: { kind: 'workspace', minRole: 'viewer' },
    params: workspaceIdParamsSchema,
    query: templateListQuerySchema,
    response: strategyTemplateListSchema,
    handler: async ({ ctx, query }) => listStrategyTemplates(ctx, query),
  }),
  defineRoute({
    method: 'POST',
    path: `${BASE}/:key/apply`,
    summary:
      'Replace the draft with a template written in `locale` (default: the workspace’s language) for the workspace’s fiscal year and the draft’s currency; refused with stale_revision if the draft changed since `revision`; published versions are kept',
    tags: TAGS,
    access: { kind: 'workspace', minRole: 'editor' },
    params: templateParamsSchema,
    body: applyTemplateInputSchema,
    response: strategyStateSchema,
    handler: async ({ ctx, params, body }) => applyStrategyTemplate(ctx, params.key, body),
  }),
];
