import type { MentionSource } from '../../../shared/listening/topic-query.schemas.ts';
import { float4Array, int4Array, textArray, timestamptzArray } from '../../db/pg-binary-array.ts';
import { firstOpenDay } from './listening-days.domain.ts';
import { type AnalysedMention, type AnalysisContext, analyseMentions, type IncomingMention } from './mention-analysis.domain.ts';
import { type DailyDelta, type RollupDeltas, type RollupMention, rollupDeltas, TERMS_KEPT_PER_DAY, type TermDelta } from './mention-rollup.domain.ts';

/*
 * An analysed batch made ready for the database where it was analysed (a worker thread), so the
 * thread that talks to the database only hands bytes and strings over: the rows as binary column
 * arrays for one unnest() insert per part, and the rollup deltas as JSON, as if every row were
 * new. When some rows turn out to be stored already, their deltas (from `rollupRows`) are taken
 * off the batch's (`withoutRows`); re-importing a file (every row a duplicate) adds no rollups.
 */

/*
 * A statement's parameters are copied several times on their way into PostgreSQL (PGlite's message
 * buffers, the wasm heap): 2,500 rows a statement kept a 300,000-mention ingest's peak 15-25 MB
 * lower than 10,000 (four runs) at no measurable cost; a batch stays one transaction.
 */
export const ROWS_PER_STATEMENT = 2_500;

/** `columns` in the order of MENTION_COLUMNS; `hashes` are the rows' content hashes. */
export type MentionPart = { columns: Uint8Array[]; hashes: string[] };
export type PreparedBatch = {
  /** Rows analysed, duplicates within the batch included. */
  received: number;
  /** The batch's distinct rows (first of each external id and content hash), in parts. */
  parts: MentionPart[];
  /** Each distinct row's RollupMention as JSON, in the order of `parts`: only read when some were stored before. */
  rollupRows: string[];
  daily: string[];
  terms: string[];
  days: string[];
};

/** The first of each external id and each content hash; later copies in the batch are duplicates. */
export function distinctInBatch(rows: readonly AnalysedMention[]): AnalysedMention[] {
  const ids = new Set<string>();
  const hashes = new Set<string>();
  const kept: AnalysedMention[] = [];
  for (const row of rows) {
    if (ids.has(row.externalId) || hashes.has(row.contentHash)) continue;
    ids.add(row.externalId);
    hashes.add(row.contentHash);
    kept.push(row);
  }
  return kept;
}

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

type MentionColumn = {
  name: string;
  /** The array's element type on the wire. */
  type: 'text' | 'int4' | 'float4' | 'timestamptz';
  /** Applied per row where the wire type is not the column's. */
  cast?: string;
  encode: (rows: readonly AnalysedMention[]) => Uint8Array;
};

const text = (name: string, pick: (r: AnalysedMention) => string | null, cast?: string): MentionColumn => ({
  name,
  type: 'text',
  cast,
  encode: (rows) => textArray(rows.map(pick)),
});
const int4 = (name: string, pick: (r: AnalysedMention) => number): MentionColumn => ({ name, type: 'int4', encode: (rows) => int4Array(rows.map(pick)) });

/** The mention columns a part carries, each a binary array of one PostgreSQL type, in this order. */
export const MENTION_COLUMNS: readonly MentionColumn[] = [
  text('external_id', (r) => r.externalId),
  text('content_hash', (r) => r.contentHash),
  text('text', (r) => r.text),
  text('language', (r) => r.language),
  text('channel', (r) => r.channel),
  text('author', (r) => r.author),
  text('url', (r) => r.url),
  { name: 'published_at', type: 'timestamptz', encode: (rows) => timestamptzArray(rows.map((r) => Date.parse(r.publishedAt))) },
  int4('reach', (r) => r.reach),
  int4('likes', (r) => r.likes),
  int4('shares', (r) => r.shares),
  int4('comments', (r) => r.comments),
  text('sentiment', (r) => r.sentiment),
  { name: 'sentiment_score', type: 'float4', encode: (rows) => float4Array(rows.map((r) => r.sentimentScore)) },
  // As array literals ('{}' for most rows), since unnest cannot yield arrays.
  text('topic_ids', (r) => `{${r.topicIds.join(',')}}`, 'uuid[]'),
];

const dailyRecord = (d: DailyDelta) => ({ t: d.topicId, d: d.day, c: d.channel, l: d.language, s: d.sentiment, m: d.mentions, r: d.reach });
const termRecord = (d: TermDelta) => ({ t: d.topicId, d: d.day, k: d.kind, w: d.term, m: d.mentions });

export function rollupRow(r: AnalysedMention): RollupMention {
  return { day: r.day, topicIds: r.topicIds, channel: r.channel, language: r.language, sentiment: r.sentiment, reach: r.reach, author: r.author, words: r.words, hashtags: r.hashtags };
}

