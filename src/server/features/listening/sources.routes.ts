import { okSchema } from '../../../shared/api/auth.schemas.ts';
import { sourceInputSchema, sourceListSchema, sourceParamsSchema, sourceSchema } from '../../../shared/api/listening.schemas.ts';
import { workspaceIdParamsSchema } from '../../../shared/api/workspace.schemas.ts';
import { type AnyRoute, defineRoute } from '../../http/route.ts';
import { createSource, deleteSource, listSources, requestPoll, updateSource } from './sources.service.ts';

const BASE = '/workspaces/:workspaceId/listening/sources';
const TAGS = ['listening'];
const SECRET = 'the secret (Mastodon access token, Bluesky app password) is stored encrypted and never returned, only hasSecret';
const ADDRESSES = 'addresses that resolve to loopback or private networks are refused with source_address_blocked unless ALLOW_PRIVATE_SOURCE_URLS is set';
const WEBHOOK = 'a webhook source (one per workspace token) answers source_managed_by_token';

export const listeningSourceRoutes: AnyRoute[] = [
  defineRoute({
    method: 'GET',
    path: BASE,
    summary:
      'The sources: polled ones (RSS/Atom feeds, Mastodon, Bluesky) with their status and last error, and one per webhook token (kind webhook, paused once the token is revoked); each with its number of mentions and when it last brought new ones',
    tags: TAGS,
    access: { kind: 'workspace', minRole: 'viewer' },
    params: workspaceIdParamsSchema,
    response: sourceListSchema,
    handler: async ({ ctx }) => listSources(ctx),
  }),
  defineRoute({
    method: 'POST',
    path: BASE,
    summary: `Add a polled source, polled within a minute; a Mastodon search and a Bluesky search need credentials (errors at body.secret, body.config.identifier); ${SECRET}; ${ADDRESSES}`,
    tags: TAGS,
    access: { kind: 'workspace', minRole: 'editor' },
    params: workspaceIdParamsSchema,
    body: sourceInputSchema,
    response: sourceSchema,
    successStatus: 201,
    handler: async ({ ctx, body }) => createSource(ctx, body),
  }),
  defineRoute({
    method: 'PUT',
    path: `${BASE}/:sourceId`,
    summary:
      'Change a source (its kind stays). A new secret replaces the stored one; secret null keeps it, except when the address moves to another host ' +
      '(or a Bluesky source to another handle), where it is dropped so a token never reaches a server it was not given for. ' +
      `A changed address, query or secret restarts the source (cursor, status, failures) and polls it at once; ${ADDRESSES}; ${WEBHOOK}`,
    tags: TAGS,
    access: { kind: 'workspace', minRole: 'editor' },
    params: sourceParamsSchema,
    body: sourceInputSchema,
    response: sourceSchema,
    handler: async ({ ctx, params, body }) => updateSource(ctx, params.sourceId, body),
  }),
  defineRoute({
    method: 'DELETE',
    path: `${BASE}/:sourceId`,
    summary: 'Delete a source; the mentions read from it stay, without a source. A webhook source can be deleted only once its token is revoked (else source_managed_by_token)',
    tags: TAGS,
    access: { kind: 'workspace', minRole: 'editor' },
    params: sourceParamsSchema,
    response: okSchema,
    handler: async ({ ctx, params }) => {
      await deleteSource(ctx, params.sourceId);
      return { ok: true as const };
    },
  }),
  defineRoute({
    method: 'POST',
    path: `${BASE}/:sourceId/poll`,
    summary: `Poll a source now (also a failing one, without waiting for its backoff); a paused source answers source_disabled; ${WEBHOOK}`,
    tags: TAGS,
    access: { kind: 'workspace', minRole: 'editor' },
    params: sourceParamsSchema,
    response: sourceSchema,
    handler: async ({ ctx, params }) => requestPoll(ctx, params.sourceId),
  }),
];
