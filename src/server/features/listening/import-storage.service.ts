import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { listeningImportChunks } from '../../db/schema/index.ts';

/*
 * The uploaded file lives in the database in 1 MB chunks, so whichever process runs the import job
 * (a worker on another machine with PostgreSQL) can read it, and a file never has to fit in memory:
 * the upload writes a chunk as soon as a megabyte has come, the job reads them back one by one.
 */

export const IMPORT_MAX_BYTES = 512 * 1024 * 1024;
export const CHUNK_BYTES = 1024 * 1024;

export type StoredUpload = { byteSize: number; sha256: string };

/** Writes the bytes as chunks 0, 1, 2…; the SHA-256 is taken on the way. */
export async function storeUploadChunks(db: Db, importId: string, source: AsyncIterable<Uint8Array>): Promise<StoredUpload> {
  const hash = createHash('sha256');
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let byteSize = 0;
  let seq = 0;
  const flush = async (data: Buffer) => {
    await db.insert(listeningImportChunks).values({ importId, seq: seq++, data });
  };
  for await (const piece of source) {
    const bytes = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    hash.update(bytes);
    byteSize += bytes.byteLength;
    pending.push(bytes);
    pendingBytes += bytes.byteLength;
    while (pendingBytes >= CHUNK_BYTES) {
      const all = Buffer.concat(pending, pendingBytes);
      await flush(all.subarray(0, CHUNK_BYTES));
      pending = [all.subarray(CHUNK_BYTES)];
      pendingBytes -= CHUNK_BYTES;
    }
  }
  if (pendingBytes > 0) await flush(Buffer.concat(pending, pendingBytes));
  return { byteSize, sha256: hash.digest('hex') };
}

/** The stored file, chunk by chunk in order; only one chunk is held at a time. */
export async function* importChunks(db: Db, importId: string): AsyncGenerator<Uint8Array> {
  for (let seq = 0; ; seq++) {
    const [chunk] = await db
      .select({ data: listeningImportChunks.data })
      .from(listeningImportChunks)
      .where(and(eq(listeningImportChunks.importId, importId), eq(listeningImportChunks.seq, seq)));
    if (!chunk) return;
    yield chunk.data;
  }
}

export async function chunkCount(db: Db, importId: string): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(listeningImportChunks).where(eq(listeningImportChunks.importId, importId));
  return row?.n ?? 0;
}
