import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import { openPglite } from './database.ts';

async function settings(client: PGlite): Promise<Record<string, string>> {
  const result = await client.query<{ name: string; setting: string }>(
    "select name, setting from pg_settings where name in ('fsync', 'full_page_writes', 'wal_init_zero', 'shared_buffers')",
  );
  return Object.fromEntries(result.rows.map((r) => [r.name, r.setting]));
}

test('the embedded database runs with our settings, also in a directory made by an older version, and keeps its data', async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'socialplan-db-'));
  try {
    // A directory from before these settings: made with shared_buffers alone.
    const older = await PGlite.create(path.join(dataDir, 'pg'), { postgresqlconf: ['shared_buffers=32MB'] });
    assert.equal((await older.query<{ full_page_writes: string }>('show full_page_writes')).rows[0]!.full_page_writes, 'on');
    await older.exec('create table kept (n integer); insert into kept values (42);');
    await older.close();

    const database = await openPglite(dataDir);
    // Turning full-page writes and WAL zero-filling off is sound only while PGlite runs without fsync.
    assert.deepEqual(await settings(database.pglite!), { fsync: 'off', full_page_writes: 'off', shared_buffers: '4096', wal_init_zero: 'off' });
    await database.pglite!.exec('insert into kept values (43)');
    await database.close();

    const reopened = await openPglite(dataDir);
    const kept = await reopened.pglite!.query<{ n: number }>('select n from kept order by n');
    assert.deepEqual(kept.rows.map((r) => r.n), [42, 43]);
    await reopened.close();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
