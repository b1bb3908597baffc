import { type ColumnMapping, suggestMapping, uniqueHeaders } from './column-mapping.domain.ts';
import type { CsvDelimiter } from './csv-delimiter.domain.ts';
import type { EncodingDetection } from './encoding-detect.domain.ts';
import type { RowRejection } from './import-problems.domain.ts';
import { type ImportFormat, newReadState, type ReadOptions, readRecords } from './import-records.domain.ts';
import { jsonCell, jsonColumns } from './record-values.domain.ts';

/*
 * The column-mapping step: read only the start of the file (stopping the source early), and show
 * what was found — format, encoding, delimiter, the columns, the first rows by column, and a
 * suggested mapping for the user to confirm or correct before the import job runs.
 */

export type ImportPreview = {
  format: ImportFormat;
  encoding: EncodingDetection;
  delimiter: CsvDelimiter | null;
  columns: string[];
  sample: { line: number; cells: Record<string, string> }[];
  suggestedMapping: ColumnMapping;
  /** Rows of the sampled part that the reader itself rejected (a broken quote, invalid JSON). */
  rejections: RowRejection[];
};

export async function previewImport(source: AsyncIterable<Uint8Array>, options: ReadOptions & { sampleRows?: number } = {}): Promise<ImportPreview> {
  const wanted = options.sampleRows ?? 20;
  const state = newReadState();
  let headers: string[] | undefined;
  const csvRows: { line: number; fields: string[] }[] = [];
  const jsonRows: { line: number; value: Record<string, unknown> }[] = [];
  const rejections: RowRejection[] = [];
  const jsonKeys = new Set<string>();

  reading: for await (const items of readRecords(source, options, state)) {
    for (const item of items) {
      if ('reason' in item) rejections.push(item);
      else if ('value' in item) {
        jsonRows.push(item);
        jsonColumns(item.value, jsonKeys);
      } else if (!headers) headers = uniqueHeaders(item.fields);
      else csvRows.push(item);
      if (csvRows.length + jsonRows.length >= wanted) break reading;
    }
  }

  const columns = headers ?? [...jsonKeys];
  const sample = headers
    ? csvRows.map((row) => ({ line: row.line, cells: Object.fromEntries(columns.map((c, i) => [c, row.fields[i] ?? ''])) }))
    : jsonRows.map((row) => ({ line: row.line, cells: Object.fromEntries(columns.map((c) => [c, jsonCell(row.value, c)])) }));
  return {
    format: state.format ?? 'csv',
    encoding: state.encoding ?? { encoding: 'utf-8', confidence: 1, bom: false, asciiOnly: true },
    delimiter: state.format === 'csv' ? (state.delimiter ?? null) : null,
    columns,
    sample,
    suggestedMapping: suggestMapping(columns),
    rejections,
  };
}
