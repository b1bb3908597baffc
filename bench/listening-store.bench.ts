/**
 * `npm run bench:listening-store [-- --count N] [--json]`
 *
 * The database side of ingest alone, as an A/B that this machine's drifting speed (±20 % from one
 * minute to the next) cannot fake: the ingest benchmark's mentions (300,000 by default) are read
 * and analysed once, then the same prepared batches are stored into one fresh embedded database per
 * variant, a batch into each in turn, so every variant sees the same minutes. Reported: CPU time per
 * mention of the thread that stores (the analysis threads are closed by then), per variant:
 *  - `ingest`: the batches as ingest writes them (a closed day's terms capped, mention-rollup.domain.ts);
 *  - `allTerms`: every term a batch saw more than once written, the tail of closed days included;
 *  - `noTerms`: no term rollups at all, so the difference is what term rollups cost.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openPglite } from '../src/server/db/database.ts';
import { listeningTopics, organizations, workspaces } from '../src/server/db/schema/index.ts';
import { createAnalysisPool } from '../src/server/features/listening/analysis-pool.ts';
import { openImportFile } from '../src/server/features/listening/import/import-file.source.ts';
import { importMentions } from '../src/server/features/listening/import/import-pipeline.domain.ts';
import { IMPORT_BATCH } from '../src/server/features/listening/import-run.service.ts';
import { batchDeltas, deltaPayloads, type PreparedBatch } from '../src/server/features/listening/mention-batch.domain.ts';
import { loadWorkspaceAnalysis } from '../src/server/features/listening/mention-ingest-config.service.ts';
import type { RollupMention } from '../src/server/features/listening/mention-rollup.domain.ts';
import { storeMentions } from '../src/server/features/listening/mention-store.service.ts';
import { benchTopics } from './listening-ingest.fixtures.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '300000' }, json: { type: 'boolean', default: false } } });
const COUNT = Number(values.count);
const log = (message: string) => process.stderr.write(`${message}\n`);
const dir = mkdtempSync(path.join(os.tmpdir(), 'socialplan-bench-store-'));

type Topic = typeof listeningTopics.$inferInsert;

/** A fresh database with one workspace and the given topics (same ids, so batches tag them). */
async function freshDatabase(name: string, topics: readonly Topic[]) {
  mkdirSync(path.join(dir, name));
  const database = await openPglite(path.join(dir, name));
  await database.migrate();
  const [org] = await database.db.insert(organizations).values({ name: 'Bench' }).returning();
  const [ws] = await database.db.insert(workspaces).values({ organizationId: org!.id, name: 'Bench', timezone: 'Asia/Bangkok' }).returning();
  if (topics.length > 0) await database.db.insert(listeningTopics).values(topics.map((t) => ({ ...t, workspaceId: ws!.id })));
  return { database, target: { workspaceId: ws!.id, sourceId: null, sourceKind: 'file' as const } };
}

try {
  const file = path.join(dir, 'mentions.ndjson');
  execFileSync(process.execPath, [new URL('./listening-generate.ts', import.meta.url).pathname, file, String(COUNT), '20']);
  const source = await freshDatabase('source', []);
  const { topics } = benchTopics(20);
  await source.database.db
    .insert(listeningTopics)
    .values(topics.map((t, i) => ({ workspaceId: source.target.workspaceId, name: `Brand ${i}`, kind: i === 0 ? 'brand' : 'competitor', query: t.query })));
  const analysis = await loadWorkspaceAnalysis(source.database.db, source.target.workspaceId);
  const stored = await source.database.db.select().from(listeningTopics);
  await source.database.close();

  log(`analysing ${COUNT.toLocaleString('en-US')} mentions`);
  const pool = createAnalysisPool();
  const opened = await openImportFile(file, 1024 * 1024);
  const mapping = { id: 'id', text: 'text', date: 'created_at', author: 'author', channel: 'channel', likes: 'likes', reach: 'reach' };
  const batches: PreparedBatch[] = [];
  for await (const batch of importMentions(opened.chunks, { format: 'ndjson', encoding: 'utf-8', mapping, timeZone: 'Asia/Bangkok', batchSize: IMPORT_BATCH, totalBytes: opened.totalBytes })) {
    if (batch.mentions.length === 0) continue;
    const task = { key: analysis.key, config: analysis.config, source: 'file' as const, defaultChannel: 'other', nowMs: Date.now(), mentions: batch.mentions };
    batches.push(await pool.analyse(task, { inThread: false }));
  }
  await pool.close();
  const allTerms = batches.map((b) => deltaPayloads(batchDeltas(b.rollupRows.map((json) => JSON.parse(json) as RollupMention))).terms);
  const termRows = (payloads: readonly string[][]) => payloads.reduce((sum, parts) => sum + parts.reduce((n, json) => n + (JSON.parse(json) as unknown[]).length, 0), 0);

  const topicRows = stored.map((t) => ({ id: t.id, workspaceId: t.workspaceId, name: t.name, kind: t.kind, query: t.query }));
  const variants = [
    { name: 'ingest', batch: (i: number) => batches[i]! },
    { name: 'allTerms', batch: (i: number) => ({ ...batches[i]!, terms: allTerms[i]! }) },
    { name: 'noTerms', batch: (i: number) => ({ ...batches[i]!, terms: [] }) },
  ];
  const runs = [];
  for (const variant of variants) runs.push({ ...variant, ...(await freshDatabase(variant.name, topicRows)), micros: 0 });
  log(`storing ${batches.length} batches into ${runs.length} databases in turn`);
  for (let i = 0; i < batches.length; i++) {
    for (const run of runs) {
      const before = process.cpuUsage();
      await storeMentions(run.database.db, run.target, run.batch(i));
      const used = process.cpuUsage(before);
      run.micros += used.user + used.system;
    }
  }
  const rows = batches.reduce((sum, b) => sum + b.received, 0);
  const result = {
    mentions: rows,
    termRows: { ingest: termRows(batches.map((b) => b.terms)), allTerms: termRows(allTerms) },
    microsPerMention: Object.fromEntries(runs.map((run) => [run.name, Math.round((run.micros / rows) * 10) / 10])),
  };
  for (const run of runs) await run.database.close();
  if (values.json) console.log(JSON.stringify(result));
  else {
    console.log(`${rows.toLocaleString('en-US')} mentions; term rows written: ${result.termRows.ingest.toLocaleString('en-US')} (every term: ${result.termRows.allTerms.toLocaleString('en-US')})`);
    for (const run of runs) console.log(`  ${run.name}: ${result.microsPerMention[run.name]} µs of database-thread CPU a mention`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
