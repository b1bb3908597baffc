import type { SOURCE_ERROR_CODES } from '../../../shared/api/listening.schemas.ts';
import { DEFAULT_BACKOFF, retryDelayMs } from '../../connectors/backoff.domain.ts';
import { isConnectorError } from '../../connectors/connector-errors.ts';

/*
 * What a poll leaves behind: the source's status, its error for people (English, from the
 * connector) and for the web (the code), and when to try next. Pure, so every rule is tested
 * without a network or a database.
 */

export type SourceErrorCode = (typeof SOURCE_ERROR_CODES)[number];

/** Pages fetched in one run at most; a source with more waiting comes back a minute later. */
export const MAX_PAGES_PER_POLL = 5;
export const MORE_WAITING_MS = 60_000;
/** Failures only a person can fix are still tried once a day, in case the refusal was passing. */
export const NEEDS_PERSON_RETRY_MS = 24 * 60 * 60_000;

/** Thrown before a fetch when the source's host now resolves into a private network. */
export class SourceAddressBlocked extends Error {
  override readonly name = 'SourceAddressBlocked';
}

/** Thrown when the stored settings or secret can no longer be used (a change of SECRET_KEY, an old format). */
export class SourceUnusable extends Error {
  override readonly name = 'SourceUnusable';
  readonly code: 'auth_expired' | 'rejected';
  constructor(code: 'auth_expired' | 'rejected', message: string) {
    super(message);
    this.code = code;
  }
}

export type PollFailure = { code: SourceErrorCode; message: string; retryable: boolean; retryAfterMs?: number | undefined };

export function failureOf(error: unknown): PollFailure {
  if (isConnectorError(error)) return { code: error.code, message: error.message, retryable: error.retryable, retryAfterMs: error.retryAfterMs };
  if (error instanceof SourceAddressBlocked) return { code: 'address_blocked', message: error.message, retryable: false };
  if (error instanceof SourceUnusable) return { code: error.code, message: error.message, retryable: false };
  return { code: 'internal_error', message: 'Polling this source failed on the server; the error was logged and the source is tried again later.', retryable: true };
}

export type PollOutcome = {
  status: 'ok' | 'failing';
  lastError: string | null;
  lastErrorCode: SourceErrorCode | null;
  consecutiveFailures: number;
  lastPolledAt: Date;
  nextPollAt: Date;
};

export function afterSuccess(input: { now: Date; pollMinutes: number; moreWaiting: boolean }): PollOutcome {
  const wait = input.moreWaiting ? MORE_WAITING_MS : input.pollMinutes * 60_000;
  return { status: 'ok', lastError: null, lastErrorCode: null, consecutiveFailures: 0, lastPolledAt: input.now, nextPollAt: new Date(input.now.getTime() + wait) };
}

/**
 * A failure that passes by itself (rate limit, server down, a maintenance page instead of the
 * feed) is retried with exponential backoff, never sooner than the server's Retry-After, at most
 * 6 hours apart. One that needs a person (credentials, a wrong address) waits a day, and says so.
 */
export function afterFailure(
  failure: PollFailure,
  input: { now: Date; previousFailures: number },
  random: () => number = Math.random,
): PollOutcome {
  const failures = input.previousFailures + 1;
  const wait = failure.retryable ? retryDelayMs({ attempt: failures, retryAfterMs: failure.retryAfterMs }, DEFAULT_BACKOFF, random) : NEEDS_PERSON_RETRY_MS;
  const lastError = failure.retryable
    ? failure.message
    : `${failure.message} This needs someone to change the source: until then it is tried only once a day.`;
  return {
    status: 'failing',
    lastError,
    lastErrorCode: failure.code,
    consecutiveFailures: failures,
    lastPolledAt: input.now,
    nextPollAt: new Date(input.now.getTime() + wait),
  };
}

/** The cursor column: the connector's cursor and its session (sealed), both opaque here. */
export type PollCursor = { cursor: string | null; sealedSession: string | null };

export function readPollCursor(raw: unknown): PollCursor {
  if (!raw || typeof raw !== 'object') return { cursor: null, sealedSession: null };
  const { cursor, sealedSession } = raw as Record<string, unknown>;
  return { cursor: typeof cursor === 'string' ? cursor : null, sealedSession: typeof sealedSession === 'string' ? sealedSession : null };
}
