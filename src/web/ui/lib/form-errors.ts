import type { TFunction } from 'i18next';
import type { core, z } from 'zod';
import { isApiError } from '../api/api-client.ts';

export type FieldErrors = Partial<Record<string, string>>;

/** Translates one validation issue; the schemas' own messages are English and meant for logs. */
export function issueMessage(issue: core.$ZodIssue, t: TFunction): string {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1 ? t('validation.required') : t('validation.tooShort', { min: Number(issue.minimum) });
      }
      return t('validation.tooSmall', { min: Number(issue.minimum) });
    case 'too_big':
      return issue.origin === 'string'
        ? t('validation.tooLong', { max: Number(issue.maximum) })
        : t('validation.tooBig', { max: Number(issue.maximum) });
    case 'invalid_format':
      return issue.format === 'email' ? t('validation.email') : t('validation.invalid');
    default:
      return t('validation.invalid');
  }
}

export type Validation<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/** Runs the shared request schema in the browser so people see mistakes before a round trip. */
export function validate<S extends z.ZodType>(schema: S, values: unknown, t: TFunction): Validation<z.output<S>> {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join('.');
    errors[field] ??= issueMessage(issue, t);
  }
  return { ok: false, errors };
}

/** Field errors reported by the server, keyed like the form fields (`body.email` becomes `email`). */
export function serverFieldErrors(error: unknown, t: TFunction): FieldErrors {
  if (!isApiError(error, 'validation_failed')) return {};
  const errors: FieldErrors = {};
  for (const detail of error.details) {
    const field = detail.path.replace(/^(body|query|params)\./, '');
    errors[field] ??= t('validation.invalid');
  }
  return errors;
}
