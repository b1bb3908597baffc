import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { type Database, openPglite, openPostgres } from '../db/database.ts';
import { pgliteModule } from '../db/pglite-module.ts';

const migrationsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../db/migrations');

function migrationsHash(): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(migrationsDir).sort()) {
    if (file.endsWith('.sql')) hash.update(file).update(readFileSync(path.join(migrationsDir, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * initdb in WASM takes seconds; loading a migrated dump takes half a second. The dump is cached in
 * the OS temp folder under the migrations' hash, written atomically so parallel test files can share it.
 */
async function freshPglite(): Promise<Database> {
  const dumpPath = path.join(os.tmpdir(), `socialplan-test-pglite-${migrationsHash()}.tar`);
  if (!existsSync(dumpPath)) {
    const seed = await openPglite(undefined);
    await seed.migrate();
    const dump = await seed.pglite!.dumpDataDir('none');
    const tmp = `${dumpPath}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
    renameSync(tmp, dumpPath);
    await seed.close();
  }
  const client = await PGlite.create({ loadDataDir: new Blob([readFileSync(dumpPath)]), pgliteWasmModule: await pgliteModule() });
  const database = await openPglite(undefined, client);
  await database.migrate();
  return database;
}

/** A database of its own on the PostgreSQL server, dropped when the test closes it. */
async function freshPostgres(serverUrl: string): Promise<Database> {
  const name = `socialplan_test_${Date.now()}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString(), { max: 5 });
  await database.migrate();
  return {
    ...database,
    close: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

export async function openTestDatabase(): Promise<Database> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  return serverUrl ? freshPostgres(serverUrl) : freshPglite();
}
