import { eq, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { columnMappingSchema, importOptionsSchema } from '../../../shared/api/listening.schemas.ts';
import type { Db } from '../../db/database.ts';
import { listeningImportRejections, listeningImports } from '../../db/schema/index.ts';
import type { AppDeps } from '../../http/request-context.ts';
import type { AnalysisPool } from './analysis-pool.ts';
import { requireEncoding } from './import-errors.domain.ts';
import { importChunks } from './import-storage.service.ts';
import type { ImportFormat } from './import/import-records.domain.ts';
import { ImportFailure, type RowRejection } from './import/import-problems.domain.ts';
import { type ImportProgress, importMentions } from './import/import-pipeline.domain.ts';
import { ingestHooks } from './ingest-hooks.service.ts';
import { createIngestPipeline, type IngestDeps } from './mention-ingest.service.ts';
import { vacuumRollups } from './term-compaction.service.ts';

/*
 * Running an import: the file's bytes through the import pipeline (decode, read, map, check each
 * row) and every batch through ingest, in order. After each stored batch the import row says how
 * far it got and the batch's rejected rows are kept (the first MAX_STORED_REJECTIONS; all are
 * counted). Nothing is taken back on failure: batches stored before it stay, and a run of the same
 * file again (a retry) skips them as duplicates, so only the rows after the failure are added.
 */

export const IMPORT_BATCH = 10_000;
export const MAX_STORED_REJECTIONS = 10_000;
const ANALYZE_AFTER_ROWS = 50_000;
const REJECTIONS_PER_INSERT = 1000;

type ImportRow = typeof listeningImports.$inferSelect;
export type ImportSource = { chunks: AsyncIterable<Uint8Array>; totalBytes: number };
export type RunHooks = {
  pool?: AnalysisPool;
  ingest?: IngestDeps;
  onProgress?: (progress: ImportProgress, row: ImportRow) => void;
  /** Rows per batch (default IMPORT_BATCH): one transaction and one progress update each. */
  batchSize?: number;
};
type BatchMeta = { progress: ImportProgress; rejections: RowRejection[] };

async function keepRejections(db: Db, importId: string, rejections: readonly RowRejection[]): Promise<void> {
  for (let i = 0; i < rejections.length; i += REJECTIONS_PER_INSERT) {
    const part = rejections.slice(i, i + REJECTIONS_PER_INSERT).map((r) => ({ importId, line: r.line, reason: r.reason, message: r.message, excerpt: r.excerpt }));
    await db.insert(listeningImportRejections).values(part).onConflictDoNothing();
  }
}

type ImportUpdate = { [K in keyof typeof listeningImports.$inferInsert]?: (typeof listeningImports.$inferInsert)[K] | SQL };

async function finish(db: Db, id: string, values: ImportUpdate): Promise<ImportRow> {
  const [row] = await db.update(listeningImports).set(values).where(eq(listeningImports.id, id)).returning();
  return row!;
}

/** Runs the import of `row` from `source`; resolves with the finished row (done or failed for a file problem). */
export async function runImport(db: Db, row: ImportRow, source: ImportSource, hooks: RunHooks = {}): Promise<ImportRow> {
  const options = importOptionsSchema.parse(row.options);
  const mapping = columnMappingSchema.parse(row.mapping ?? {});
  const importedBefore = row.rowsImported;
  // Rejections are worked out again from the file on every run.
  await db.delete(listeningImportRejections).where(eq(listeningImportRejections.importId, row.id));
  let current = await finish(db, row.id, { status: 'running', error: null, finishedAt: null, bytesProcessed: 0, rowsDuplicate: 0, rowsRejected: 0 });
  let stored = 0;
  const ingest = createIngestPipeline<BatchMeta>(
    db,
    { workspaceId: row.workspaceId, sourceId: null, sourceKind: 'file', defaultChannel: options.channel },
    {
      ...hooks.ingest,
      ...(hooks.pool ? { pool: hooks.pool } : {}),
      onStored: async (result, meta) => {
        const keep = meta.rejections.slice(0, Math.max(0, MAX_STORED_REJECTIONS - stored));
        stored += keep.length;
        await keepRejections(db, row.id, keep);
        current = await finish(db, row.id, {
          bytesProcessed: meta.progress.bytesRead,
          rowsImported: sql`${listeningImports.rowsImported} + ${result.accepted}`,
          rowsDuplicate: sql`${listeningImports.rowsDuplicate} + ${result.duplicates}`,
          rowsRejected: sql`${listeningImports.rowsRejected} + ${meta.rejections.length}`,
        });
        hooks.onProgress?.(meta.progress, current);
      },
    },
  );
  try {
    const batches = importMentions(source.chunks, {
      fileName: row.fileName,
      format: row.format as ImportFormat,
      encoding: requireEncoding(options.encoding, 'options.encoding'),
      mapping,
      dateOrder: options.dateOrder,
      timeZone: options.timezone,
      batchSize: hooks.batchSize ?? IMPORT_BATCH,
      totalBytes: source.totalBytes,
    });
    for await (const batch of batches) await ingest.push(batch.mentions, { progress: batch.progress, rejections: batch.rejections });
    await ingest.finish();
  } catch (error) {
    // What was stored stays stored; wait for batches already on their way before saying so.
    await ingest.finish().catch(() => {});
    const message = error instanceof ImportFailure ? `${error.code}: ${error.message}` : `The import stopped: ${(error as Error).message}`;
    const failed = await finish(db, row.id, { status: 'failed', error: message, finishedAt: new Date() });
    if (error instanceof ImportFailure) return failed;
    throw error;
  }
  // Rows stored by an earlier, interrupted run of this file came back as duplicates this time.
  const duplicates = Math.max(0, current.rowsDuplicate - importedBefore);
  // The embedded database has no autovacuum: after a large load the planner's statistics are
  // refreshed here, and the rollups every batch updated and term compaction trimmed are vacuumed
  // (about 3 s after a million mentions).
  if (current.rowsImported - importedBefore >= ANALYZE_AFTER_ROWS) {
    await db.execute(sql`analyze mentions`);
    await vacuumRollups(db);
  }
  return finish(db, row.id, { status: 'done', finishedAt: new Date(), bytesProcessed: source.totalBytes, rowsDuplicate: duplicates });
}

export const importJobSchema = z.object({ importId: z.uuid() });

/** The `listening.import` job: runs a queued (or retried) import from its stored chunks. */
export async function runImportJob(deps: AppDeps, data: Record<string, unknown>): Promise<{ status: string }> {
  const { importId } = importJobSchema.parse(data);
  const [row] = await deps.db.select().from(listeningImports).where(eq(listeningImports.id, importId));
  // Deleted with its workspace, or already done by an earlier delivery of the job.
  if (!row || row.status === 'done') return { status: row?.status ?? 'missing' };
  const finished = await runImport(deps.db, row, { chunks: importChunks(deps.db, row.id), totalBytes: row.byteSize }, { ingest: ingestHooks(deps) });
  return { status: finished.status };
}
