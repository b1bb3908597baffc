import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../src/server/db/database.ts';
import { listeningTopics } from '../src/server/db/schema/index.ts';
import { addDays } from '../src/server/features/listening/listening-days.domain.ts';
import { buildDashboard, type DashboardQuery } from '../src/server/features/listening/dashboard.service.ts';
import { BENCH_LAST_DAY } from './listening-ingest.fixtures.ts';

/**
 * CPU seconds of this process's main thread (Linux only, else null). On a shared machine the wall
 * clock says little; the main thread's CPU time per mention is what bounds ingest on two free cores,
 * since it alone reads the file and writes the database.
 */
export function mainThreadCpuSeconds(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the command name; 100 ticks a second.
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** Texts per second of a bare word-segmentation loop over the first `limit` texts of the file, on one thread. */
export async function segmenterRate(file: string, limit: number): Promise<{ textsPerSecond: number }> {
  const texts: string[] = [];
  for await (const line of createInterface({ input: createReadStream(file) })) {
    texts.push((JSON.parse(line) as { text: string }).text);
    if (texts.length >= limit) break;
  }
  // The root locale: ICU's dictionaries cut Thai and Chinese whatever the locale says.
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
  const loop = () => {
    let words = 0;
    for (const text of texts) for (const part of segmenter.segment(text)) if (part.isWordLike) words++;
    return words;
  };
  loop(); // warm-up
  const started = performance.now();
  loop();
  return { textsPerSecond: Math.round(texts.length / ((performance.now() - started) / 1000)) };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
}

/**
 * The dashboard as the web app asks for it: the last 7, 30 and 90 days, for all mentions and for
 * five topics, and filtered by a channel and by a language; every query twice after a warm-up.
 */
export async function dashboardTimings(db: Db, workspaceId: string): Promise<{ count: number; median: number; p95: number }> {
  const topics = await db.select({ id: listeningTopics.id }).from(listeningTopics).where(eq(listeningTopics.workspaceId, workspaceId)).orderBy(asc(listeningTopics.createdAt)).limit(5);
  const queries: DashboardQuery[] = [];
  for (const days of [7, 30, 90]) {
    const range = { from: addDays(BENCH_LAST_DAY, -(days - 1)), to: BENCH_LAST_DAY };
    queries.push(range, { ...range, channel: 'facebook' }, { ...range, language: 'th' });
    for (const topic of topics) queries.push({ ...range, topicId: topic.id });
  }
  for (const query of queries.slice(0, 3)) await buildDashboard(db, workspaceId, query);
  const times: number[] = [];
  for (let round = 0; round < 2; round++) {
    for (const query of queries) {
      const started = performance.now();
      await buildDashboard(db, workspaceId, query);
      times.push(performance.now() - started);
    }
  }
  times.sort((a, b) => a - b);
  return { count: times.length, median: percentile(times, 0.5), p95: percentile(times, 0.95) };
}
