import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp, ROOT_DIR, WEB_DIR } from './app.ts';
import type { Config, Role } from './config.ts';
import { type Database, openPglite, openPostgres } from './db/database.ts';
import type { AppDeps } from './http/request-context.ts';
import { type Jobs, startJobs } from './jobs/jobs.ts';
import { lockDataDir, prepareDataDir, resolveSecretKey } from './lib/data-dir.ts';
import { createSecretBox } from './lib/secret-box.ts';

export type Runtime = { config: Config; database: Database; secretKey: string; release: () => Promise<void> };

/** Data directory, secret key, database and migrations: what every command needs first. */
export async function openRuntime(config: Config): Promise<Runtime> {
  prepareDataDir(config.dataDir);
  const unlock = config.databaseUrl ? () => {} : lockDataDir(config.dataDir);
  try {
    const secretKey = resolveSecretKey(config.dataDir, config.secretKey);
    const database = config.databaseUrl ? await openPostgres(config.databaseUrl) : await openPglite(config.dataDir);
    await database.migrate();
    return { config, database, secretKey, release: async () => { await database.close(); unlock(); } };
  } catch (error) {
    unlock();
    throw error;
  }
}

export function depsFor(runtime: Runtime, jobs: Jobs): AppDeps {
  return { db: runtime.database.db, config: runtime.config, jobs, secrets: createSecretBox(runtime.secretKey), now: () => new Date() };
}

/** First start (or a checkout without a build): build the web UI so `npm start` is all it takes. */
export async function ensureWebBuilt(log: (message: string) => void): Promise<void> {
  if (existsSync(path.join(WEB_DIR, 'index.html'))) return;
  log('Building the web interface (first start only)…');
  const { build } = await import('vite');
  await build({ configFile: path.join(ROOT_DIR, 'vite.config.ts'), logLevel: 'warn' });
}

export type Server = { app: FastifyInstance | null; url: string | null; stop: () => Promise<void> };

export async function startServer(config: Config, roles: Role[], log: (message: string) => void = console.log): Promise<Server> {
  const runtime = await openRuntime(config);
  let jobs: Jobs | null = null;
  let app: FastifyInstance | null = null;
  const stop = async () => {
    await app?.close();
    await jobs?.stop();
    await runtime.release();
  };
  try {
    if (roles.includes('web')) await ensureWebBuilt(log);
    // Job handlers get the same dependencies as requests, including the queue itself.
    let deps: AppDeps | null = null;
    jobs = await startJobs(runtime.database, () => deps ?? depsFor(runtime, jobs!), {
      worker: roles.includes('worker'),
      log: (m, e) => log(`${m}: ${String(e)}`),
    });
    deps = depsFor(runtime, jobs);
    if (!roles.includes('web')) return { app: null, url: null, stop };
    app = await buildApp({ config, database: runtime.database, jobs, secretKey: runtime.secretKey, logger: { level: config.logLevel } });
    const address = await app.listen({ port: config.port, host: config.host });
    const port = new URL(address).port;
    return { app, url: config.publicUrl ?? `http://localhost:${port}`, stop };
  } catch (error) {
    await stop().catch(() => {});
    throw error;
  }
}
