import type { ErrorCode, ErrorDetail } from '../../shared/api/errors.ts';

/** The one error type services throw; `http/error-handler.ts` maps the code to a status. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetail[] | undefined;
  readonly retryAfterSeconds: number | undefined;
  readonly currentRevision: number | undefined;

  constructor(
    code: ErrorCode,
    message?: string,
    options: { details?: ErrorDetail[]; retryAfterSeconds?: number; currentRevision?: number } = {},
  ) {
    super(message ?? code);
    this.name = 'AppError';
    this.code = code;
    this.details = options.details;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.currentRevision = options.currentRevision;
  }
}

/** A problem that stops the program from starting: printed as one clear message, never a stack trace. */
export class StartupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StartupError';
  }
}
