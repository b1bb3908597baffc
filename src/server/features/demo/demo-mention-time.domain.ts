import type { Random, Weighted } from './demo-random.domain.ts';

/*
 * When the demo's mentions are posted, in Chiang Mai time (Thailand keeps UTC+7 all year, so a
 * fixed offset is exact): more at the weekend than on Monday, a slow growth over the quarter,
 * days that differ a little, and people posting over coffee in the morning, after lunch and in
 * the evening. Nothing is ever posted after `now`.
 */

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const OFFSET_MS = 7 * HOUR_MS;
/** Sunday first, as Date#getUTCDay counts. */
const WEEKDAY = [1.3, 0.85, 0.9, 0.95, 1, 1.15, 1.4];
const HOURS = [1, 0.5, 0.3, 0.2, 0.2, 0.4, 1.2, 2.5, 4, 4.5, 4, 3.5, 3.5, 3.8, 4, 3.8, 3.2, 3, 3.3, 3.8, 4, 3.5, 2.5, 1.6];

/** The instant local midnight begins, `daysAgo` days before the day `now` is in. */
export function demoDayStart(nowMs: number, daysAgo: number): number {
  const today = Math.floor((nowMs + OFFSET_MS) / DAY_MS) * DAY_MS - OFFSET_MS;
  return today - daysAgo * DAY_MS;
}

/** The local calendar day of an instant, as YYYY-MM-DD. */
export function demoLocalDay(ms: number): string {
  return new Date(ms + OFFSET_MS).toISOString().slice(0, 10);
}

/** How busy each of the last `days` days is (0 = today, weighed by how much of it has passed). */
export function demoDayWeights(random: Random, nowMs: number, days: number): Weighted<number> {
  const weights: [number, number][] = [];
  for (let daysAgo = 0; daysAgo < days; daysAgo++) {
    const start = demoDayStart(nowMs, daysAgo);
    const weekday = new Date(start + OFFSET_MS).getUTCDay();
    const growth = 0.8 + (0.4 * (days - 1 - daysAgo)) / Math.max(1, days - 1);
    const elapsed = daysAgo === 0 ? Math.min(1, (nowMs - start) / DAY_MS) : 1;
    weights.push([daysAgo, WEEKDAY[weekday]! * growth * elapsed * (0.75 + 0.5 * random.next())]);
  }
  return weights;
}

/** A moment on the day starting at `dayStart`, from `fromHour` on, never after `now`. */
export function demoMentionTime(random: Random, dayStart: number, nowMs: number, fromHour = 0): number {
  const lastHour = Math.min(23, Math.floor((nowMs - dayStart) / HOUR_MS));
  const first = Math.min(fromHour, Math.max(0, lastHour));
  const hours: [number, number][] = [];
  for (let h = first; h <= lastHour; h++) hours.push([h, HOURS[h]!]);
  const hour = hours.length > 0 ? random.weighted(hours) : 0;
  const at = dayStart + hour * HOUR_MS + random.int(HOUR_MS);
  return Math.max(dayStart, Math.min(at, nowMs - 1000));
}
