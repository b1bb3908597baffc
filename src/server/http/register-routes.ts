import type { FastifyInstance, FastifyRequest } from 'fastify';
import { hasRole } from '../../shared/roles.ts';
import { resolveSession, SESSION_COOKIE } from '../features/auth/auth.service.ts';
import { resolveWorkspaceToken } from '../features/listening/tokens.service.ts';
import { findMembership } from '../features/workspaces/workspaces.service.ts';
import { AppError } from '../lib/app-error.ts';
import type { AppDeps, RequestContext, TokenAccess } from './request-context.ts';
import { API_PREFIX, type AnyRoute } from './route.ts';
import { parseOrThrow } from './validation.ts';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function sameOrigin(request: FastifyRequest, publicUrl: string | undefined): boolean {
  const origin = request.headers.origin;
  if (!origin) return true; // Non-browser clients send none; browsers always do on cross-site writes.
  if (publicUrl && origin === new URL(publicUrl).origin) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

async function buildContext(deps: AppDeps, request: FastifyRequest, route: AnyRoute): Promise<RequestContext> {
  const ctx: RequestContext = {
    ...deps,
    ip: request.ip ?? null,
    userAgent: request.headers['user-agent']?.slice(0, 500) ?? null,
    user: null,
    session: null,
    workspace: null,
    token: null,
  };
  // Token routes ignore the session cookie: the token alone says who calls, so there is no CSRF to fear.
  const token = route.access.kind === 'token' ? undefined : request.cookies[SESSION_COOKIE];
  if (token) {
    const resolved = await resolveSession(ctx, token);
    if (resolved) {
      ctx.user = resolved.user;
      ctx.session = resolved.session;
    }
  }
  return ctx;
}

function bearerToken(request: FastifyRequest): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  return match?.[1] ?? null;
}

async function tokenFor(ctx: RequestContext, bearer: string, workspaceId: string | undefined): Promise<TokenAccess> {
  const token = await resolveWorkspaceToken(ctx, bearer);
  if (!token) throw new AppError('unauthenticated', 'Unknown or revoked workspace token');
  // Like a non-member, the holder of another workspace's token learns nothing about this one.
  if (token.workspaceId !== workspaceId) throw new AppError('not_found', 'Workspace not found');
  return token;
}

/** Every API route goes through here: authentication, CSRF, tenant and role checks, validation. */
export function registerRoutes(app: FastifyInstance, deps: AppDeps, routes: readonly AnyRoute[]): void {
  for (const route of routes) {
    app.route({
      method: route.method,
      url: API_PREFIX + route.path,
      config: { rawBody: route.rawBody },
      handler: async (request, reply) => {
        const ctx = await buildContext(deps, request, route);
        if (UNSAFE.has(route.method) && route.access.kind !== 'token') {
          if (!sameOrigin(request, deps.config.publicUrl)) throw new AppError('csrf_failed', 'Cross-site request refused');
          // Cookie-authenticated writes must echo the session's CSRF token, which another site cannot read.
          if (ctx.session && request.headers['x-csrf-token'] !== ctx.session.csrfToken) {
            throw new AppError('csrf_failed', 'Missing or wrong x-csrf-token header; reload the page');
          }
        }
        const bearer = route.access.kind === 'token' ? bearerToken(request) : null;
        if (route.access.kind === 'token' && !bearer) {
          throw new AppError('unauthenticated', 'Send a workspace token in the header Authorization: Bearer <token>');
        }
        if (route.access.kind !== 'public' && route.access.kind !== 'token' && !ctx.user) throw new AppError('unauthenticated', 'Sign in first');

        let params: unknown = request.params;
        if (route.params) {
          try {
            params = parseOrThrow(route.params, request.params, 'params');
          } catch {
            throw new AppError('not_found', 'Not found'); // An id of the wrong shape cannot exist.
          }
        }
        if (route.access.kind === 'workspace') {
          const workspaceId = (params as { workspaceId?: string }).workspaceId;
          const membership = workspaceId && ctx.user ? await findMembership(ctx, workspaceId, ctx.user.id) : null;
          if (!membership) throw new AppError('not_found', 'Workspace not found');
          if (!hasRole(membership.role, route.access.minRole)) {
            throw new AppError('forbidden', `This needs the ${route.access.minRole} role or higher in this workspace`);
          }
          ctx.workspace = membership;
        }
        if (bearer) ctx.token = await tokenFor(ctx, bearer, (params as { workspaceId?: string }).workspaceId);
        const query = route.query ? parseOrThrow(route.query, request.query, 'query') : undefined;
        const body = route.body ? parseOrThrow(route.body, request.body, 'body') : undefined;
        const result = await route.handler({ params, query, body, ctx } as never, reply, request);
        if (reply.sent) return reply;
        return reply.status(route.successStatus ?? 200).send(result);
      },
    });
  }
}
