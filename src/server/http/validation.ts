import type { z } from 'zod';
import type { ErrorDetail } from '../../shared/api/errors.ts';
import { AppError } from '../lib/app-error.ts';

/** Zod issues as `{ path: "body.email", message }`, one per unknown field too. */
export function issuesToDetails(where: string, issues: z.core.$ZodIssue[]): ErrorDetail[] {
  const details: ErrorDetail[] = [];
  for (const issue of issues) {
    const base = [where, ...issue.path.map(String)].join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) details.push({ path: `${base}.${key}`, message: 'unknown field' });
    } else {
      details.push({ path: base, message: issue.message });
    }
  }
  return details;
}

export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, where: 'body' | 'query' | 'params'): z.output<S> {
  const result = schema.safeParse(value ?? (where === 'body' ? {} : value));
  if (result.success) return result.data;
  const details = issuesToDetails(where, result.error.issues);
  const first = details[0];
  throw new AppError('validation_failed', first ? `${first.path}: ${first.message}` : `invalid ${where}`, { details });
}
