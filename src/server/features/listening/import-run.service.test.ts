import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Database } from '../../db/database.ts';
import { listeningImports, mentions, organizations, workspaces } from '../../db/schema/index.ts';
import { rawBodyChunks } from '../../http/raw-body.ts';
import { openTestDatabase } from '../../test-support/test-database.ts';
import { type AnalysisPool, createAnalysisPool } from './analysis-pool.ts';
import { runImport } from './import-run.service.ts';

let database: Database;
let pool: AnalysisPool;
before(async () => {
  database = await openTestDatabase();
  pool = createAnalysisPool({ size: 1 });
});
after(async () => {
  await pool.close();
  await database.close();
});

async function importRow(name: string, byteSize: number) {
  const db = database.db;
  const [org] = await db.insert(organizations).values({ name }).returning();
  const [ws] = await db.insert(workspaces).values({ organizationId: org!.id, name }).returning();
  const [row] = await db
    .insert(listeningImports)
    .values({ workspaceId: ws!.id, fileName: `${name}.json`, byteSize, sha256: 'x', format: 'json', options: { timezone: 'UTC' }, mapping: { text: 'text', date: 'date' }, status: 'queued' })
    .returning();
  return row!;
}

/** The file in small pieces, as a slow upload or a chunked store would hand it over. */
async function* pieces(bytes: Uint8Array, size = 4096): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function stored(workspaceId: string): Promise<number> {
  const [row] = await database.db.select({ n: sql<number>`count(*)::int` }).from(mentions).where(eq(mentions.workspaceId, workspaceId));
  return row!.n;
}

test('a file that breaks half-way keeps the batches stored before, and a retry adds only what is new', async () => {
  // Long posts, so the first batches are read (past the 64 KB the encoding is sniffed on) before the break.
  const post = (i: number) => JSON.stringify({ text: `post number ${i} ${'about coffee and cake '.repeat(150)}`, date: `2024-05-0${1 + (i % 5)}T10:00:00Z` });
  const good = Array.from({ length: 25 }, (_, i) => post(i)).join(',\n');
  const broken = new TextEncoder().encode(`[${good},\n,\n${post(99)}]`);
  const row = await importRow('broken', broken.byteLength);
  const progress: number[] = [];
  const failed = await runImport(database.db, row, { chunks: pieces(broken), totalBytes: broken.byteLength }, { pool, batchSize: 10, onProgress: (p) => progress.push(p.bytesRead) });
  assert.equal(failed.status, 'failed');
  assert.match(failed.error ?? '', /^json_structure: line \d+: empty element between two commas/);
  assert.equal(failed.rowsImported, 20, 'the two full batches read before the break are kept');
  assert.equal(await stored(row.workspaceId), 20);
  assert.ok(progress.length === 2 && progress[0]! <= progress[1]!, `progress after each stored batch: ${progress}`);

  const again = await runImport(database.db, failed, { chunks: pieces(broken), totalBytes: broken.byteLength }, { pool, batchSize: 10 });
  assert.equal(again.status, 'failed');
  assert.equal(again.rowsImported, 20);
  assert.equal(await stored(row.workspaceId), 20);

  // The fixed file: the 20 stored before come back as duplicates, only the rest is added.
  const fixed = new TextEncoder().encode(`[${good},\n${post(99)}]`);
  const done = await runImport(database.db, again, { chunks: pieces(fixed), totalBytes: fixed.byteLength }, { pool, batchSize: 10 });
  assert.deepEqual([done.status, done.rowsImported, done.rowsDuplicate, done.rowsRejected], ['done', 26, 0, 0]);
  assert.equal(done.bytesProcessed, fixed.byteLength);
  assert.equal(await stored(row.workspaceId), 26);
});

test('an upload is cut off as soon as it passes the limit', async () => {
  const body = (async function* () {
    yield new Uint8Array(600);
    yield new Uint8Array(600);
    throw new Error('read past the limit');
  })();
  const request = { body: Object.assign(body, { pipe: () => body }) } as unknown as FastifyRequest;
  let read = 0;
  await assert.rejects(
    (async () => {
      for await (const chunk of rawBodyChunks(request, 1000)) read += chunk.byteLength;
    })(),
    (error: { code?: string }) => error.code === 'payload_too_large',
  );
  assert.equal(read, 600);
});
