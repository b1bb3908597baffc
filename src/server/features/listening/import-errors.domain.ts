import type { ErrorDetail } from '../../../shared/api/errors.ts';
import { AppError } from '../../lib/app-error.ts';
import { type ImportEncoding, parseEncodingName } from './import/encoding-detect.domain.ts';
import { ImportFailure } from './import/import-problems.domain.ts';

/*
 * A file that cannot be imported as a whole, said with the API's error codes. `where` prefixes
 * the detail paths with the part of the request that was at fault (`body.mapping.text`).
 */

export function importFailureToAppError(failure: ImportFailure, where: string): AppError {
  const details: ErrorDetail[] = failure.details.map((d) => ({ path: `${where}.${d.path}`, message: d.message }));
  switch (failure.code) {
    case 'empty_file':
      return new AppError('import_file_empty', failure.message);
    case 'encoding_undetected':
      return new AppError('import_encoding_undetected', failure.message, { details });
    case 'mapping_invalid':
      return new AppError('import_mapping_invalid', failure.message, { details });
    case 'invalid_time_zone':
      return new AppError('validation_failed', failure.message, { details: [{ path: `${where}.timezone`, message: failure.message }] });
    default:
      return new AppError('import_unreadable', failure.message, { details });
  }
}

/** Turns the import pipeline's own failures into API errors and lets anything else through. */
export function asAppError(error: unknown, where: string): unknown {
  return error instanceof ImportFailure ? importFailureToAppError(error, where) : error;
}

/** An encoding as the user named it ("TIS-620", "big5"), or a validation error at `path`. */
export function requireEncoding(name: string | null | undefined, path: string): ImportEncoding | undefined {
  if (name === null || name === undefined || name === '') return undefined;
  const encoding = parseEncodingName(name);
  if (!encoding) {
    const message = `unknown encoding "${name}"; use UTF-8, UTF-16, TIS-620 (Windows-874), Big5 or GB18030`;
    throw new AppError('validation_failed', message, { details: [{ path, message }] });
  }
  return encoding;
}
