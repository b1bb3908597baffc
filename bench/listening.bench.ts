/**
 * `npm run bench:listening [-- --count N] [--workers N] [--json] [--keep]`
 *
 * Ingest end to end, the way a file import runs: a generated NDJSON export of mixed English, Thai
 * and Chinese mentions (1,000,000 by default) goes through the import pipeline (decode, parse,
 * map, check), the analysis worker threads (language, ~20 topics, sentiment, words) and the
 * ingest service (mentions and rollups) into a fresh embedded database (PGlite) in a temp folder.
 * Reported: mentions per second (wall clock, rows read / time), peak RSS of the process (its
 * high-water mark from start to end, the analysis threads included; the one-off initdb child is
 * not) and what the empty database alone took, the throughput as a ratio of
 * a bare one-thread Intl.Segmenter loop over the same texts, and the p95 of the dashboard queries
 * (dashboard.service.ts, rollups only) over the ingested data. Progress goes to stderr; `--json`
 * prints one JSON object.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createProgressBar } from '../src/server/cli/progress-bar.ts';
import { openPglite } from '../src/server/db/database.ts';
import { listeningImports, listeningTopics, organizations, workspaces } from '../src/server/db/schema/index.ts';
import { createAnalysisPool } from '../src/server/features/listening/analysis-pool.ts';
import { runImport } from '../src/server/features/listening/import-run.service.ts';
import { openImportFile } from '../src/server/features/listening/import/import-file.source.ts';
import { benchTopics } from './listening-ingest.fixtures.ts';
import { dashboardTimings, mainThreadCpuSeconds, segmenterRate } from './listening-measures.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000000' },
    workers: { type: 'string' },
    json: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const COUNT = Number(values.count);
const TOPICS = 20;
const log = (message: string) => process.stderr.write(`${message}\n`);
const mb = (bytes: number) => Math.round(bytes / (1024 * 1024));

const dir = mkdtempSync(path.join(os.tmpdir(), 'socialplan-bench-listening-'));
const file = path.join(dir, 'mentions.ndjson');
const { topics } = benchTopics(TOPICS);
log(`generating ${COUNT.toLocaleString('en-US')} mentions into ${file}`);
const generator = new URL('./listening-generate.ts', import.meta.url).pathname;
const bytes = Number(execFileSync(process.execPath, [generator, file, String(COUNT), String(TOPICS)], { encoding: 'utf8' }).trim());
log(`${mb(bytes)} MB written; opening a fresh embedded database`);

mkdirSync(path.join(dir, 'data'));
const database = await openPglite(path.join(dir, 'data'));
await database.migrate();
const db = database.db;
const [org] = await db.insert(organizations).values({ name: 'Bench' }).returning();
const [ws] = await db.insert(workspaces).values({ organizationId: org!.id, name: 'Bench', timezone: 'Asia/Bangkok' }).returning();
await db.insert(listeningTopics).values(topics.map((t, i) => ({ workspaceId: ws!.id, name: `Brand ${i}`, kind: i === 0 ? 'brand' : 'competitor', query: t.query })));
const [row] = await db
  .insert(listeningImports)
  .values({
    workspaceId: ws!.id,
    fileName: 'mentions.ndjson',
    byteSize: bytes,
    sha256: 'bench',
    format: 'ndjson',
    encoding: 'utf-8',
    mapping: { id: 'id', text: 'text', date: 'created_at', author: 'author', channel: 'channel', likes: 'likes', reach: 'reach' },
    options: { timezone: 'Asia/Bangkok' },
    status: 'queued',
  })
  .returning();

const pool = createAnalysisPool(values.workers ? { size: Number(values.workers) } : {});
const baselineRss = process.memoryUsage.rss();
let peakRss = baselineRss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
}, 100);
log(`ingesting with ${pool.size} analysis threads (RSS before: ${mb(baselineRss)} MB)`);
const bar = createProgressBar(process.stderr, bytes);
const cpuBefore = process.cpuUsage();
const mainBefore = mainThreadCpuSeconds();
const started = performance.now();
const source = await openImportFile(file, 1024 * 1024);
const done = await runImport(db, row!, { chunks: source.chunks, totalBytes: bytes }, { pool, onProgress: (p) => bar.update(p.bytesRead, p.rows) });
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
const mainAfter = mainThreadCpuSeconds();
clearInterval(sampler);
peakRss = Math.max(peakRss, process.memoryUsage.rss());
bar.done();
await pool.close();
if (done.status !== 'done') throw new Error(`the import failed: ${done.error}`);

const rows = done.rowsImported + done.rowsDuplicate;
const mentionsPerSecond = Math.round(rows / seconds);
log(`${done.rowsImported.toLocaleString('en-US')} stored, ${done.rowsDuplicate} duplicates, ${done.rowsRejected} rejected in ${seconds.toFixed(1)} s`);
log(`CPU time ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s (${((cpu.user + cpu.system) / rows).toFixed(0)} µs a mention over all threads); load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
if (mainBefore !== null && mainAfter !== null) {
  const perMention = ((mainAfter - mainBefore) * 1e6) / rows;
  log(`main thread (file, database): ${(mainAfter - mainBefore).toFixed(1)} s CPU, ${perMention.toFixed(0)} µs a mention, so at most ${Math.round(1e6 / perMention).toLocaleString('en-US')} mentions/s with a core of its own`);
}

const segmenter = await segmenterRate(file, Math.min(COUNT, 200_000));
const dashboard = await dashboardTimings(db, ws!.id);
// The kernel's high-water mark of the whole process since it started: startup, migrations and the
// compiler's work included, which sampling from a timer can miss (a busy thread delays the timer).
const highWater = Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) * 1024;
const result = {
  mentionsPerSecond,
  segmenterRatio: Math.round((mentionsPerSecond / segmenter.textsPerSecond) * 1000) / 1000,
  peakRssMb: mb(Math.max(highWater, peakRss)),
  dashboardP95Ms: Math.round(dashboard.p95 * 10) / 10,
};
log(`bare Intl.Segmenter loop: ${segmenter.textsPerSecond.toLocaleString('en-US')} texts/s on one thread`);
log(`dashboard: ${dashboard.count} queries, median ${dashboard.median.toFixed(1)} ms, p95 ${dashboard.p95.toFixed(1)} ms`);
log(`peak RSS of the process (VmHWM, from its start): ${result.peakRssMb} MB; sampled during ingest: ${mb(peakRss)} MB; before ingest: ${mb(baselineRss)} MB`);
await database.close();
if (!values.keep) rmSync(dir, { recursive: true, force: true });

if (values.json) console.log(JSON.stringify(result));
else {
  console.log(`mentions per second (end to end): ${mentionsPerSecond.toLocaleString('en-US')} (target 10,000: ${mentionsPerSecond >= 10_000 ? 'met' : 'NOT met'})`);
  console.log(`ratio to a bare Intl.Segmenter loop: ${result.segmenterRatio}`);
  console.log(`peak RSS: ${result.peakRssMb} MB (target 500: ${result.peakRssMb < 500 ? 'met' : 'NOT met'})`);
  console.log(`dashboard p95: ${result.dashboardP95Ms} ms (target 50: ${result.dashboardP95Ms < 50 ? 'met' : 'NOT met'})`);
}
