import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { WorkspaceRole } from '../../shared/roles.ts';
import type { RequestContext } from './request-context.ts';

/**
 * Who may call a route. `workspace` routes carry `:workspaceId`; membership is checked before the
 * handler runs (a non-member gets 404, as if the workspace did not exist) and then the role.
 * `token` routes carry `:workspaceId` too but are called by other tools with a workspace token
 * (`Authorization: Bearer …`) instead of a session; a token of another workspace gets 404.
 */
export type Access = { kind: 'public' } | { kind: 'user' } | { kind: 'workspace'; minRole: WorkspaceRole } | { kind: 'token' };

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

export type RouteInput<P, Q, B> = { params: Parsed<P>; query: Parsed<Q>; body: Parsed<B>; ctx: RequestContext };

export type RouteDef<P = unknown, Q = unknown, B = unknown> = {
  method: HttpMethod;
  /** Path below /api/v1, fastify syntax: `/workspaces/:workspaceId/team`. */
  path: string;
  summary: string;
  tags: string[];
  access: Access;
  params?: P;
  query?: Q;
  body?: B;
  /** JSON response schema for the OpenAPI document; omitted for non-JSON answers (CSV). */
  response?: z.ZodType;
  successStatus?: 200 | 201;
  /**
   * The body is a file sent as application/octet-stream, handed to the handler unread as
   * `request.body` (a stream) so it is never held in memory; `maxBytes` is checked against
   * Content-Length at once and again while the handler reads (see http/raw-body.ts).
   */
  rawBody?: { maxBytes: number };
  produces?: string;
  handler: (input: RouteInput<P, Q, B>, reply: FastifyReply, request: FastifyRequest) => Promise<unknown>;
};

export type AnyRoute = RouteDef<z.ZodType | undefined, z.ZodType | undefined, z.ZodType | undefined>;

/** Identity function that keeps the handler's input types tied to the schemas. */
export function defineRoute<
  P extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
>(def: RouteDef<P, Q, B>): AnyRoute {
  return def as unknown as AnyRoute;
}

export const API_PREFIX = '/api/v1';
