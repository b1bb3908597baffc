import type { Dashboard } from '../../../shared/api/listening.schemas.ts';
import type { SentimentLabel } from '../../../shared/listening/sentiment.schemas.ts';
import { eachDay } from './listening-days.domain.ts';
import { ALL_TOPICS } from './mention-rollup.domain.ts';
import { DEFAULT_SPIKE_FACTOR, DEFAULT_SPIKE_MIN_MENTIONS, findSpikes } from './spikes.domain.ts';

/** Rollup rows summed per line (topic or the all row), day and sentiment. */
export type LineRow = { topicId: string; day: string; sentiment: string; mentions: number; reach: number };
/** A line's days as the database sends them: `day,sentiment,mentions,reach` joined with `;`. */
export function parseLineDays(topicId: string, text: string): LineRow[] {
  return text.split(';').map((item) => {
    const [day, sentiment, mentions, reach] = item.split(',') as [string, string, string, string];
    return { topicId, day, sentiment, mentions: Number(mentions), reach: Number(reach) };
  });
}

/** Mentions and reach of one channel or one language over the range. */
export type PlaceRow = { place: string; mentions: number; reach: number };
export type TermRow = { kind: string; term: string; mentions: number };
export type DashboardFacts = {
  from: string;
  to: string;
  /** The line the totals, sentiment, places and terms are about: a topic, or ALL_TOPICS. */
  line: string;
  topics: readonly { id: string; kind: string }[];
  /** From 14 days before `from` (for spike baselines) to `to`. */
  lines: readonly LineRow[];
  channels: readonly PlaceRow[];
  languages: readonly PlaceRow[];
  terms: readonly TermRow[];
  firstDay: string | null;
};

type DayCounts = { mentions: number; reach: number; pos: number; neu: number; neg: number };
const emptyCounts = (): DayCounts => ({ mentions: 0, reach: 0, pos: 0, neu: 0, neg: 0 });

/** (pos − neg) / all, from −1 to 1; 0 for a day without mentions. */
export const netSentiment = (c: Pick<DayCounts, 'pos' | 'neg' | 'mentions'>) => (c.mentions === 0 ? 0 : Math.round(((c.pos - c.neg) / c.mentions) * 1000) / 1000);

function byLineAndDay(rows: readonly LineRow[]): Map<string, Map<string, DayCounts>> {
  const lines = new Map<string, Map<string, DayCounts>>();
  for (const row of rows) {
    const days = lines.get(row.topicId) ?? new Map<string, DayCounts>();
    lines.set(row.topicId, days);
    const counts = days.get(row.day) ?? emptyCounts();
    days.set(row.day, counts);
    counts.mentions += row.mentions;
    counts.reach += row.reach;
    if (row.sentiment === 'pos' || row.sentiment === 'neu' || row.sentiment === 'neg') counts[row.sentiment as SentimentLabel] += row.mentions;
  }
  return lines;
}

const byMentions = (rows: readonly PlaceRow[]) => [...rows].sort((a, b) => b.mentions - a.mentions || a.place.localeCompare(b.place));

const topTerms = (terms: readonly TermRow[], kind: string) => terms.filter((t) => t.kind === kind).map((t) => ({ term: t.term, mentions: t.mentions }));

/** The dashboard from rollup sums; days without mentions are zeros, so charts draw no gaps. */
export function assembleDashboard(facts: DashboardFacts): Dashboard {
  const days = eachDay(facts.from, facts.to);
  const lines = byLineAndDay(facts.lines);
  const selected = lines.get(facts.line) ?? new Map<string, DayCounts>();
  const lineId = (topicId: string) => (topicId === ALL_TOPICS ? null : topicId);
  // The selected line, and with no topic chosen each topic's line beside the all line.
  const shown = facts.line === ALL_TOPICS ? [ALL_TOPICS, ...facts.topics.map((t) => t.id)] : [facts.line];

  const totals = emptyCounts();
  const sentiment: Dashboard['sentiment'] = [];
  for (const day of days) {
    const c = selected.get(day) ?? emptyCounts();
    for (const key of ['mentions', 'reach', 'pos', 'neu', 'neg'] as const) totals[key] += c[key];
    sentiment.push({ day, pos: c.pos, neu: c.neu, neg: c.neg, net: netSentiment(c) });
  }
  const volume = shown.flatMap((topicId) =>
    days.map((day) => {
      const c = lines.get(topicId)?.get(day);
      return { day, topicId: lineId(topicId), mentions: c?.mentions ?? 0, reach: c?.reach ?? 0 };
    }),
  );

  const voices = facts.topics
    .filter((t) => t.kind === 'brand' || t.kind === 'competitor')
    .map((t) => ({ topicId: t.id, mentions: days.reduce((sum, day) => sum + (lines.get(t.id)?.get(day)?.mentions ?? 0), 0) }));
  const voiceTotal = voices.reduce((sum, v) => sum + v.mentions, 0);
  const shareOfVoice = voices
    .map((v) => ({ ...v, share: voiceTotal === 0 ? 0 : Math.round((v.mentions / voiceTotal) * 10_000) / 10_000 }))
    .sort((a, b) => b.mentions - a.mentions);

  const rule = { factor: DEFAULT_SPIKE_FACTOR, minMentions: DEFAULT_SPIKE_MIN_MENTIONS };
  const spikes = shown.flatMap((topicId) => {
    const counts = new Map([...(lines.get(topicId) ?? [])].map(([day, c]) => [day, c.mentions]));
    return findSpikes(days, counts, facts.firstDay, rule).map((s) => ({ ...s, topicId: lineId(topicId) }));
  });
  spikes.sort((a, b) => a.day.localeCompare(b.day) || b.factor - a.factor);

  return {
    totals: { mentions: totals.mentions, reach: totals.reach, pos: totals.pos, neu: totals.neu, neg: totals.neg },
    volume,
    sentiment,
    shareOfVoice,
    channels: byMentions(facts.channels).map((c) => ({ channel: c.place, mentions: c.mentions, reach: c.reach })),
    languages: byMentions(facts.languages).map((l) => ({ language: l.place, mentions: l.mentions })),
    topWords: topTerms(facts.terms, 'word'),
    topHashtags: topTerms(facts.terms, 'hashtag'),
    topAuthors: topTerms(facts.terms, 'author'),
    spikes,
  };
}
