import type { Dashboard } from '../../../shared/api/listening.schemas.ts';
import type { FindingEvidence } from '../../../shared/strategy/strategy-listening.schemas.ts';
import { netSentiment } from './dashboard.domain.ts';

export const MAX_SERIES = 60;
const LABEL_MAX = 200;
type Point = FindingEvidence['series'][number];
type DayValues = { day: string; pos: number; neu: number; neg: number; mentions: number };

/** Consecutive days in at most MAX_SERIES groups, labelled `day` or `first/last` (an ISO 8601 interval). */
function bucketDays(days: readonly DayValues[]): DayValues[] {
  const size = Math.ceil(days.length / MAX_SERIES);
  if (size <= 1) return [...days];
  const buckets: DayValues[] = [];
  for (let i = 0; i < days.length; i += size) {
    const group = days.slice(i, i + size);
    const sum = (key: 'pos' | 'neu' | 'neg' | 'mentions') => group.reduce((s, d) => s + d[key], 0);
    const last = group.at(-1)!.day;
    buckets.push({ day: group.length > 1 ? `${group[0]!.day}/${last}` : last, pos: sum('pos'), neu: sum('neu'), neg: sum('neg'), mentions: sum('mentions') });
  }
  return buckets;
}

/**
 * The numbers behind one dashboard chart, as the finding keeps them: a series of at most 60
 * labelled values (long ranges are summed into groups of days). Topics are labelled by name.
 */
export function evidenceSeries(chart: FindingEvidence['chart'], dashboard: Dashboard, topicId: string | null, topicName: (id: string) => string): Point[] {
  return pointsOf(chart, dashboard, topicId, topicName).map((p) => ({ label: p.label.slice(0, LABEL_MAX), value: p.value }));
}

function pointsOf(chart: FindingEvidence['chart'], dashboard: Dashboard, topicId: string | null, topicName: (id: string) => string): Point[] {
  switch (chart) {
    case 'volume': {
      const line = dashboard.volume.filter((v) => v.topicId === topicId);
      const days = line.map((v) => ({ day: v.day, pos: 0, neu: 0, neg: 0, mentions: v.mentions }));
      return bucketDays(days).map((d) => ({ label: d.day, value: d.mentions }));
    }
    case 'sentiment': {
      const days = dashboard.sentiment.map((s) => ({ ...s, mentions: s.pos + s.neu + s.neg }));
      return bucketDays(days).map((d) => ({ label: d.day, value: netSentiment(d) }));
    }
    case 'share_of_voice':
      return dashboard.shareOfVoice.slice(0, MAX_SERIES).map((s) => ({ label: topicName(s.topicId), value: s.share }));
    case 'channels':
      return dashboard.channels.slice(0, MAX_SERIES).map((c) => ({ label: c.channel, value: c.mentions }));
    case 'top_terms':
      return dashboard.topWords.slice(0, MAX_SERIES).map((w) => ({ label: w.term, value: w.mentions }));
    case 'spikes':
      return dashboard.spikes.slice(0, MAX_SERIES).map((s) => ({ label: s.topicId ? `${s.day} ${topicName(s.topicId)}` : s.day, value: s.mentions }));
  }
}
