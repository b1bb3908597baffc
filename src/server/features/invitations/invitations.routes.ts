import { okSchema } from '../../../shared/api/auth.schemas.ts';
import {
  acceptedInvitationSchema,
  acceptInvitationInputSchema,
  createdInvitationSchema,
  createInvitationInputSchema,
  invitationParamsSchema,
  invitationPreviewSchema,
  invitationListSchema,
  invitationTokenParamsSchema,
  workspaceIdParamsSchema,
} from '../../../shared/api/workspace.schemas.ts';
import { defineRoute } from '../../http/route.ts';
import { signIn } from '../auth/session-cookie.ts';
import { acceptInvitation, createInvitation, listInvitations, previewInvitation, revokeInvitation } from './invitations.service.ts';

export const invitationRoutes = [
  defineRoute({
    method: 'GET',
    path: '/workspaces/:workspaceId/invitations',
    summary: 'Invitations of this workspace with their status',
    tags: ['team'],
    access: { kind: 'workspace', minRole: 'admin' },
    params: workspaceIdParamsSchema,
    response: invitationListSchema,
    handler: async ({ ctx }) => ({ invitations: await listInvitations(ctx) }),
  }),
  defineRoute({
    method: 'POST',
    path: '/workspaces/:workspaceId/invitations',
    summary: 'Invite someone by e-mail; the answer holds the link, shown only once',
    tags: ['team'],
    access: { kind: 'workspace', minRole: 'admin' },
    params: workspaceIdParamsSchema,
    body: createInvitationInputSchema,
    response: createdInvitationSchema,
    successStatus: 201,
    handler: async ({ ctx, body }, _reply, request) => {
      const baseUrl = ctx.config.publicUrl ?? `${request.protocol}://${request.headers.host}`;
      return createInvitation(ctx, { ...body, baseUrl });
    },
  }),
  defineRoute({
    method: 'DELETE',
    path: '/workspaces/:workspaceId/invitations/:invitationId',
    summary: 'Revoke an invitation that has not been accepted',
    tags: ['team'],
    access: { kind: 'workspace', minRole: 'admin' },
    params: invitationParamsSchema,
    response: okSchema,
    handler: async ({ ctx, params }) => {
      await revokeInvitation(ctx, params.invitationId);
      return { ok: true as const };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/invitations/:token',
    summary: 'What an invitation link offers, before accepting it',
    tags: ['team'],
    access: { kind: 'public' },
    params: invitationTokenParamsSchema,
    response: invitationPreviewSchema,
    handler: async ({ ctx, params }) => previewInvitation(ctx, params.token),
  }),
  defineRoute({
    method: 'POST',
    path: '/invitations/:token/accept',
    summary: 'Accept an invitation, signed in or by creating an account',
    tags: ['team'],
    access: { kind: 'public' },
    params: invitationTokenParamsSchema,
    body: acceptInvitationInputSchema,
    response: acceptedInvitationSchema,
    handler: async ({ ctx, params, body }, reply, request) => {
      const result = await acceptInvitation(ctx, params.token, body);
      if (result.created) await signIn(ctx, reply, request, result.userId);
      return { workspaceId: result.workspaceId };
    },
  }),
];
