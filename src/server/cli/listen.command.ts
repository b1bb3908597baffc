import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { importOptionsSchema, MENTION_FIELDS } from '../../shared/api/listening.schemas.ts';
import type { Config } from '../config.ts';
import { listeningImports, workspaces } from '../db/schema/index.ts';
import { recordAudit } from '../features/audit/audit.service.ts';
import { sharedAnalysisPool } from '../features/listening/analysis-pool.ts';
import { requireEncoding } from '../features/listening/import-errors.domain.ts';
import { runImport } from '../features/listening/import-run.service.ts';
import { type ColumnMapping, mappingProblems } from '../features/listening/import/column-mapping.domain.ts';
import { openImportFile } from '../features/listening/import/import-file.source.ts';
import { previewImport } from '../features/listening/import/import-preview.domain.ts';
import { ImportFailure } from '../features/listening/import/import-problems.domain.ts';
import { ingestHooks } from '../features/listening/ingest-hooks.service.ts';
import { createTopic, workspaceTopics } from '../features/listening/topics.service.ts';
import type { RequestContext } from '../http/request-context.ts';
import { AppError, StartupError } from '../lib/app-error.ts';
import { openRuntime } from '../main.ts';
import { withCliContext } from './cli-context.ts';
import { createProgressBar, formatDuration } from './progress-bar.ts';

/*
 * `socialplan listen import FILE --workspace ID [--topic NAME …] [--mapping text=Message,date=Created]`:
 * the same pipeline and ingest as an upload in the web app, run in this process instead of the job
 * queue (so the server must be stopped when it uses the embedded database). The import is recorded
 * like any other, so the team sees it, and its rejected rows, in the web app.
 */

export type ListenFlags = {
  workspace?: string | undefined;
  topic?: string[] | undefined;
  mapping?: string | undefined;
  timezone?: string | undefined;
  encoding?: string | undefined;
  'date-order'?: string | undefined;
  channel?: string | undefined;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** "text=Message,date=Created" → { text: 'Message', date: 'Created' }. */
export function parseMappingFlag(flag: string): ColumnMapping {
  const mapping: Record<string, string> = {};
  for (const pair of flag.split(',')) {
    const at = pair.indexOf('=');
    const field = pair.slice(0, at).trim();
    const column = pair.slice(at + 1).trim();
    if (at <= 0 || column === '') throw new StartupError(`--mapping: "${pair}" is not FIELD=COLUMN (fields: ${MENTION_FIELDS.join(', ')}).`);
    mapping[field] = column;
  }
  return mapping as ColumnMapping;
}

/** A topic named on the command line listens for that name: one word as it is, several as a phrase. */
function topicQuery(name: string): string {
  return /\s/.test(name) ? `"${name.replaceAll('"', '')}"` : name;
}

async function ensureTopics(ctx: RequestContext, workspaceId: string, names: readonly string[]): Promise<void> {
  const known = new Set((await workspaceTopics(ctx.db, workspaceId)).map((t) => t.name.toLowerCase()));
  for (const name of names.map((n) => n.trim()).filter(Boolean)) {
    if (known.has(name.toLowerCase())) continue;
    try {
      await createTopic(ctx, { name, kind: 'theme', competitorId: null, query: topicQuery(name) });
    } catch (error) {
      if (error instanceof AppError) throw new StartupError(`--topic "${name}": ${error.message}`);
      throw error;
    }
    known.add(name.toLowerCase());
    console.log(`Created the topic "${name}".`);
  }
}

async function* hashing(source: AsyncIterable<Uint8Array>, hash: ReturnType<typeof createHash>): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) {
    hash.update(chunk);
    yield chunk;
  }
}

