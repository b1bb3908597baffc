import { z } from 'zod';
import {
  competitorParamsSchema,
  goalParamsSchema,
  importStrategyInputSchema,
  objectiveParamsSchema,
  personaParamsSchema,
  putSectionInputSchema,
  putStrategyInputSchema,
  removeItemInputSchema,
  removeItemResultSchema,
  sectionParamsSchema,
  strategySectionStateSchema,
  strategyStateSchema,
} from '../../../shared/api/strategy.schemas.ts';
import { workspaceIdParamsSchema } from '../../../shared/api/workspace.schemas.ts';
import { strategyJsonSchema } from '../../../shared/strategy/strategy.schemas.ts';
import { type AnyRoute, defineRoute } from '../../http/route.ts';
import { exportStrategy, getSection, getStrategy, importStrategy, putSection, putStrategy, REMOVABLE, type RemovableKind, removeItem } from './strategy.service.ts';
import type { ImportFormat } from './strategy-import.domain.ts';

const BASE = '/workspaces/:workspaceId/strategy';
const TAGS = ['strategy'];

const REMOVAL_PARAMS = {
  persona: { segment: 'personas', param: 'personaId', schema: personaParamsSchema, cleans: 'and takes it out of every channel that targeted it' },
  competitor: { segment: 'competitors', param: 'competitorId', schema: competitorParamsSchema, cleans: 'and its row in the comparison' },
  objective: { segment: 'objectives', param: 'objectiveId', schema: objectiveParamsSchema, cleans: 'and unlinks the KPIs and tactics that served it' },
  goal: { segment: 'goals', param: 'goalId', schema: goalParamsSchema, cleans: 'and unlinks its objectives' },
} as const satisfies Record<RemovableKind, unknown>;

const removalRoutes = (Object.keys(REMOVABLE) as RemovableKind[]).map((kind) => {
  const { segment, param, schema, cleans } = REMOVAL_PARAMS[kind];
  return defineRoute({
    method: 'DELETE',
    path: `${BASE}/${segment}/:${param}`,
    summary: `Remove a ${kind} from the strategy ${cleans}; lists every reference cleaned`,
    tags: TAGS,
    access: { kind: 'workspace', minRole: 'editor' },
    params: schema,
    body: removeItemInputSchema,
    response: removeItemResultSchema,
    handler: async ({ ctx, params, body }) => removeItem(ctx, kind, (params as Record<string, string>)[param] ?? '', body.revision),
  });
});

const MEDIA: Record<ImportFormat, string> = { json: 'application/json', yaml: 'application/yaml' };

const exportRoutes = (['json', 'yaml'] as const).map((format) =>
  defineRoute({
    method: 'GET',
    path: `${BASE}/export.${format}`,
    summary: `The strategy draft as a ${format.toUpperCase()} file (re-importable)`,
    tags: TAGS,
    access: { kind: 'workspace', minRole: 'viewer' },
    params: workspaceIdParamsSchema,
    produces: MEDIA[format],
    handler: async ({ ctx }, reply) => {
      const file = await exportStrategy(ctx, format);
      reply.header('content-type', `${MEDIA[format]}; charset=utf-8`);
      reply.header('content-disposition', `attachment; filename="${file.fileName}"`);
      return reply.send(file.content);
    },
  }),
);

export const strategyRoutes: AnyRoute[] = [
  defineRoute({
    method: 'GET',
    path: '/strategy.schema.json',
    summary: 'JSON Schema (draft 2020-12) of the strategy document, for tools that write strategy files',
    tags: TAGS,
    access: { kind: 'public' },
    response: z.record(z.string(), z.unknown()),
    handler: async () => strategyJsonSchema(),
  }),
  defineRoute({
    method: 'GET',
    path: BASE,
    summary: 'The strategy draft with its revision, the method check’s findings and completeness',
    tags: TAGS,
    access: { kind: 'workspace', minRole: 'viewer' },
    params: workspaceIdParamsSchema,
    response: strategyStateSchema,
    handler: async ({ ctx }) => getStrategy(ctx),
  }),
  defineRoute({
    method: 'PUT',
    path: BASE,
    summary: 'Replace the whole draft; refused with stale_revision if it changed since `revision`',
    tags: TAGS,
    access: { kind: 'workspace', minRole: 'editor' },
    params: workspaceIdParamsSchema,
    body: putStrategyInputSchema,
    response: strategyStateSchema,
    handler: async ({ ctx, body }) => putStrategy(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    path: `${BASE}/sections/:section`,
    summary: 'One top-level section of the draft (team, goals, context, listening, audience, …)',
    tags: TAGS,
    access: { kind: 'workspace', minRole: 'viewer' },
    params: sectionParamsSchema,
    response: strategySectionStateSchema,
    handler: async ({ ctx, params }) => getSection(ctx, params.section),
  }),
  defineRoute({
    method: 'PUT',
    path: `${BASE}/sections/:section`,
    summary: 'Replace one section; `value` is checked against that section’s schema',
    tags: TAGS,
    access: { kind: 'workspace', minRole: 'editor' },
    params: sectionParamsSchema,
    body: putSectionInputSchema,
    response: strategySectionStateSchema,
    handler: async ({ ctx, params, body }) => putSection(ctx, params.section, body),
  }),
  ...removalRoutes,
  ...exportRoutes,
  defineRoute({
    method: 'POST',
    path: `${BASE}/import`,
    summary: 'Replace the draft with a JSON or YAML file; any problem refuses the whole file',
    tags: TAGS,
    access: { kind: 'workspace', minRole: 'editor' },
    params: workspaceIdParamsSchema,
    body: importStrategyInputSchema,
    response: strategyStateSchema,
    handler: async ({ ctx, body }) => importStrategy(ctx, body),
  }),
];
