import { isDeepStrictEqual } from 'node:util';
import type { SourceConfig } from '../../../shared/api/listening.schemas.ts';
import { hostOf, sourceUrls } from './source-address.domain.ts';

/*
 * What a change to a polled source does to its secret and its polling state. Rules:
 * - a new secret replaces the stored one; no secret (null) keeps the stored one, unless the source
 *   now points at another host (or, for Bluesky, another account): a token is only ever sent to
 *   the server it was given for, so there it is dropped;
 * - a changed configuration or secret starts the source afresh (cursor, status, failures) and
 *   polls it at once, since the old cursor and error belong to what it was before;
 * - switching a source back on polls it at once; a new interval counts from the last poll.
 */

export type SourceState = {
  config: unknown;
  hasSecret: boolean;
  enabled: boolean;
  pollMinutes: number;
  status: string;
  lastPolledAt: Date | null;
  nextPollAt: Date | null;
};

export type SourceChange = { config: SourceConfig; secretGiven: boolean; enabled: boolean; pollMinutes: number };

export type SourcePlan = {
  secret: 'replace' | 'keep' | 'drop' | 'none';
  /** Clear the cursor, the error and the failure count; the source is as if new. */
  restart: boolean;
  nextPollAt: Date | null;
};

/** The same server and, for Bluesky, the same account: where a stored secret may still go. */
export function sameEndpoint(before: unknown, after: SourceConfig): boolean {
  const previous = before as Partial<SourceConfig> | null;
  if (!previous || previous.kind !== after.kind) return false;
  const hosts = (config: SourceConfig) => sourceUrls(config).map(({ url }) => hostOf(url)?.toLowerCase() ?? url);
  if (!isDeepStrictEqual(hosts(previous as SourceConfig), hosts(after))) return false;
  if (after.kind === 'bluesky') return (previous as { identifier?: string | null }).identifier === after.identifier;
  return true;
}

export function planSourceChange(before: SourceState, change: SourceChange, now: Date): SourcePlan {
  const endpoint = sameEndpoint(before.config, change.config);
  const secret = change.secretGiven ? 'replace' : !before.hasSecret ? 'none' : endpoint ? 'keep' : 'drop';
  const restart = change.secretGiven || secret === 'drop' || !isDeepStrictEqual(before.config, change.config);
  if (restart || (change.enabled && !before.enabled)) return { secret, restart, nextPollAt: now };
  if (change.pollMinutes !== before.pollMinutes && before.status === 'ok' && before.lastPolledAt) {
    return { secret, restart, nextPollAt: new Date(before.lastPolledAt.getTime() + change.pollMinutes * 60_000) };
  }
  return { secret, restart, nextPollAt: before.nextPollAt };
}
