import { csvLine } from '../../audit/audit.domain.ts';
import type { RowRejection } from './import-problems.domain.ts';

/*
 * The rejected rows of an import as a CSV file to download: line, reason code, message and the
 * start of the raw row. Cells go through the audit export's writer, which quotes them and defuses
 * anything a spreadsheet would run as a formula (a rejected row is untrusted input by definition).
 * A UTF-8 BOM comes first so that Excel shows Thai and Chinese excerpts as text, not mojibake.
 */

export const REJECTIONS_CSV_HEADER = ['line', 'reason', 'message', 'excerpt'] as const;

export function rejectionCsvLine(rejection: RowRejection): string {
  return csvLine([String(rejection.line), rejection.reason, rejection.message, rejection.excerpt]);
}

/** The whole file, piece by piece, from rejections read in pages (from the store) or all at once. */
export async function* rejectionsCsv(rejections: AsyncIterable<RowRejection> | Iterable<RowRejection>): AsyncGenerator<string> {
  yield `\ufeff${csvLine([...REJECTIONS_CSV_HEADER])}`;
  for await (const rejection of rejections) yield rejectionCsvLine(rejection);
}
