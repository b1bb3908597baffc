import type { z } from 'zod';
import { issuesToDetails } from '../../shared/api/errors.ts';
import { AppError } from '../lib/app-error.ts';

export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, where: 'body' | 'query' | 'params'): z.output<S> {
  const result = schema.safeParse(value ?? (where === 'body' ? {} : value));
  if (result.success) return result.data;
  const details = issuesToDetails(where, result.error.issues);
  const first = details[0];
  throw new AppError('validation_failed', first ? `${first.path}: ${first.message}` : `invalid ${where}`, { details });
}
