import { okSchema } from '../../../shared/api/auth.schemas.ts';
import {
  createdTokenSchema,
  ingestResultSchema,
  listeningSettingsSchema,
  tokenInputSchema,
  tokenListSchema,
  tokenParamsSchema,
  webhookInputSchema,
} from '../../../shared/api/listening.schemas.ts';
import { workspaceIdParamsSchema } from '../../../shared/api/workspace.schemas.ts';
import { type AnyRoute, defineRoute } from '../../http/route.ts';
import { getListeningSettings, putListeningSettings } from './settings.service.ts';
import { createToken, listTokens, revokeToken } from './tokens.service.ts';
import { ingestFromWebhook } from './webhook.service.ts';

const BASE = '/workspaces/:workspaceId/listening';
const TAGS = ['listening'];

/** Settings, webhook tokens and the webhook itself: how a workspace's listening is administered and fed. */
export const listeningSettingsRoutes: AnyRoute[] = [
  defineRoute({
    method: 'GET',
    path: `${BASE}/settings`,
    summary: 'How long mentions are kept, and the team’s own words for word statistics',
    tags: TAGS,
    access: { kind: 'workspace', minRole: 'viewer' },
    params: workspaceIdParamsSchema,
    response: listeningSettingsSchema,
    handler: async ({ ctx }) => getListeningSettings(ctx),
  }),
  defineRoute({
    method: 'PUT',
    path: `${BASE}/settings`,
    summary:
      'Set the retention (mentions older than retentionDays are deleted daily; the dashboards’ daily counts are kept) and the team’s own words (brand names, slang) that word statistics keep whole from the next ingest on',
    tags: TAGS,
    access: { kind: 'workspace', minRole: 'admin' },
    params: workspaceIdParamsSchema,
    body: listeningSettingsSchema,
    response: listeningSettingsSchema,
    handler: async ({ ctx, body }) => putListeningSettings(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    path: `${BASE}/tokens`,
    summary: 'The workspace tokens that may post mentions to the webhook (the tokens themselves are never shown again)',
    tags: TAGS,
    access: { kind: 'workspace', minRole: 'admin' },
    params: workspaceIdParamsSchema,
    response: tokenListSchema,
    handler: async ({ ctx }) => listTokens(ctx),
  }),
  defineRoute({
    method: 'POST',
    path: `${BASE}/tokens`,
    summary: 'Create a token for the mentions webhook, with its own source (kind webhook, named after the token) that the mentions it posts are stored under; the answer is the only time the token is shown',
    tags: TAGS,
    access: { kind: 'workspace', minRole: 'admin' },
    params: workspaceIdParamsSchema,
    body: tokenInputSchema,
    response: createdTokenSchema,
    successStatus: 201,
    handler: async ({ ctx, body }) => createToken(ctx, body),
  }),
  defineRoute({
    method: 'DELETE',
    path: `${BASE}/tokens/:tokenId`,
    summary: 'Revoke a webhook token; calls with it are refused from now on. Its source stays, paused, with the mentions it brought',
    tags: TAGS,
    access: { kind: 'workspace', minRole: 'admin' },
    params: tokenParamsSchema,
    response: okSchema,
    handler: async ({ ctx, params }) => {
      await revokeToken(ctx, params.tokenId);
      return { ok: true as const };
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/workspaces/:workspaceId/mentions',
    summary:
      'Webhook for other tools: post up to 1,000 mentions with `Authorization: Bearer <workspace token>`; they are analysed, tagged with the topics and counted like imported ones, and duplicates are skipped',
    tags: TAGS,
    access: { kind: 'token' },
    params: workspaceIdParamsSchema,
    body: webhookInputSchema,
    response: ingestResultSchema,
    handler: async ({ ctx, body }) => ingestFromWebhook(ctx, body),
  }),
];
