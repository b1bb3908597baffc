import type { Config, Role } from '../config.ts';
import { openRuntime, startServer } from '../main.ts';

/** Resolves -1 while serving: the process lives until a signal stops it. */
export async function runServe(config: Config, roles: Role[]): Promise<number> {
  const started = performance.now();
  if (config.databaseUrl && !config.secretKey) {
    console.warn(`SECRET_KEY is not set: using the key kept in ${config.dataDir}. Every process sharing this database needs the same key, so set SECRET_KEY when you run more than one.`);
  }
  const server = await startServer(config, roles);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const where = config.databaseUrl ? 'PostgreSQL' : `the embedded database in ${config.dataDir}`;
  console.log(`Socialplan (${roles.join(' + ')}) is running${server.url ? ` at ${server.url}` : ''} on ${where}; started in ${seconds} s.`);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping…`);
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  return -1;
}

export async function runMigrate(config: Config): Promise<number> {
  const runtime = await openRuntime(config);
  await runtime.release();
  console.log('Migrations are up to date.');
  return 0;
}
