import { okSchema } from '../../../shared/api/auth.schemas.ts';
import { retagStatusSchema, topicInputSchema, topicListSchema, topicParamsSchema, topicSchema, topicsFromStrategyResultSchema } from '../../../shared/api/listening.schemas.ts';
import { workspaceIdParamsSchema } from '../../../shared/api/workspace.schemas.ts';
import { type AnyRoute, defineRoute } from '../../http/route.ts';
import { getRetagStatus, requestRetag } from './retag-queue.service.ts';
import { createTopic, deleteTopic, listTopics, topicsFromStrategy, updateTopic } from './topics.service.ts';

const BASE = '/workspaces/:workspaceId/listening/topics';
const TAGS = ['listening'];
const RETAG = 'the mentions already stored are matched again in the background: see GET …/listening/retag';

export const listeningTopicRoutes: AnyRoute[] = [
  defineRoute({
    method: 'GET',
    path: BASE,
    summary: 'The topics the workspace listens for: brand first, then competitors and themes',
    tags: TAGS,
    access: { kind: 'workspace', minRole: 'viewer' },
    params: workspaceIdParamsSchema,
    response: topicListSchema,
    handler: async ({ ctx }) => listTopics(ctx),
  }),
  defineRoute({
    method: 'POST',
    path: BASE,
    summary: `Create a topic; its query errors come back at body.query with their position (${RETAG})`,
    tags: TAGS,
    access: { kind: 'workspace', minRole: 'editor' },
    params: workspaceIdParamsSchema,
    body: topicInputSchema,
    response: topicSchema,
    successStatus: 201,
    handler: async ({ ctx, body }) => createTopic(ctx, body),
  }),
  defineRoute({
    method: 'POST',
    path: `${BASE}/from-strategy`,
    summary: `Create the brand topic (from the brand terms) and one topic per competitor of the strategy’s listening plan, skipping those that exist (${RETAG})`,
    tags: TAGS,
    access: { kind: 'workspace', minRole: 'editor' },
    params: workspaceIdParamsSchema,
    response: topicsFromStrategyResultSchema,
    handler: async ({ ctx }) => topicsFromStrategy(ctx),
  }),
  defineRoute({
    method: 'PUT',
    path: `${BASE}/:topicId`,
    summary: `Change a topic’s name, kind or query (when the query changed, ${RETAG})`,
    tags: TAGS,
    access: { kind: 'workspace', minRole: 'editor' },
    params: topicParamsSchema,
    body: topicInputSchema,
    response: topicSchema,
    handler: async ({ ctx, params, body }) => updateTopic(ctx, params.topicId, body),
  }),
  defineRoute({
    method: 'DELETE',
    path: `${BASE}/:topicId`,
    summary: `Delete a topic with its dashboard counts and alert rules (its tag is taken off the stored mentions in the background: see GET …/listening/retag)`,
    tags: TAGS,
    access: { kind: 'workspace', minRole: 'editor' },
    params: topicParamsSchema,
    response: okSchema,
    handler: async ({ ctx, params }) => {
      await deleteTopic(ctx, params.topicId);
      return { ok: true as const };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/workspaces/:workspaceId/listening/retag',
    summary: 'Whether the stored mentions are being matched again after a topic change, and how far (processed of total)',
    tags: TAGS,
    access: { kind: 'workspace', minRole: 'viewer' },
    params: workspaceIdParamsSchema,
    response: retagStatusSchema,
    handler: async ({ ctx }) => getRetagStatus(ctx),
  }),
  defineRoute({
    method: 'POST',
    path: '/workspaces/:workspaceId/listening/retag',
    summary: 'Match the stored mentions against the current topics again (after a failed run, or for mentions stored before their topics existed)',
    tags: TAGS,
    access: { kind: 'workspace', minRole: 'editor' },
    params: workspaceIdParamsSchema,
    response: retagStatusSchema,
    handler: async ({ ctx }) => requestRetag(ctx),
  }),
];
