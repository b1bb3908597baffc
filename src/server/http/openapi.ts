import { z } from 'zod';
import { errorBodySchema } from '../../shared/api/errors.ts';
import { API_PREFIX, type AnyRoute } from './route.ts';

type JsonSchema = Record<string, unknown>;

function toSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, target: 'openapi-3.0', unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

function parameters(schema: z.ZodType | undefined, where: 'path' | 'query') {
  if (!schema) return [];
  const json = toSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    schema: s,
  }));
}

const ERROR_RESPONSE = { description: 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };

/** The OpenAPI 3 document, built from the same zod schemas that validate requests. */
export function buildOpenApi(routes: readonly AnyRoute[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = (API_PREFIX + route.path).replace(/:(\w+)/g, '{$1}');
    const success = route.response
      ? { description: 'OK', content: { 'application/json': { schema: toSchema(route.response, 'output') } } }
      : { description: 'OK', content: { [route.produces ?? 'application/octet-stream']: {} } };
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = {
      summary: route.summary,
      tags: route.tags,
      operationId: `${route.method.toLowerCase()}${path.replace(/[^a-zA-Z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
      security: route.access.kind === 'public' ? [] : route.access.kind === 'token' ? [{ workspaceToken: [] }] : [{ session: [] }],
      'x-socialplan-access': route.access,
      parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
      ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: toSchema(route.body, 'input') } } } } : {}),
      ...(route.rawBody ? { requestBody: { required: true, content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } } } : {}),
      responses: { [String(route.successStatus ?? 200)]: success, '4XX': ERROR_RESPONSE, '5XX': ERROR_RESPONSE },
    };
  }
  return {
    openapi: '3.0.3',
    info: {
      title: 'Socialplan API',
      version,
      description:
        'Session cookie authentication. Every POST, PATCH, PUT and DELETE made with the session cookie must send the session’s CSRF token in the x-csrf-token header (GET /api/v1/session returns it).',
    },
    paths,
    components: {
      schemas: { Error: toSchema(errorBodySchema, 'output') },
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'sp_session' }, workspaceToken: { type: 'http', scheme: 'bearer' } },
    },
  };
}
