import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openImportFile } from '../src/server/features/listening/import/import-file.source.ts';
import { importMentions } from '../src/server/features/listening/import/import-pipeline.domain.ts';

/*
 * File import on one core: a generated NDJSON file and a generated CSV file of about `size` MB each
 * (records of ~1 KB, the shape of the 1 GB / 1,000,000-mention target), read from disk through the
 * whole pipeline (detect, decode, parse, map, dates, counts, ids) without storing anything.
 * `npm run bench:listening-import [-- sizeMB]`; the target is 10,000 mentions/s in under 500 MB.
 * Each file is measured in a child process of its own, so its peak memory is the import's alone
 * (not the generator's).
 */

const SIZE_MB = Number(process.argv[2] ?? 100);
const TARGET_RATE = 10_000;
const TARGET_RSS_MB = 500;
const CHANNELS = ['facebook', 'x', 'pantip', 'instagram', 'tiktok', 'youtube', 'line'];

function record(texts: readonly string[], i: number) {
  const text = [0, 1, 2, 3].map((k) => texts[(i * 7 + k * 131) % texts.length]).join(' ');
  const channel = CHANNELS[i % CHANNELS.length]!;
  const date = new Date(Date.UTC(2024, 0, 1) + i * 37_000).toISOString();
  return {
    id: `p${i}`,
    text,
    date,
    author: `user_${i % 5000}`,
    channel,
    url: `https://${channel}.example.com/posts/${i}`,
    reach: String((i * 13) % 100_000),
    likes: i % 10 === 0 ? '1.2K' : String(i % 997),
    shares: String(i % 101),
    comments: String(i % 53),
    meta: { lang: i % 3 === 0 ? 'th' : 'zh', tags: ['#review', '#รีวิว', '#好物'].slice(0, 1 + (i % 3)), note: 'x'.repeat(300) },
  };
}

const csvCell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
const COLUMNS = ['id', 'text', 'date', 'author', 'channel', 'url', 'reach', 'likes', 'shares', 'comments', 'meta'] as const;

async function writeFile(path: string, format: 'ndjson' | 'csv'): Promise<number> {
  const { generateBrands, generateMentions } = await import('./listening-mentions.fixtures.ts');
  const texts = generateMentions(20_000, generateBrands(50)).map((m) => m.text);
  const out = createWriteStream(path);
  const limit = SIZE_MB * 1024 * 1024;
  let bytes = 0;
  let rows = 0;
  if (format === 'csv') out.write(`${COLUMNS.join(',')}\r\n`);
  while (bytes < limit) {
    let piece = '';
    for (let k = 0; k < 1000; k++, rows++) {
      const r = record(texts, rows);
      piece += format === 'ndjson' ? `${JSON.stringify(r)}\n` : `${COLUMNS.map((c) => csvCell(c === 'meta' ? JSON.stringify(r.meta) : r[c])).join(',')}\r\n`;
    }
    bytes += Buffer.byteLength(piece);
    if (!out.write(piece)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return rows;
}

async function measure(path: string) {
  const file = await openImportFile(path);
  const started = performance.now();
  const cpu = process.cpuUsage();
  let accepted = 0;
  let rejected = 0;
  let batches = 0;
  for await (const batch of importMentions(file.chunks, { timeZone: 'Asia/Bangkok', totalBytes: file.totalBytes })) {
    accepted += batch.mentions.length;
    rejected += batch.rejections.length;
    batches++;
  }
  const used = process.cpuUsage(cpu);
  return { bytes: file.totalBytes, accepted, rejected, batches, cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - started };
}

const format = (n: number) => Math.round(n).toLocaleString('en-US');

async function parent(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'sp-import-bench-'));
  try {
    for (const kind of ['ndjson', 'csv'] as const) {
      const path = join(dir, `mentions.${kind}`);
      const written = await writeFile(path, kind);
      const output = execFileSync(process.execPath, [import.meta.filename, '--measure', path], { encoding: 'utf8' });
      const run = JSON.parse(output) as Awaited<ReturnType<typeof measure>> & { peakRssMb: number };
      const mb = run.bytes / 1024 / 1024;
      const rate = run.accepted / (run.cpuMs / 1000);
      console.log(`${kind}: ${mb.toFixed(0)} MB, ${format(written)} rows → ${format(run.accepted)} mentions, ${format(run.rejected)} rejected, ${run.batches} batches`);
      console.log(
        `  CPU ${(run.cpuMs / 1000).toFixed(2)} s: ${(mb / (run.cpuMs / 1000)).toFixed(1)} MB/s, ${format(rate)} mentions/s (target ${format(TARGET_RATE)}: ${rate >= TARGET_RATE ? 'met' : 'NOT met'}); wall clock ${(mb / (run.wallMs / 1000)).toFixed(1)} MB/s, ${format(run.accepted / (run.wallMs / 1000))}/s`,
      );
      console.log(`  peak RSS of the importing process: ${run.peakRssMb.toFixed(0)} MB (target under ${TARGET_RSS_MB}: ${run.peakRssMb < TARGET_RSS_MB ? 'met' : 'NOT met'})`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--measure') {
  const path = process.argv[3]!;
  await measure(path); // warm-up pass over the same file: JIT, page cache
  const run = await measure(path);
  console.log(JSON.stringify({ ...run, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
} else await parent();
