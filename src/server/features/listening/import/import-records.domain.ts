import type { CsvDelimiter } from './csv-delimiter.domain.ts';
import { type CsvRow, createCsvParser } from './csv-reader.domain.ts';
import { createImportDecoder } from './encoding-decoder.domain.ts';
import type { EncodingDetection, ImportEncoding } from './encoding-detect.domain.ts';
import { ImportFailure, type RowRejection } from './import-problems.domain.ts';
import { createJsonArrayParser } from './json-array-reader.domain.ts';
import { createNdjsonParser, type JsonRow } from './ndjson-reader.domain.ts';

/*
 * Bytes of a file → records, in the order of the file: count bytes (for progress), decode, decide
 * the format from the name or the first character, and hand the text to the matching reader.
 * Every stage works on one chunk at a time; nothing holds the file.
 */

export const IMPORT_FORMATS = ['csv', 'ndjson', 'json'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export type SourceItem = CsvRow | JsonRow | RowRejection;

export type ReadOptions = { fileName?: string; format?: ImportFormat; encoding?: ImportEncoding; delimiter?: CsvDelimiter };

/** What has been learned about the file so far; filled in as reading goes. */
export type ReadState = {
  bytesRead: number;
  format: ImportFormat | undefined;
  encoding: EncodingDetection | undefined;
  delimiter: CsvDelimiter | undefined;
};

export function newReadState(): ReadState {
  return { bytesRead: 0, format: undefined, encoding: undefined, delimiter: undefined };
}

type Reader = { push(text: string, out: SourceItem[]): void; end(out: SourceItem[]): void; readonly delimiter?: CsvDelimiter | undefined };

/** Format from the file name when it says, else from the first character of the text. */
export function chooseFormat(fileName: string | undefined, firstChar: string): ImportFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName ?? '')?.[1]?.toLowerCase();
  if (extension === 'csv' || extension === 'tsv' || extension === 'txt') return 'csv';
  if (extension === 'ndjson' || extension === 'jsonl') return 'ndjson';
  if (firstChar === '[') return 'json';
  if (firstChar === '{') return 'ndjson';
  return 'csv';
}

function createReader(format: ImportFormat, options: ReadOptions): Reader {
  if (format === 'json') return createJsonArrayParser();
  if (format === 'ndjson') return createNdjsonParser();
  return createCsvParser({ delimiter: options.delimiter });
}

/** Records and reader-level rejections, one array per decoded chunk. */
export async function* readRecords(source: AsyncIterable<Uint8Array>, options: ReadOptions, state: ReadState): AsyncGenerator<SourceItem[]> {
  const decoder = createImportDecoder({ encoding: options.encoding });
  let reader: Reader | undefined;
  let leading = '';

  function feed(text: string, out: SourceItem[]): void {
    if (!reader) {
      leading += text;
      const first = leading.trimStart();
      if (first === '') return;
      state.format = options.format ?? chooseFormat(options.fileName, first[0]!);
      reader = createReader(state.format, options);
      text = leading;
      leading = '';
    }
    reader.push(text, out);
  }

  for await (const bytes of source) {
    state.bytesRead += bytes.byteLength;
    const out: SourceItem[] = [];
    const text = decoder.write(bytes);
    state.encoding = decoder.detection;
    if (text !== '') feed(text, out);
    state.delimiter = reader?.delimiter;
    if (out.length > 0) yield out;
  }
  const out: SourceItem[] = [];
  const rest = decoder.end();
  state.encoding = decoder.detection;
  if (rest !== '') feed(rest, out);
  if (!reader) throw new ImportFailure('empty_file', state.bytesRead === 0 ? 'the file is empty' : 'the file holds only white space');
  reader.end(out);
  state.delimiter = reader.delimiter;
  if (out.length > 0) yield out;
}
