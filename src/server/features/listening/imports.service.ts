import { and, asc, desc, eq, gt } from 'drizzle-orm';
import type { z } from 'zod';
import type { ImportSummary, importPreviewSchema, startImportInputSchema } from '../../../shared/api/listening.schemas.ts';
import type { Db } from '../../db/database.ts';
import { listeningImportRejections, listeningImports } from '../../db/schema/index.ts';
import { type RequestContext, requireWorkspace } from '../../http/request-context.ts';
import { AppError } from '../../lib/app-error.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { asAppError, requireEncoding } from './import-errors.domain.ts';
import { chunkCount, importChunks, storeUploadChunks } from './import-storage.service.ts';
import { mappingProblems } from './import/column-mapping.domain.ts';
import { previewImport } from './import/import-preview.domain.ts';
import type { RowRejection } from './import/import-problems.domain.ts';
import { chooseFormat } from './import/import-records.domain.ts';
import { rejectionsCsv as rejectionsCsvLines } from './import/rejections-csv.domain.ts';
import { assertTimeZone } from './import/time-zone.domain.ts';

/*
 * File imports, seen from the API: upload (bytes into chunks, then a preview of the columns),
 * start (mapping and options checked before anything is queued), progress, and the rejected rows.
 * The work itself is the `listening.import` job (import-run.service.ts).
 */

type ImportRow = typeof listeningImports.$inferSelect;
type ImportPreview = z.infer<typeof importPreviewSchema>;
type StartInput = z.output<typeof startImportInputSchema>;

export const SAMPLE_ROWS = 5;
/** Marks an upload that never finished: such an import has no whole file to run. */
const UNFINISHED = 'The upload did not finish';

