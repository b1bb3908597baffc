import {
  correctSentimentInputSchema,
  mentionPageSchema,
  mentionParamsSchema,
  mentionQuerySchema,
  mentionSchema,
  sentimentModelStatusSchema,
} from '../../../shared/api/listening.schemas.ts';
import { workspaceIdParamsSchema } from '../../../shared/api/workspace.schemas.ts';
import { type AnyRoute, defineRoute } from '../../http/route.ts';
import { correctSentiment } from './mention-correction.service.ts';
import { listMentions } from './mentions.service.ts';
import { sentimentModelStatus } from './sentiment-model.service.ts';

const BASE = '/workspaces/:workspaceId/listening';
const TAGS = ['listening'];

export const listeningMentionRoutes: AnyRoute[] = [
  defineRoute({
    method: 'GET',
    path: `${BASE}/mentions`,
    summary: 'The mention stream, newest first, filtered by topic, language, sentiment, channel, days (workspace time zone) and text; pass nextCursor as cursor for the next page',
    tags: TAGS,
    access: { kind: 'workspace', minRole: 'viewer' },
    params: workspaceIdParamsSchema,
    query: mentionQuerySchema,
    response: mentionPageSchema,
    handler: async ({ ctx, query }) => listMentions(ctx, query),
  }),
  defineRoute({
    method: 'PATCH',
    path: `${BASE}/mentions/:mentionId/sentiment`,
    summary: 'Correct a mention’s sentiment: dashboards count the correction at once, and the workspace’s model retrains on corrections in the background',
    tags: TAGS,
    access: { kind: 'workspace', minRole: 'contributor' },
    params: mentionParamsSchema,
    body: correctSentimentInputSchema,
    response: mentionSchema,
    handler: async ({ ctx, params, body }) => correctSentiment(ctx, params.mentionId, body.sentiment),
  }),
  defineRoute({
    method: 'GET',
    path: `${BASE}/sentiment-model`,
    summary: 'The workspace’s own sentiment models per language, with accuracy on held-back corrections against the default engine’s',
    tags: TAGS,
    access: { kind: 'workspace', minRole: 'viewer' },
    params: workspaceIdParamsSchema,
    response: sentimentModelStatusSchema,
    handler: async ({ ctx }) => sentimentModelStatus(ctx),
  }),
];