/** Records as JSON parts, one json_to_recordset statement each. */
function jsonParts<T>(records: readonly T[]): string[] {
  return chunks(records, ROWS_PER_STATEMENT).map((part) => JSON.stringify(part));
}

/** Rollup deltas as JSON parts for json_to_recordset upserts. */
export function deltaPayloads(deltas: RollupDeltas): { daily: string[]; terms: string[] } {
  return { daily: jsonParts(deltas.daily.map(dailyRecord)), terms: jsonParts(deltas.terms.map(termRecord)) };
}

export type DeltaPayloads = { daily: string[]; terms: string[]; days: string[] };

type DailyRecord = ReturnType<typeof dailyRecord>;
type TermRecord = ReturnType<typeof termRecord>;
const dailyKey = (r: DailyRecord) => `${r.t}\u0001${r.d}\u0001${r.c}\u0001${r.l}\u0001${r.s}`;
const termKey = (r: TermRecord) => `${r.t}\u0001${r.k}\u0001${r.d}\u0001${r.w}`;

/**
 * A batch's deltas less those of its `removed` rows (their `rollupRows` JSON): the rows that
 * turned out to be stored already, usually a handful. Worked out here, where the transaction is
 * open, instead of again for all the new rows on a worker, which the transaction waited for behind
 * the next batch's analysis. Daily rows come out exact. Term rows are only lowered: a term the
 * batch left out as its tail (see rollupDeltas) stays out, as it would have been short anyway.
 */
export function withoutRows(batch: Pick<PreparedBatch, 'daily' | 'terms'>, removed: readonly string[]): DeltaPayloads {
  // Unlike the batch's, the removed rows' deltas keep every term (no tail): all must be taken off.
  const gone = rollupDeltas(removed.map((json) => JSON.parse(json) as RollupMention));
  const goneDaily = new Map(gone.daily.map((d) => [dailyKey(dailyRecord(d)), d]));
  const goneTerm = new Map(gone.terms.map((d) => [termKey(termRecord(d)), d.mentions]));
  const daily: DailyRecord[] = [];
  const days = new Set<string>();
  for (const json of batch.daily) {
    for (const record of JSON.parse(json) as DailyRecord[]) {
      const less = goneDaily.get(dailyKey(record));
      if (less && record.m - less.mentions <= 0) continue;
      daily.push(less ? { ...record, m: record.m - less.mentions, r: record.r - less.reach } : record);
      days.add(record.d);
    }
  }
  const terms: TermRecord[] = [];
  for (const json of batch.terms) {
    for (const record of JSON.parse(json) as TermRecord[]) {
      const m = record.m - (goneTerm.get(termKey(record)) ?? 0);
      if (m > 0) terms.push(m === record.m ? record : { ...record, m });
    }
  }
  return { daily: jsonParts(daily), terms: jsonParts(terms), days: [...days].sort() };
}

/** The deltas a batch writes: its terms' tail is left out (see rollupDeltas), on closed days all but the top. */
export function batchDeltas(rows: readonly RollupMention[], closedBefore?: string): RollupDeltas {
  return rollupDeltas(rows, { keptTermsPerDay: TERMS_KEPT_PER_DAY, closedBefore });
}

/** The buffers a batch can hand to another thread without a copy. */
export function batchBuffers(batch: PreparedBatch): ArrayBuffer[] {
  return batch.parts.flatMap((part) => part.columns.map((column) => column.buffer as ArrayBuffer));
}

/** `closedBefore`: the first day that is not closed yet (yesterday in the workspace's time zone). */
export function prepareBatch(rows: readonly AnalysedMention[], closedBefore?: string): PreparedBatch {
  const distinct = distinctInBatch(rows);
  const parts = chunks(distinct, ROWS_PER_STATEMENT).map((part) => ({ columns: MENTION_COLUMNS.map((column) => column.encode(part)), hashes: part.map((r) => r.contentHash) }));
  const rollups = distinct.map(rollupRow);
  const deltas = batchDeltas(rollups, closedBefore);
  return { received: rows.length, parts, rollupRows: rollups.map((r) => JSON.stringify(r)), ...deltaPayloads(deltas), days: deltas.days };
}

/** What an analysis thread (or the calling thread, for a small batch) does with a batch of candidates. */
export function analyseBatch(ctx: AnalysisContext, task: { mentions: readonly IncomingMention[]; source: MentionSource; defaultChannel: string; nowMs: number }): PreparedBatch {
  const rows = analyseMentions(ctx, task.mentions, task.source, task.defaultChannel, task.nowMs);
  return prepareBatch(rows, firstOpenDay(ctx.dayOf(task.nowMs)));
}