export function presentImport(row: ImportRow): ImportSummary {
  return {
    id: row.id,
    fileName: row.fileName,
    byteSize: row.byteSize,
    format: row.format as ImportSummary['format'],
    encoding: row.encoding,
    status: row.status as ImportSummary['status'],
    bytesProcessed: row.bytesProcessed,
    rowsImported: row.rowsImported,
    rowsDuplicate: row.rowsDuplicate,
    rowsRejected: row.rowsRejected,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

export async function findImport(db: Db, workspaceId: string, importId: string): Promise<ImportRow> {
  const [row] = await db
    .select()
    .from(listeningImports)
    .where(and(eq(listeningImports.id, importId), eq(listeningImports.workspaceId, workspaceId)));
  if (!row) throw new AppError('not_found', 'Import not found');
  return row;
}

async function preview(db: Db, row: Pick<ImportRow, 'id' | 'fileName' | 'format'>, encoding: string | null | undefined, where: string) {
  try {
    return await previewImport(importChunks(db, row.id), { fileName: row.fileName, encoding: requireEncoding(encoding, `${where}.encoding`), sampleRows: SAMPLE_ROWS });
  } catch (error) {
    throw asAppError(error, where);
  }
}

export async function createImport(ctx: RequestContext, input: { fileName: string; encoding?: string | undefined; chunks: AsyncIterable<Uint8Array> }): Promise<ImportPreview> {
  const access = requireWorkspace(ctx);
  requireEncoding(input.encoding, 'query.encoding');
  const [created] = await ctx.db
    .insert(listeningImports)
    .values({
      workspaceId: access.id,
      fileName: input.fileName,
      byteSize: 0,
      sha256: '',
      format: chooseFormat(input.fileName, ''),
      options: {},
      status: 'failed',
      error: UNFINISHED,
      createdAt: ctx.now(),
      createdBy: ctx.user?.id ?? null,
    })
    .returning();
  const id = created!.id;
  try {
    const stored = await storeUploadChunks(ctx.db, id, input.chunks);
    if (stored.byteSize === 0) throw new AppError('import_file_empty', 'The file is empty');
    const found = await preview(ctx.db, created!, input.encoding, 'query');
    const row = await ctx.db.transaction(async (tx) => {
      const [updated] = await tx
        .update(listeningImports)
        .set({ ...stored, format: found.format, encoding: found.encoding.encoding, status: 'uploaded', error: null })
        .where(eq(listeningImports.id, id))
        .returning();
      await recordAudit(tx, ctx, {
        organizationId: access.organizationId,
        workspaceId: access.id,
        action: 'listening.import_uploaded',
        targetType: 'listening_import',
        targetId: id,
        changes: { fileName: input.fileName, byteSize: stored.byteSize, sha256: stored.sha256 },
      });
      return updated!;
    });
    return {
      import: presentImport(row),
      headers: found.columns,
      sampleRows: found.sample.slice(0, SAMPLE_ROWS).map((s) => s.cells),
      suggestedMapping: found.suggestedMapping,
    };
  } catch (error) {
    // A refused upload leaves nothing behind (the chunks go with the row).
    await ctx.db.delete(listeningImports).where(eq(listeningImports.id, id));
    throw error;
  }
}

export async function startImport(ctx: RequestContext, importId: string, input: StartInput): Promise<ImportSummary> {
  const access = requireWorkspace(ctx);
  const row = await findImport(ctx.db, access.id, importId);
  const startable = (row.status === 'uploaded' || row.status === 'failed') && row.sha256 !== '';
  if (!startable || (await chunkCount(ctx.db, row.id)) === 0) {
    throw new AppError('import_not_startable', `The import is ${row.error === UNFINISHED ? 'an unfinished upload' : row.status}`);
  }
  try {
    assertTimeZone(input.options.timezone);
  } catch (error) {
    throw asAppError(error, 'body.options');
  }
  const found = await preview(ctx.db, row, input.options.encoding, 'body.options');
  const problems = mappingProblems(input.mapping, found.columns);
  if (problems.length > 0) {
    const details = problems.map((p) => ({ path: `body.${p.path}`, message: p.message }));
    throw new AppError('import_mapping_invalid', `The mapping has ${problems.length} problem(s): ${details[0]!.path}: ${details[0]!.message}`, { details });
  }
  const queued = await ctx.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(listeningImports)
      .set({ mapping: input.mapping, options: input.options, status: 'queued', error: null, finishedAt: null })
      .where(eq(listeningImports.id, row.id))
      .returning();
    await recordAudit(tx, ctx, {
      organizationId: access.organizationId,
      workspaceId: access.id,
      action: 'listening.import_started',
      targetType: 'listening_import',
      targetId: row.id,
      changes: { fileName: row.fileName, mapping: input.mapping, options: input.options },
    });
    return updated!;
  });
  // Sent after the commit: on the embedded database the queue shares the one connection.
  try {
    await ctx.jobs.send('listening.import', { importId: row.id });
  } catch (error) {
    await ctx.db.update(listeningImports).set({ status: 'failed', error: 'The import could not be queued; start it again' }).where(eq(listeningImports.id, row.id));
    throw error;
  }
  return presentImport(queued);
}

export async function listImports(ctx: RequestContext): Promise<{ imports: ImportSummary[] }> {
  const rows = await ctx.db
    .select()
    .from(listeningImports)
    .where(eq(listeningImports.workspaceId, requireWorkspace(ctx).id))
    .orderBy(desc(listeningImports.createdAt), desc(listeningImports.id))
    .limit(50);
  return { imports: rows.map(presentImport) };
}

export async function getImport(ctx: RequestContext, importId: string): Promise<ImportSummary> {
  return presentImport(await findImport(ctx.db, requireWorkspace(ctx).id, importId));
}

async function* storedRejections(db: Db, importId: string): AsyncGenerator<RowRejection> {
  const r = listeningImportRejections;
  for (let after = 0; ; ) {
    const page = await db
      .select({ line: r.line, reason: r.reason, message: r.message, excerpt: r.excerpt })
      .from(r)
      .where(and(eq(r.importId, importId), gt(r.line, after)))
      .orderBy(asc(r.line))
      .limit(1000);
    for (const row of page) yield row as RowRejection;
    if (page.length < 1000) return;
    after = page[page.length - 1]!.line;
  }
}

/** The rejected rows as CSV lines (line, reason, message, excerpt), read from the store in pages. */
export async function rejectionsCsv(ctx: RequestContext, importId: string): Promise<{ fileName: string; lines: AsyncGenerator<string> }> {
  const row = await findImport(ctx.db, requireWorkspace(ctx).id, importId);
  return { fileName: row.fileName, lines: rejectionsCsvLines(storedRejections(ctx.db, row.id)) };
}
