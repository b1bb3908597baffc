import {
  diffQuerySchema,
  publishVersionInputSchema,
  strategyDiffSchema,
  versionListSchema,
  versionParamsSchema,
  versionSchema,
  versionSummarySchema,
} from '../../../shared/api/strategy.schemas.ts';
import { workspaceIdParamsSchema } from '../../../shared/api/workspace.schemas.ts';
import { defineRoute } from '../../http/route.ts';
import { diffVersions, getVersion, listVersions, publishVersion } from './strategy-versions.service.ts';

const BASE = '/workspaces/:workspaceId/strategy';
const TAGS = ['strategy'];

export const strategyVersionRoutes = [
  defineRoute({
    method: 'POST',
    path: `${BASE}/versions`,
    summary: 'Publish the draft (at `revision`) as the next numbered version',
    tags: TAGS,
    access: { kind: 'workspace', minRole: 'editor' },
    params: workspaceIdParamsSchema,
    body: publishVersionInputSchema,
    response: versionSummarySchema,
    successStatus: 201,
    handler: async ({ ctx, body }) => publishVersion(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    path: `${BASE}/versions`,
    summary: 'Published versions, newest first, without their documents',
    tags: TAGS,
    access: { kind: 'workspace', minRole: 'viewer' },
    params: workspaceIdParamsSchema,
    response: versionListSchema,
    handler: async ({ ctx }) => listVersions(ctx),
  }),
  defineRoute({
    method: 'GET',
    path: `${BASE}/versions/:number`,
    summary: 'One published version with its document',
    tags: TAGS,
    access: { kind: 'workspace', minRole: 'viewer' },
    params: versionParamsSchema,
    response: versionSchema,
    handler: async ({ ctx, params }) => getVersion(ctx, params.number),
  }),
  defineRoute({
    method: 'GET',
    path: `${BASE}/diff`,
    summary: 'Field-level changes between two versions; `current` is the draft (list items matched by id)',
    tags: TAGS,
    access: { kind: 'workspace', minRole: 'viewer' },
    params: workspaceIdParamsSchema,
    query: diffQuerySchema,
    response: strategyDiffSchema,
    handler: async ({ ctx, query }) => diffVersions(ctx, query.from, query.to),
  }),
];
