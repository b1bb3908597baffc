import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config.ts';
import type { RequestContext } from '../../http/request-context.ts';
import { SESSION_TTL_MS } from './auth.domain.ts';
import { SESSION_COOKIE, startSession } from './auth.service.ts';

function isSecure(request: FastifyRequest, config: Config): boolean {
  return request.protocol === 'https' || Boolean(config.publicUrl?.startsWith('https:'));
}

export function setSessionCookie(reply: FastifyReply, request: FastifyRequest, config: Config, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecure(request, config),
    path: '/',
    maxAge: Math.floor(SESSION_TTL_MS / 1000),
  });
}

export function clearSessionCookie(reply: FastifyReply, request: FastifyRequest, config: Config): void {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: isSecure(request, config), path: '/' });
}

/** Starts a session for `userId` and hands its cookie to the browser; returns the CSRF token. */
export async function signIn(ctx: RequestContext, reply: FastifyReply, request: FastifyRequest, userId: string): Promise<string> {
  const { token, csrfToken } = await startSession(ctx, userId);
  setSessionCookie(reply, request, ctx.config, token);
  return csrfToken;
}
