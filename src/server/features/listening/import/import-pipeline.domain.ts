import { type ColumnMapping, requireValidMapping, suggestMapping, uniqueHeaders } from './column-mapping.domain.ts';
import type { EncodingDetection } from './encoding-detect.domain.ts';
import { excerpt, type RowRejection } from './import-problems.domain.ts';
import { type ImportFormat, newReadState, type ReadOptions, readRecords, type SourceItem } from './import-records.domain.ts';
import type { DateOrder } from './mention-date.domain.ts';
import { type CandidateMention, type MentionValues, toMention } from './mention-row.domain.ts';
import { csvValues, jsonColumns, jsonValues } from './record-values.domain.ts';
import { assertTimeZone } from './time-zone.domain.ts';

/*
 * A whole import as a stream of batches: bytes → text → records → mapped values → candidate
 * mentions or rejections. A background job stores each batch as it comes (a batch holds at most
 * `batchSize` rows) and reports `progress`; if the file turns out to be broken further on, the
 * generator throws an ImportFailure and the batches already stored stay valid.
 * The first CSV record is the header. A CSV row whose cell count differs from the header's is
 * rejected: after a broken quote, the lines the parser re-reads must not pass as rows of their own.
 */

export type ImportOptions = ReadOptions & {
  /** Defaults to the suggestion from the header (CSV) or the first record's keys (JSON). */
  mapping?: ColumnMapping;
  /** `dmy` (default) or `mdy`, for numeric dates such as 03/04/2024. */
  dateOrder?: DateOrder;
  /** Zone of dates written without an offset; default UTC. */
  timeZone?: string;
  batchSize?: number;
  /** The file's size, when known, for progress. */
  totalBytes?: number;
};

export type ImportProgress = {
  bytesRead: number;
  totalBytes: number | null;
  rows: number;
  accepted: number;
  rejected: number;
  done: boolean;
};

export type ImportBatch = {
  mentions: CandidateMention[];
  rejections: RowRejection[];
  progress: ImportProgress;
  format: ImportFormat | undefined;
  encoding: EncodingDetection | undefined;
  mapping: ColumnMapping | undefined;
};

type Row = { line: number; values: MentionValues; raw: () => string } | RowRejection;

/** Turns records into mapped rows; the first CSV record sets up the mapping and yields nothing. */
function rowMaker(options: ImportOptions, delimiter: () => string) {
  let headers: string[] | undefined;
  let fromCsv: ((fields: readonly string[]) => MentionValues) | undefined;
  let fromJson: ((record: Record<string, unknown>) => MentionValues) | undefined;
  const result = {
    mapping: undefined as ColumnMapping | undefined,
    row(item: SourceItem): Row | null {
      if ('reason' in item) return item;
      if ('value' in item) {
        if (!fromJson) {
          result.mapping = requireValidMapping(options.mapping ?? suggestMapping([...jsonColumns(item.value)]), null);
          fromJson = jsonValues(result.mapping);
        }
        return { line: item.line, values: fromJson(item.value), raw: () => JSON.stringify(item.value) };
      }
      const raw = () => item.fields.join(delimiter());
      if (!headers || !fromCsv) {
        headers = uniqueHeaders(item.fields);
        result.mapping = requireValidMapping(options.mapping ?? suggestMapping(headers), headers);
        fromCsv = csvValues(result.mapping, headers);
        return null;
      }
      const extra = item.fields.length - headers.length;
      if (extra < 0 || (extra > 0 && item.fields.slice(headers.length).some((f) => f !== ''))) {
        const message = `${item.fields.length} cells where the header has ${headers.length}`;
        return { line: item.line, reason: 'wrong_field_count', message, excerpt: excerpt(raw()) };
      }
      return { line: item.line, values: fromCsv(item.fields), raw };
    },
  };
  return result;
}

export async function* importMentions(source: AsyncIterable<Uint8Array>, options: ImportOptions = {}): AsyncGenerator<ImportBatch> {
  const timeZone = options.timeZone ?? 'UTC';
  assertTimeZone(timeZone);
  const dateOptions = { dateOrder: options.dateOrder ?? 'dmy', timeZone };
  const batchSize = options.batchSize ?? 1000;
  const state = newReadState();
  const rows = rowMaker(options, () => state.delimiter ?? ',');
  const progress: ImportProgress = { bytesRead: 0, totalBytes: options.totalBytes ?? null, rows: 0, accepted: 0, rejected: 0, done: false };
  let mentions: CandidateMention[] = [];
  let rejections: RowRejection[] = [];

  const batch = (done: boolean): ImportBatch => {
    const out = { mentions, rejections, format: state.format, encoding: state.encoding, mapping: rows.mapping };
    mentions = [];
    rejections = [];
    return { ...out, progress: { ...progress, bytesRead: state.bytesRead, done } };
  };

  for await (const items of readRecords(source, options, state)) {
    for (const item of items) {
      const row = rows.row(item);
      if (!row) continue;
      progress.rows++;
      if ('reason' in row) {
        rejections.push(row);
        progress.rejected++;
      } else {
        const outcome = toMention(row.values, dateOptions);
        if (outcome.ok) {
          mentions.push(outcome.mention);
          progress.accepted++;
        } else {
          rejections.push({ line: row.line, reason: outcome.reason, message: outcome.message, excerpt: excerpt(row.raw()) });
          progress.rejected++;
        }
      }
      if (mentions.length + rejections.length >= batchSize) yield batch(false);
    }
  }
  yield batch(true);
}
