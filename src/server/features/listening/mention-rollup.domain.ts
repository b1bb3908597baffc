import type { SentimentLabel } from '../../../shared/listening/sentiment.schemas.ts';

/*
 * What one batch of newly stored mentions adds to the rollups. Each mention counts once in the
 * all-mentions row (topic id ALL_TOPICS) and once more under every topic it matched, so share of
 * voice sums topics while totals read the one all row. Deltas are aggregated per key and sorted,
 * so two ingests upserting the same rows lock them in the same order and cannot deadlock.
 */

export const ALL_TOPICS = '00000000-0000-0000-0000-000000000000';

/** What the rollups need of a stored mention. */
export type RollupMention = {
  day: string;
  topicIds: readonly string[];
  channel: string;
  language: string;
  sentiment: SentimentLabel;
  reach: number;
  author: string;
  words: readonly string[];
  hashtags: readonly string[];
};

export type DailyDelta = { topicId: string; day: string; channel: string; language: string; sentiment: SentimentLabel; mentions: number; reach: number };
export const TERM_KINDS = ['word', 'hashtag', 'author'] as const;
export type TermKind = (typeof TERM_KINDS)[number];
export type TermDelta = { topicId: string; day: string; kind: TermKind; term: string; mentions: number };
export type RollupDeltas = { daily: DailyDelta[]; terms: TermDelta[]; days: string[] };

const SEP = '\u0001';

function byKey<T>(map: Map<string, T>): T[] {
  return [...map.keys()].sort().map((key) => map.get(key)!);
}

/**
 * Words, hashtags and authors a day keeps per topic once it is over (see term-compaction.service.ts).
 * The dashboard lists a range's top 20; 25 a day leaves a margin for terms that rank just below a
 * day's top 20 yet add up over the range, and halves the rows a long range sums against 50.
 */
export const TERMS_KEPT_PER_DAY = 25;

/** A topic's terms of one kind on one day, counted. */
type TermGroup = { topicId: string; kind: TermKind; day: string; counts: Map<string, number> };

function count(counts: Map<string, number>, term: string): void {
  counts.set(term, (counts.get(term) ?? 0) + 1);
}

/**
 * Terms a batch writes per topic, kind and closed day, at most: twice what the day keeps once
 * compaction trims it. A term outside a batch's top 50 that still makes its day's top 25 would have
 * to rank far higher in the day's other batches; left out, it is short by this batch's few mentions.
 * Writing every tail term cost a million-mention import an eighth of its database time
 * (bench/listening-store.bench.ts: 94 against 82 µs a mention).
 */
export const TERMS_WRITTEN_PER_CLOSED_DAY = 2 * TERMS_KEPT_PER_DAY;

export type TermLimits = {
  /** Leave out a group's single mentions once `kept` of its terms are mentioned more often. */
  keptTermsPerDay?: number;
  /** Days before this one (YYYY-MM-DD) are closed: a group writes its TERMS_WRITTEN_PER_CLOSED_DAY most frequent terms. */
  closedBefore?: string;
};

/** The `limit` most frequent terms, ties by term, so every run leaves out the same ones. */
function mostFrequent(counts: Map<string, number>, limit: number): Set<string> {
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return new Set(ranked.slice(0, limit).map(([term]) => term));
}

/**
 * A term mentioned once in a batch that by itself shows `kept` other terms of the same kind, topic
 * and day mentioned more often cannot be among that day's top `kept`, unless later batches of the
 * same day bring it there, and then it is short by this one mention: it is not written. Busy days
 * then write their heavy hitters instead of every author who posted once; a closed day, only its
 * most frequent ones (TERMS_WRITTEN_PER_CLOSED_DAY).
 */
function groupDeltas(group: TermGroup, limits: TermLimits, into: TermDelta[]): void {
  const kept = limits.keptTermsPerDay;
  let repeated = 0;
  if (kept) for (const n of group.counts.values()) if (n > 1) repeated++;
  const dropOnce = kept !== undefined && kept > 0 && repeated >= kept;
  const closed = limits.closedBefore !== undefined && group.day < limits.closedBefore && group.counts.size > TERMS_WRITTEN_PER_CLOSED_DAY;
  const top = closed ? mostFrequent(group.counts, TERMS_WRITTEN_PER_CLOSED_DAY) : undefined;
  for (const term of [...(top ?? group.counts.keys())].sort()) {
    const mentions = group.counts.get(term)!;
    if (dropOnce && mentions === 1) continue;
    into.push({ topicId: group.topicId, day: group.day, kind: group.kind, term, mentions });
  }
}

export function rollupDeltas(mentions: readonly RollupMention[], options: TermLimits = {}): RollupDeltas {
  const daily = new Map<string, DailyDelta>();
  // Terms are counted per group (topic, kind, day), so a word costs one lookup by itself, not a
  // key built from all four; groups and then terms are sorted, which is the order of the whole key.
  const groups = new Map<string, TermGroup>();
  const days = new Set<string>();
  const countsOf = (topicId: string, kind: TermKind, day: string) => {
    const key = topicId + SEP + kind + SEP + day;
    let group = groups.get(key);
    if (!group) {
      group = { topicId, kind, day, counts: new Map() };
      groups.set(key, group);
    }
    return group.counts;
  };
  for (const m of mentions) {
    days.add(m.day);
    for (let i = -1; i < m.topicIds.length; i++) {
      const topicId = i < 0 ? ALL_TOPICS : m.topicIds[i]!;
      const key = topicId + SEP + m.day + SEP + m.channel + SEP + m.language + SEP + m.sentiment;
      const found = daily.get(key);
      if (found) {
        found.mentions++;
        found.reach += m.reach;
      } else daily.set(key, { topicId, day: m.day, channel: m.channel, language: m.language, sentiment: m.sentiment, mentions: 1, reach: m.reach });
      if (m.words.length > 0) {
        const counts = countsOf(topicId, 'word', m.day);
        for (const word of m.words) count(counts, word);
      }
      if (m.hashtags.length > 0) {
        const counts = countsOf(topicId, 'hashtag', m.day);
        for (const tag of m.hashtags) count(counts, tag);
      }
      if (m.author !== '') count(countsOf(topicId, 'author', m.day), m.author);
    }
  }
  const terms: TermDelta[] = [];
  for (const key of [...groups.keys()].sort()) groupDeltas(groups.get(key)!, options, terms);
  return { daily: byKey(daily), terms, days: [...days].sort() };
}

const QUARTER_HOUR = 900_000;

/**
 * Calendar day (YYYY-MM-DD) of an instant in a time zone. Every zone's offset is a multiple of a
 * quarter hour and changes on one, so the answer is cached per quarter hour: a million mentions
 * over a quarter ask Intl a few thousand times.
 */
export function createDayOf(timeZone: string): (epochMs: number) => string {
  const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const cache = new Map<number, string>();
  return (epochMs) => {
    const slot = Math.floor(epochMs / QUARTER_HOUR);
    let day = cache.get(slot);
    if (day === undefined) {
      const parts = format.formatToParts(new Date(slot * QUARTER_HOUR));
      const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
      day = `${get('year')}-${get('month')}-${get('day')}`;
      if (cache.size > 100_000) cache.clear();
      cache.set(slot, day);
    }
    return day;
  };
}
