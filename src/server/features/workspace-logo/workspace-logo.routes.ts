import { okSchema } from '../../../shared/api/auth.schemas.ts';
import { workspaceIdParamsSchema } from '../../../shared/api/workspace.schemas.ts';
import { logoSummarySchema, putLogoInputSchema } from '../../../shared/api/workspace-logo.schemas.ts';
import { type AnyRoute, defineRoute } from '../../http/route.ts';
import { getLogo, putLogo, removeLogo } from './workspace-logo.service.ts';

const PATH = '/workspaces/:workspaceId/logo';
const TAGS = ['workspaces'];

export const workspaceLogoRoutes: AnyRoute[] = [
  defineRoute({
    method: 'PUT',
    path: PATH,
    summary: 'Set the logo shown on exported documents: a PNG or JPEG of at most 256 KB, base64 in JSON (admins)',
    tags: TAGS,
    access: { kind: 'workspace', minRole: 'admin' },
    params: workspaceIdParamsSchema,
    body: putLogoInputSchema,
    response: logoSummarySchema,
    handler: async ({ ctx, body }) => putLogo(ctx, body),
  }),
  defineRoute({
    method: 'DELETE',
    path: PATH,
    summary: 'Remove the workspace logo (admins)',
    tags: TAGS,
    access: { kind: 'workspace', minRole: 'admin' },
    params: workspaceIdParamsSchema,
    response: okSchema,
    handler: async ({ ctx }) => {
      await removeLogo(ctx);
      return { ok: true as const };
    },
  }),
  defineRoute({
    method: 'GET',
    path: PATH,
    summary: 'The workspace logo as an image (PNG or JPEG); 404 when there is none',
    tags: TAGS,
    access: { kind: 'workspace', minRole: 'viewer' },
    params: workspaceIdParamsSchema,
    produces: 'image/*',
    handler: async ({ ctx }, reply) => {
      const logo = await getLogo(ctx);
      reply.header('content-type', logo.mediaType);
      // Members only: a shared cache must not keep it, the browser may while the version is the same.
      reply.header('cache-control', 'private, max-age=300');
      reply.header('last-modified', logo.updatedAt.toUTCString());
      return reply.send(Buffer.from(logo.data));
    },
  }),
];
