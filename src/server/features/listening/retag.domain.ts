import { batchDeltas } from './mention-batch.domain.ts';
import { ALL_TOPICS, type DailyDelta, type RollupMention, rollupDeltas, type TermDelta } from './mention-rollup.domain.ts';

/*
 * What re-tagging stored mentions after a topic change does to the rollups. A mention leaves the
 * rows of the topics it lost and joins those of the topics it gained, with the same deltas ingest
 * writes (mention-rollup.domain.ts), so the rollups end as if the mention had been ingested under
 * the new topics. The all-mentions row is left alone: every mention is counted there once,
 * whatever its topics.
 */

/** A stored mention whose topics changed: `topicIds` is the new set, `before` what it was tagged with. */
export type RetaggedMention = RollupMention & { before: readonly string[] };

/** Signed: a negative count takes mentions (and their reach) out of a row. */
export type RetagDeltas = {
  daily: DailyDelta[];
  terms: TermDelta[];
  /** Days that gained term rows: past days are trimmed to their top terms again afterwards. */
  termDays: string[];
};

/** The same topics, in any order. */
export function sameTopics(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((id) => set.has(id));
}

const SEP = '\u0001';
const dailyKey = (d: DailyDelta) => d.topicId + SEP + d.day + SEP + d.channel + SEP + d.language + SEP + d.sentiment;
const termKey = (d: TermDelta) => d.topicId + SEP + d.kind + SEP + d.day + SEP + d.term;

/** Adds `sign` × each delta into `into`, leaving the all-mentions row out. */
function merge<T extends { topicId: string; mentions: number; reach?: number }>(into: Map<string, T>, deltas: readonly T[], key: (d: T) => string, sign: 1 | -1): void {
  for (const d of deltas) {
    if (d.topicId === ALL_TOPICS) continue;
    const k = key(d);
    const found = into.get(k);
    if (!found) into.set(k, { ...d, mentions: sign * d.mentions, ...(d.reach === undefined ? {} : { reach: sign * d.reach }) });
    else {
      found.mentions += sign * d.mentions;
      if (found.reach !== undefined && d.reach !== undefined) found.reach += sign * d.reach;
    }
  }
}

/** Sorted by key, as ingest sorts its deltas, so concurrent writers lock rollup rows in one order. */
function sorted<T extends { mentions: number; reach?: number }>(map: Map<string, T>): T[] {
  return [...map.keys()]
    .sort()
    .map((k) => map.get(k)!)
    .filter((d) => d.mentions !== 0 || (d.reach ?? 0) !== 0);
}

/**
 * The rollup change of re-tagging `mentions`. Tags of topics no longer in `live` are dropped
 * without taking anything: a deleted topic's rollups went with it. Gains go through ingest's own
 * batch deltas (with its cut of one-off terms); losses take exactly what one ingest would have added.
 */
export function retagDeltas(mentions: readonly RetaggedMention[], live: ReadonlySet<string>): RetagDeltas {
  const gained: RollupMention[] = [];
  const lost: RollupMention[] = [];
  for (const { before, ...mention } of mentions) {
    const after = new Set(mention.topicIds);
    const had = new Set(before);
    const plus = [...after].filter((id) => !had.has(id) && live.has(id));
    const minus = [...had].filter((id) => !after.has(id) && live.has(id));
    if (plus.length > 0) gained.push({ ...mention, topicIds: plus });
    if (minus.length > 0) lost.push({ ...mention, topicIds: minus });
  }
  const add = batchDeltas(gained);
  const take = rollupDeltas(lost);
  const daily = new Map<string, DailyDelta>();
  const terms = new Map<string, TermDelta>();
  merge(daily, add.daily, dailyKey, 1);
  merge(daily, take.daily, dailyKey, -1);
  merge(terms, add.terms, termKey, 1);
  merge(terms, take.terms, termKey, -1);
  const termDays = [...new Set(add.terms.filter((d) => d.topicId !== ALL_TOPICS).map((d) => d.day))].sort();
  return { daily: sorted(daily), terms: sorted(terms), termDays };
}
