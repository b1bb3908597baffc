import { okSchema } from '../../../shared/api/auth.schemas.ts';
import {
  createWorkspaceInputSchema,
  deleteWorkspaceInputSchema,
  memberParamsSchema,
  memberSchema,
  teamSchema,
  updateMemberInputSchema,
  updateWorkspaceInputSchema,
  workspaceIdParamsSchema,
  workspaceSchema,
} from '../../../shared/api/workspace.schemas.ts';
import { requireWorkspace } from '../../http/request-context.ts';
import { defineRoute } from '../../http/route.ts';
import { createWorkspace, deleteWorkspace, getTeam, loadWorkspace, removeMember, updateMember, updateWorkspace } from './workspaces.service.ts';

export const workspaceRoutes = [
  defineRoute({
    method: 'POST',
    path: '/workspaces',
    summary: 'Create a workspace in an organisation (organisation owners and admins)',
    tags: ['workspaces'],
    access: { kind: 'user' },
    body: createWorkspaceInputSchema,
    response: workspaceSchema,
    successStatus: 201,
    handler: async ({ ctx, body }) => createWorkspace(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    path: '/workspaces/:workspaceId',
    summary: 'A workspace and your role in it',
    tags: ['workspaces'],
    access: { kind: 'workspace', minRole: 'viewer' },
    params: workspaceIdParamsSchema,
    response: workspaceSchema,
    handler: async ({ ctx }) => loadWorkspace(ctx.db, requireWorkspace(ctx).id, requireWorkspace(ctx).role),
  }),
  defineRoute({
    method: 'PATCH',
    path: '/workspaces/:workspaceId',
    summary: 'Change workspace settings',
    tags: ['workspaces'],
    access: { kind: 'workspace', minRole: 'admin' },
    params: workspaceIdParamsSchema,
    body: updateWorkspaceInputSchema,
    response: workspaceSchema,
    handler: async ({ ctx, body }) => updateWorkspace(ctx, body),
  }),
  defineRoute({
    method: 'DELETE',
    path: '/workspaces/:workspaceId',
    summary: 'Delete a workspace and everything in it (owners; confirm with its name)',
    tags: ['workspaces'],
    access: { kind: 'workspace', minRole: 'owner' },
    params: workspaceIdParamsSchema,
    body: deleteWorkspaceInputSchema,
    response: okSchema,
    handler: async ({ ctx, body }) => {
      await deleteWorkspace(ctx, body);
      return { ok: true as const };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/workspaces/:workspaceId/team',
    summary: 'Members with their roles and business functions, and which functions are missing',
    tags: ['team'],
    access: { kind: 'workspace', minRole: 'viewer' },
    params: workspaceIdParamsSchema,
    response: teamSchema,
    handler: async ({ ctx }) => getTeam(ctx),
  }),
  defineRoute({
    method: 'PATCH',
    path: '/workspaces/:workspaceId/members/:userId',
    summary: 'Change a member’s role (admins) or business function (admins, or the member)',
    tags: ['team'],
    // Viewers may set their own business function; the service checks the rest.
    access: { kind: 'workspace', minRole: 'viewer' },
    params: memberParamsSchema,
    body: updateMemberInputSchema,
    response: memberSchema,
    handler: async ({ ctx, params, body }) => updateMember(ctx, params.userId, body),
  }),
  defineRoute({
    method: 'DELETE',
    path: '/workspaces/:workspaceId/members/:userId',
    summary: 'Remove a member (admins), or leave the workspace (yourself)',
    tags: ['team'],
    access: { kind: 'workspace', minRole: 'viewer' },
    params: memberParamsSchema,
    response: okSchema,
    handler: async ({ ctx, params }) => {
      await removeMember(ctx, params.userId);
      return { ok: true as const };
    },
  }),
];
