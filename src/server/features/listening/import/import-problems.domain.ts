/*
 * What can go wrong in a file import, in two kinds:
 * - a rejected row: the row is skipped with its line number and a reason; the rest of the file goes on;
 * - an import failure: the file as a whole cannot be read (encoding, structure, mapping); rows already
 *   handed out in earlier batches stay valid, nothing is taken back.
 * Codes are stable keys for the UI and the rejected-rows download; messages are for people reading logs.
 */

export const REJECTION_REASONS = [
  'bad_quote',
  'unterminated_quote',
  'line_too_long',
  'record_too_large',
  'wrong_field_count',
  'invalid_json',
  'not_an_object',
  'empty_text',
  'undecodable_text',
  'missing_date',
  'invalid_date',
  'invalid_number',
  'invalid_url',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

/** One skipped row: `line` is the 1-based line of the file where the row starts. */
export type RowRejection = { line: number; reason: RejectionReason; message: string; excerpt: string };

export const IMPORT_FAILURE_CODES = [
  'encoding_undetected',
  'empty_file',
  'mapping_invalid',
  'json_structure',
  'not_ndjson',
  'invalid_time_zone',
] as const;
export type ImportFailureCode = (typeof IMPORT_FAILURE_CODES)[number];

/** Same shape as the API's error details, so a service can pass them on unchanged. */
export type ImportFailureDetail = { path: string; message: string };

export class ImportFailure extends Error {
  readonly code: ImportFailureCode;
  readonly details: ImportFailureDetail[];

  constructor(code: ImportFailureCode, message: string, details: ImportFailureDetail[] = []) {
    super(message);
    this.name = 'ImportFailure';
    this.code = code;
    this.details = details;
  }
}

const EXCERPT_CHARS = 200;

/** The start of a raw row, short enough for a report cell and a log line. */
export function excerpt(raw: string): string {
  return raw.length <= EXCERPT_CHARS ? raw : `${raw.slice(0, EXCERPT_CHARS)}…`;
}
