import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import { registerSystemRoutes } from './features/system/system.routes.ts';
import { installErrorHandler, notFoundBody } from './http/error-handler.ts';
import { installRawBodyParser } from './http/raw-body.ts';
import { registerRoutes } from './http/register-routes.ts';
import type { AppDeps } from './http/request-context.ts';
import type { Jobs } from './jobs/jobs.ts';
import { createSecretBox } from './lib/secret-box.ts';
import { API_ROUTES } from './routes.ts';

export const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const WEB_DIR = path.join(ROOT_DIR, 'dist/web');
export const BODY_LIMIT = 1024 * 1024;

export type AppOptions = {
  config: Config;
  database: Database;
  jobs: Jobs;
  secretKey: string;
  logger?: boolean | { level: string };
  now?: () => Date;
  /** Folder of the built web UI; served with a fallback to index.html for client-side routes. */
  webDir?: string | null;
};

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // Mantine sets style attributes at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, database, jobs } = options;
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: BODY_LIMIT, trustProxy: config.trustProxy });
  const deps: AppDeps = { db: database.db, config, jobs, secrets: createSecretBox(options.secretKey), now: options.now ?? (() => new Date()) };

  await app.register(fastifyCookie);
  installErrorHandler(app);
  installRawBodyParser(app);
  app.addHook('onSend', async (_request, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
    reply.header('content-security-policy', CSP);
  });
  registerRoutes(app, deps, API_ROUTES);
  registerSystemRoutes(app, database, jobs, API_ROUTES, process.env.npm_package_version ?? '0.1.0');

  const webDir = options.webDir === undefined ? WEB_DIR : options.webDir;
  const serveWeb = Boolean(webDir && existsSync(path.join(webDir, 'index.html')));
  if (serveWeb) await app.register(fastifyStatic, { root: webDir!, wildcard: false, index: false });
  app.setNotFoundHandler((request, reply) => {
    // Client-side routes (/w/…/team, /invite/…) are the web app's: hand it index.html.
    if (serveWeb && request.method === 'GET' && !request.url.startsWith('/api/')) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return reply.status(404).send(notFoundBody(request.method, request.url));
  });
  return app;
}
