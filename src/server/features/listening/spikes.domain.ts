import { addDays, daysBetween, eachDay } from './listening-days.domain.ts';

/*
 * A spike is a day far above what came before it: its count is at least `factor` times the mean
 * of the BASELINE_DAYS days before it, and at least `minMentions`. Days before the workspace's
 * data started are not part of the mean (a new workspace's first busy day is not "far above"
 * the empty days before it had any sources), and a day needs MIN_HISTORY_DAYS of history to be
 * judged at all. A baseline under one mention a day counts as one, so a quiet topic needs
 * `factor` × 1 and `minMentions` mentions to spike, not just one mention after a silent fortnight.
 */

export const BASELINE_DAYS = 14;
export const MIN_HISTORY_DAYS = 3;
export const DEFAULT_SPIKE_FACTOR = 3;
export const DEFAULT_SPIKE_MIN_MENTIONS = 10;

export type SpikeRule = { factor: number; minMentions: number };
export type Spike = { day: string; mentions: number; baseline: number; factor: number };

/** Judges one day given the counts by day (missing days are zero) and the first day with data. */
export function spikeOn(day: string, counts: ReadonlyMap<string, number>, firstDay: string | null, rule: SpikeRule): Spike | null {
  const observed = counts.get(day) ?? 0;
  if (firstDay === null || observed < rule.minMentions) return null;
  let sum = 0;
  let history = 0;
  for (let back = 1; back <= BASELINE_DAYS; back++) {
    const previous = addDays(day, -back);
    if (previous < firstDay) break;
    sum += counts.get(previous) ?? 0;
    history++;
  }
  if (history < MIN_HISTORY_DAYS) return null;
  const baseline = sum / history;
  const ratio = observed / Math.max(baseline, 1);
  if (ratio < rule.factor) return null;
  return { day, mentions: observed, baseline: round(baseline), factor: round(ratio) };
}

/**
 * Every spike among `days` (consecutive, in order), with the same rule as spikeOn but one pass:
 * a running sum over the window instead of fourteen look-ups per day (a year of eight lines).
 */
export function findSpikes(days: readonly string[], counts: ReadonlyMap<string, number>, firstDay: string | null, rule: SpikeRule): Spike[] {
  const first = days[0];
  if (first === undefined || firstDay === null) return [];
  const series = eachDay(addDays(first, -BASELINE_DAYS), days.at(-1)!).map((day) => counts.get(day) ?? 0);
  const spikes: Spike[] = [];
  let sum = series.slice(0, BASELINE_DAYS).reduce((a, b) => a + b, 0);
  const sinceFirst = daysBetween(firstDay, first);
  for (let i = 0; i < days.length; i++) {
    const observed = series[i + BASELINE_DAYS]!;
    // Days before the data started hold zero, so the sum needs no trimming, only the count of days.
    const history = Math.min(BASELINE_DAYS, sinceFirst + i);
    if (observed >= rule.minMentions && history >= MIN_HISTORY_DAYS) {
      const baseline = sum / history;
      const ratio = observed / Math.max(baseline, 1);
      if (ratio >= rule.factor) spikes.push({ day: days[i]!, mentions: observed, baseline: round(baseline), factor: round(ratio) });
    }
    sum += observed - series[i]!;
  }
  return spikes;
}

const round = (value: number) => Math.round(value * 100) / 100;
