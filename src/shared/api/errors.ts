import { z } from 'zod';

/** Every error code the API can answer with; the web UI translates these, never the message text. */
export const ERROR_CODES = [
  'validation_failed',
  'malformed_json',
  'payload_too_large',
  'unsupported_media_type',
  'unauthenticated',
  'forbidden',
  'csrf_failed',
  'not_found',
  'invalid_credentials',
  'too_many_attempts',
  'setup_already_done',
  'email_taken',
  'account_exists',
  'wrong_password',
  'invitation_expired',
  'invitation_used',
  'invitation_revoked',
  'invitation_email_mismatch',
  'already_member',
  'last_owner',
  'role_not_assignable',
  'internal_error',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const errorDetailSchema = z.object({
  path: z.string(),
  message: z.string(),
});
export type ErrorDetail = z.infer<typeof errorDetailSchema>;

export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    details: z.array(errorDetailSchema).optional(),
    retryAfterSeconds: z.number().optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