async function importFile(ctx: RequestContext, file: string, flags: ListenFlags, timeZone: string): Promise<number> {
  const access = ctx.workspace!;
  const fileName = path.basename(file);
  const parsed = importOptionsSchema.safeParse({ timezone: flags.timezone ?? timeZone, dateOrder: flags['date-order'], encoding: flags.encoding ?? null, channel: flags.channel });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new StartupError(`--${issue.path[0] === 'dateOrder' ? 'date-order' : String(issue.path[0])}: ${issue.message}.`);
  }
  const options = parsed.data;
  const preview = await previewImport((await openImportFile(file)).chunks, { fileName, encoding: requireEncoding(options.encoding, '--encoding') });
  const mapping = flags.mapping ? parseMappingFlag(flags.mapping) : preview.suggestedMapping;
  const problems = mappingProblems(mapping, preview.columns);
  if (problems.length > 0) {
    const list = problems.map((p) => `${p.path}: ${p.message}`).join('; ');
    throw new StartupError(`${list}. The file's columns are: ${preview.columns.join(', ')}. Use --mapping text=COLUMN,date=COLUMN,…`);
  }
  const source = await openImportFile(file);
  const row = await ctx.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(listeningImports)
      .values({ workspaceId: access.id, fileName, byteSize: source.totalBytes, sha256: '', format: preview.format, encoding: preview.encoding.encoding, mapping, options, status: 'queued' })
      .returning();
    await recordAudit(tx, ctx, {
      organizationId: access.organizationId,
      workspaceId: access.id,
      action: 'listening.import_started',
      targetType: 'listening_import',
      targetId: created!.id,
      changes: { fileName, mapping, options, from: 'cli' },
    });
    return created!;
  });
  console.log(`Importing ${fileName} (${preview.format}, ${preview.encoding.encoding}) with ${Object.entries(mapping).map(([f, c]) => `${f}=${c}`).join(', ')}`);
  const hash = createHash('sha256');
  const bar = createProgressBar(process.stderr, source.totalBytes);
  const started = Date.now();
  const done = await runImport(ctx.db, row, { chunks: hashing(source.chunks, hash), totalBytes: source.totalBytes }, {
    ingest: ingestHooks(ctx),
    onProgress: (progress) => bar.update(progress.bytesRead, progress.rows),
  });
  bar.done();
  await ctx.db.update(listeningImports).set({ sha256: hash.digest('hex') }).where(eq(listeningImports.id, row.id));
  const seconds = (Date.now() - started) / 1000;
  const rows = done.rowsImported + done.rowsDuplicate + done.rowsRejected;
  const summary = `${done.rowsImported} new mentions, ${done.rowsDuplicate} duplicates, ${done.rowsRejected} rejected rows in ${formatDuration(seconds * 1000)} (${Math.round(rows / Math.max(seconds, 0.001))} rows/s)`;
  if (done.status !== 'done') {
    console.error(`socialplan: the import stopped: ${done.error}. Stored before it stopped: ${summary}.`);
    return 1;
  }
  console.log(`Imported ${summary}. Import ${row.id}${done.rowsRejected > 0 ? ': its rejected rows can be downloaded in the web app' : ''}.`);
  return 0;
}

export async function runListen(config: Config, sub: string | undefined, file: string | undefined, flags: ListenFlags): Promise<number> {
  if (sub !== 'import') throw new StartupError('Usage: socialplan listen import FILE --workspace ID [--topic NAME …] [--mapping text=COLUMN,…]');
  if (!file) throw new StartupError('listen import needs the FILE to import.');
  if (!existsSync(file) || !statSync(file).isFile()) throw new StartupError(`No file ${file}.`);
  if (!flags.workspace || !UUID.test(flags.workspace)) throw new StartupError('--workspace must be a workspace id (see `socialplan admin list-workspaces`).');
  const runtime = await openRuntime(config);
  try {
    const [workspace] = await runtime.database.db.select().from(workspaces).where(eq(workspaces.id, flags.workspace));
    if (!workspace) throw new StartupError(`No workspace ${flags.workspace} (see \`socialplan admin list-workspaces\`).`);
    return await withCliContext(runtime, null, async (base) => {
      const ctx: RequestContext = { ...base, workspace: { id: workspace.id, organizationId: workspace.organizationId, role: 'owner', businessFunction: 'other' } };
      await ensureTopics(ctx, workspace.id, flags.topic ?? []);
      try {
        return await importFile(ctx, file, flags, workspace.timezone);
      } catch (error) {
        if (error instanceof ImportFailure || error instanceof AppError) throw new StartupError(`${file}: ${error.message}`);
        throw error;
      }
    });
  } finally {
    await sharedAnalysisPool().close();
    await runtime.release();
  }
}
