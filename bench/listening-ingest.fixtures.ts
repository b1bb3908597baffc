import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import type { TopicDefinition } from '../src/shared/listening/topic-matcher.domain.ts';
import { generateBrands, generateMentions, generateTopics, seededRandom } from './listening-mentions.fixtures.ts';

/*
 * An export of mentions as the ingest benchmark reads it: NDJSON, one post a line, in time order
 * over 90 days (exports are sorted by date), mixed English, Thai and Chinese posts from the text
 * benchmark's generator, with an id, an author (a long tail of 100,000 accounts, where the busiest
 * hundredth writes about a fifth of the posts), a channel and engagement counts.
 */

export const BENCH_DAYS = 90;
export const BENCH_LAST_DAY = '2026-03-31';
const AUTHORS = 100_000;
const CHANNELS = ['facebook', 'facebook', 'facebook', 'x', 'x', 'instagram', 'tiktok', 'pantip', 'line', 'youtube', 'news', 'blog'];
const PART = 10_000;

export function benchTopics(count: number): { brands: ReturnType<typeof generateBrands>; topics: TopicDefinition[] } {
  const brands = generateBrands(count);
  return { brands, topics: generateTopics(brands) };
}

/** Writes `count` mentions to `file` a part at a time (memory stays flat); returns the file's size. */
export function writeMentionsNdjson(file: string, count: number, brands: ReturnType<typeof generateBrands>, onPart?: (written: number) => void): number {
  const random = seededRandom(2026);
  const end = Date.parse(`${BENCH_LAST_DAY}T23:59:59+07:00`);
  const start = end - BENCH_DAYS * 86_400_000;
  const fd = openSync(file, 'w');
  try {
    for (let from = 0; from < count; from += PART) {
      const size = Math.min(PART, count - from);
      const texts = generateMentions(size, brands, 42 + from);
      const lines: string[] = [];
      for (let k = 0; k < size; k++) {
        const i = from + k;
        const at = new Date(start + Math.floor(((end - start) * i) / count));
        lines.push(
          JSON.stringify({
            id: `post-${i}`,
            text: texts[k]!.text,
            created_at: at.toISOString(),
            author: `user${Math.floor(AUTHORS * random() ** 3)}`,
            channel: CHANNELS[Math.floor(random() * CHANNELS.length)],
            likes: Math.floor(random() * 200),
            reach: Math.floor(random() * 5000),
          }),
        );
      }
      writeSync(fd, `${lines.join('\n')}\n`);
      onPart?.(from + size);
    }
  } finally {
    closeSync(fd);
  }
  return statSync(file).size;
}
