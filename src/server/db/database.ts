import { execFile } from 'node:child_process';
import { existsSync, renameSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { StartupError } from '../lib/app-error.ts';
import { ARRAY_OIDS } from './pg-binary-array.ts';
import { pgliteModule } from './pglite-module.ts';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type Database = {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Set for the embedded database: pg-boss reaches it through its PGlite adapter. */
  pglite: PGlite | undefined;
  /** Set for PostgreSQL: pg-boss opens its own small pool on it. */
  connectionString: string | undefined;
  migrate(): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
};

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
// Any constant will do; it only has to be the same in every Socialplan process.
const MIGRATION_LOCK = 7_262_024;

/*
 * PGlite's defaults suit a browser tab, not a server process: its emulated mmap zeroes all of
 * `shared_buffers` (128 MB) at start, so every page counts in the process's memory whether or not
 * it ever holds data. 32 MB keeps the dashboards' working set (rollups, indexes) while the data
 * files stay in the OS page cache, which PGlite reads through like any file.
 * PGlite runs with fsync off: a write is safe once the OS has it, and a crash of the machine itself
 * can lose data whatever else is set. Full-page images in the WAL only guard against pages torn by
 * such a crash, and zero-filling each new 16 MB WAL segment only makes a later fsync cheaper, so
 * both are off. Storing 300,000 mentions then wrote 395 MB of WAL instead of 764 MB, and the
 * database thread spent 5–6 µs less a mention (bench/listening-store, alternating stores). PGlite
 * writes these settings into the data directory at every start, so older directories get them too.
 */
const PGLITE_CONF = ['shared_buffers=32MB', 'full_page_writes=off', 'wal_init_zero=off'];
const INIT_SCRIPT = fileURLToPath(new URL('./pglite-init.ts', import.meta.url));
const execFileAsync = promisify(execFile);

async function createPglite(dataDir: string | undefined): Promise<PGlite> {
  const options = { postgresqlconf: PGLITE_CONF, pgliteWasmModule: await pgliteModule() };
  if (!dataDir) return PGlite.create(options);
  const pgDir = path.join(dataDir, 'pg');
  if (!existsSync(pgDir)) {
    // Made beside and renamed into place, so an interrupted initdb never leaves a half directory.
    const fresh = `${pgDir}.new-${process.pid}`;
    // Baseline code only: initdb runs once and briefly, and optimising PostgreSQL's code for it
    // doubled the child's peak memory (1.15 GB against 560 MB) and made it slower.
    await execFileAsync(process.execPath, ['--liftoff-only', INIT_SCRIPT, fresh, JSON.stringify(PGLITE_CONF)]);
    renameSync(fresh, pgDir);
  }
  return PGlite.create(pgDir, options);
}

type Serializer = (value: unknown) => unknown;

/**
 * PGlite turns every parameter into text through its serializer for the parameter's type; an
 * array already encoded in the binary format (pg-binary-array.ts) must reach the wire as it is,
 * as node-postgres sends it. Array serializers are set per instance once types are loaded.
 */
export function binaryArrayParams(client: PGlite): void {
  const serializers = (client as unknown as { serializers: Record<number, Serializer | undefined> }).serializers;
  for (const oid of Object.values(ARRAY_OIDS)) {
    const text = serializers[oid];
    serializers[oid] = (value) => (value instanceof Uint8Array ? value : text ? text(value) : String(value));
  }
}

/** `dataDir` undefined means in memory (tests); tests may hand in a client loaded from a dump. */
export async function openPglite(dataDir: string | undefined, existing?: PGlite): Promise<Database> {
  let client: PGlite;
  try {
    client = existing ?? (await createPglite(dataDir));
    await client.query('select 1');
  } catch (error) {
    throw new StartupError(
      `The embedded database in ${dataDir ?? 'memory'} could not be opened (${(error as Error).message}). ` +
        'It may be damaged or written by another program; it was left untouched. Restore it from a backup or choose another DATA_DIR.',
      { cause: error },
    );
  }
  binaryArrayParams(client);
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    pglite: client,
    connectionString: undefined,
    migrate: async () => {
      await migratePglite(db as never, { migrationsFolder });
    },
    ping: async () => {
      await client.query('select 1');
    },
    close: () => client.close(),
  };
}

function describeTarget(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return 'the configured server';
  }
}

export async function openPostgres(connectionString: string, options: { max?: number } = {}): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max: options.max ?? 10, connectionTimeoutMillis: 5000 });
  // An idle client that loses its server emits 'error'; without a listener that would crash the process.
  pool.on('error', () => {});
  try {
    const c = await pool.connect();
    c.release();
  } catch (error) {
    await pool.end().catch(() => {});
    const err = error as NodeJS.ErrnoException;
    throw new StartupError(
      `Cannot reach the PostgreSQL server at ${describeTarget(connectionString)} (${err.code ?? err.message}). ` +
        'Check DATABASE_URL and that the server is running, or unset DATABASE_URL to use the embedded database.',
      { cause: error },
    );
  }
  const db = drizzleNodePg(pool, { schema }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    pglite: undefined,
    connectionString,
    migrate: async () => {
      // Several web and worker processes may start at once: only one applies migrations at a time.
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
        await migrateNodePg(drizzleNodePg(client, { schema }), { migrationsFolder });
      } finally {
        await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
        client.release();
      }
    },
    ping: async () => {
      await pool.query('select 1');
    },
    close: () => pool.end(),
  };
}
