import type { FastifyError, FastifyInstance } from 'fastify';
import type { ErrorBody, ErrorCode } from '../../shared/api/errors.ts';
import { AppError } from '../lib/app-error.ts';

const STATUS: Record<ErrorCode, number> = {
  validation_failed: 400,
  malformed_json: 400,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unauthenticated: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  invalid_credentials: 401,
  too_many_attempts: 429,
  setup_already_done: 409,
  email_taken: 409,
  account_exists: 409,
  wrong_password: 400,
  invitation_expired: 410,
  invitation_used: 410,
  invitation_revoked: 410,
  invitation_email_mismatch: 403,
  already_member: 409,
  last_owner: 409,
  role_not_assignable: 403,
  stale_revision: 409,
  import_file_empty: 422,
  import_encoding_undetected: 422,
  import_unreadable: 422,
  import_mapping_invalid: 400,
  import_not_startable: 409,
  source_address_blocked: 422,
  source_disabled: 409,
  source_managed_by_token: 409,
  internal_error: 500,
};

export function statusFor(code: ErrorCode): number {
  return STATUS[code];
}

// Fastify's own errors, by their stable codes, turned into ours.
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'malformed_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed_json',
};

function toAppError(error: FastifyError | AppError | Error): AppError {
  if (error instanceof AppError) return error;
  const fastifyCode = (error as FastifyError).code;
  const mapped = fastifyCode ? FASTIFY_CODES[fastifyCode] : undefined;
  if (mapped) return new AppError(mapped, error.message);
  // JSON.parse failures reach us as a SyntaxError with a 400 status.
  if (error instanceof SyntaxError && (error as FastifyError).statusCode === 400) {
    return new AppError('malformed_json', `The request body is not valid JSON: ${error.message}`);
  }
  if ((error as FastifyError).statusCode === 404) return new AppError('not_found', 'Not found');
  return new AppError('internal_error', 'Something went wrong on the server. The error was logged.');
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    const appError = toAppError(error);
    const status = statusFor(appError.code);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    const body: ErrorBody = { error: { code: appError.code, message: appError.message } };
    if (appError.details) body.error.details = appError.details;
    if (appError.currentRevision !== undefined) body.error.currentRevision = appError.currentRevision;
    if (appError.retryAfterSeconds !== undefined) {
      body.error.retryAfterSeconds = appError.retryAfterSeconds;
      reply.header('retry-after', String(appError.retryAfterSeconds));
    }
    return reply.status(status).send(body);
  });
}

export function notFoundBody(method: string, url: string): ErrorBody {
  return { error: { code: 'not_found', message: `No route ${method} ${url.split('?')[0]}` } };
}
