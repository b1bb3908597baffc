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
  'stale_revision',
  'import_file_empty',
  'import_encoding_undetected',
  'import_unreadable',
  'import_mapping_invalid',
  'import_not_startable',
  'source_address_blocked',
  'source_disabled',
  'source_managed_by_token',
  'internal_error',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Writes a path the way error details and strategy findings do: `goals.objectives[0].target`,
 * with keys that are not identifiers quoted (`voice.perLanguage["zh-Hant"]`). `prefix` is
 * taken as written (`body.value`).
 */
export function formatPath(segments: readonly PropertyKey[], prefix = ''): string {
  let out = prefix;
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][\w$]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}

export const errorDetailSchema = z.object({
  path: z.string(),
  message: z.string(),
});
export type ErrorDetail = z.infer<typeof errorDetailSchema>;

/**
 * Zod issues as `{ path: "body.email", message }`, one per unknown field too; list items are
 * written `body.value.objectives[0].target`, as the strategy check writes its paths.
 */
export function issuesToDetails(where: string, issues: readonly z.core.$ZodIssue[]): ErrorDetail[] {
  const details: ErrorDetail[] = [];
  for (const issue of issues) {
    const base = formatPath(issue.path, where);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) details.push({ path: formatPath([key], base), message: 'unknown field' });
    } else {
      details.push({ path: base, message: issue.message });
    }
  }
  return details;
}

export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    details: z.array(errorDetailSchema).optional(),
    retryAfterSeconds: z.number().optional(),
    /** With stale_revision: the revision now stored, so the client can reload and reapply. */
    currentRevision: z.number().int().optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
