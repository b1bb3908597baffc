import type { FastifyInstance } from 'fastify';
import type { Database } from '../../db/database.ts';
import { buildOpenApi } from '../../http/openapi.ts';
import { API_PREFIX, type AnyRoute } from '../../http/route.ts';
import type { Jobs } from '../../jobs/jobs.ts';

/** Probes and the API description live outside the route registry: they need no auth or tenant. */
export function registerSystemRoutes(app: FastifyInstance, database: Database, jobs: Jobs | null, routes: readonly AnyRoute[], version: string) {
  const document = buildOpenApi(routes, version);
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    const checks: Record<string, string> = {};
    try {
      await database.ping();
      checks.database = 'ok';
    } catch (error) {
      checks.database = `failing: ${(error as Error).message}`;
    }
    if (jobs) checks.jobs = (await jobs.boss.isInstalled().catch(() => false)) ? 'ok' : 'failing: job schema missing';
    const ready = Object.values(checks).every((v) => v === 'ok');
    return reply.status(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not ready', checks });
  });
  app.get(`${API_PREFIX}/openapi.json`, async () => document);
}
