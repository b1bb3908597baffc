import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config.ts';
import { SESSION_TTL_MS } from './auth.domain.ts';
import { SESSION_COOKIE } from './auth.service.ts';

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
