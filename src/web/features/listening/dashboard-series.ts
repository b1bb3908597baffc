import type { Dashboard, Topic } from '../../../shared/api/listening.schemas.ts';

/*
 * The numbers each dashboard chart draws, shaped once here so the chart and its table
 * alternative show exactly the same thing.
 */

export type VolumeLine = { topicId: string | null; values: number[] };
export type VolumeSeries = { days: string[]; lines: VolumeLine[] };

/** One line per topic (and the all-mentions line), each with a value for every day of the range. */
export function volumeSeries(dashboard: Dashboard): VolumeSeries {
  const days = [...new Set(dashboard.volume.map((v) => v.day))].sort();
  const index = new Map(days.map((day, i) => [day, i]));
  const lines = new Map<string | null, number[]>();
  for (const point of dashboard.volume) {
    const values = lines.get(point.topicId) ?? days.map(() => 0);
    lines.set(point.topicId, values);
    values[index.get(point.day) ?? 0] = point.mentions;
  }
  return { days, lines: [...lines].map(([topicId, values]) => ({ topicId, values })) };
}

/** Net sentiment on the KPI's scale: from −100 (all negative) to +100 (all positive). */
export const netScore = (net: number) => Math.round(net * 100);

export function totalNet(totals: Dashboard['totals']): number | null {
  return totals.mentions === 0 ? null : netScore((totals.pos - totals.neg) / totals.mentions);
}

/** The brand's share of the conversation among brand and competitor topics, 0..1; null without any. */
export function brandShare(dashboard: Dashboard, topics: readonly Topic[]): number | null {
  const brands = new Set(topics.filter((t) => t.kind === 'brand').map((t) => t.id));
  const voices = dashboard.shareOfVoice;
  if (brands.size === 0 || voices.reduce((sum, v) => sum + v.mentions, 0) === 0) return null;
  return voices.filter((v) => brands.has(v.topicId)).reduce((sum, v) => sum + v.share, 0);
}

/** Spikes the chart can mark: only those on a line that is drawn. */
export function spikesOnLines(dashboard: Dashboard, lines: readonly VolumeLine[]) {
  const drawn = new Set(lines.map((l) => l.topicId));
  return dashboard.spikes.filter((s) => drawn.has(s.topicId));
}

/** The largest value of a ranked list, for bars drawn relative to the first place. */
export const maxOf = (items: readonly { mentions: number }[]) => items.reduce((max, item) => Math.max(max, item.mentions), 0);
