import { and, asc, eq, inArray, isNull, lt, lte, or } from 'drizzle-orm';
import { z } from 'zod';
import type { AddressPolicy, ResolveHost } from '../../connectors/address-guard.ts';
import { CONNECTORS } from '../../connectors/connectors.ts';
import type { FetchResult } from '../../connectors/connector.types.ts';
import type { Db } from '../../db/database.ts';
import { listeningSources } from '../../db/schema/index.ts';
import type { AppDeps } from '../../http/request-context.ts';
import { ingestHooks } from './ingest-hooks.service.ts';
import { ingestMentions } from './mention-ingest.service.ts';
import { sourceUrls } from './source-address.domain.ts';
import { blockedAddressReason } from './source-address.service.ts';
import { type ConnectorCall, connectorCall, readStoredConfig, toIncomingMention } from './source-config.domain.ts';
import {
  afterFailure,
  afterSuccess,
  failureOf,
  MAX_PAGES_PER_POLL,
  type PollOutcome,
  readPollCursor,
  SourceAddressBlocked,
  SourceUnusable,
} from './source-poll.domain.ts';

/*
 * Polling runs in two jobs. `listening.poll-due` (every minute) claims the sources that are due
 * and queues one `listening.poll-source` each, so several workers share the polling and one slow
 * server holds up only its own source. A claim is a lease (`claimed_until`), taken with
 * FOR UPDATE SKIP LOCKED: two workers never claim the same source, and a worker that dies
 * mid-poll lets the lease run out rather than leaving the source stuck. Every write of a poll
 * carries its lease as a token, so a poll whose source was edited, deleted or claimed again
 * writes nothing more.
 */

/** Longer than the longest poll: five pages, each with its own 15 s deadline, plus ingest. */
const LEASE_MS = 10 * 60_000;
const CLAIMS_PER_ROUND = 50;
/** A new source reads back this far (a feed's older items, a hashtag's last week). */
const BACKFILL_MS = 7 * 24 * 60 * 60_000;

/** `resolve` stands in for DNS in tests, both for the check before the poll and where its sockets connect. */
export type PollOptions = { timeoutMs?: number; random?: () => number; resolve?: ResolveHost };
export const pollSourceJobSchema = z.object({ sourceId: z.uuid(), claim: z.iso.datetime() });
export type PollSourceJob = z.infer<typeof pollSourceJobSchema>;

export async function claimDueSources(db: Db, now: Date, limit = CLAIMS_PER_ROUND): Promise<PollSourceJob[]> {
  const until = new Date(now.getTime() + LEASE_MS);
  const due = db
    .select({ id: listeningSources.id })
    .from(listeningSources)
    .where(and(eq(listeningSources.enabled, true), lte(listeningSources.nextPollAt, now), or(isNull(listeningSources.claimedUntil), lt(listeningSources.claimedUntil, now))))
    .orderBy(asc(listeningSources.nextPollAt))
    .limit(limit)
    .for('update', { skipLocked: true });
  const claimed = await db.update(listeningSources).set({ claimedUntil: until }).where(inArray(listeningSources.id, due)).returning({ id: listeningSources.id });
  return claimed.map(({ id }) => ({ sourceId: id, claim: until.toISOString() }));
}

/** The `listening.poll-due` job. */
export async function queueDuePolls(deps: AppDeps): Promise<{ queued: number }> {
  const claims = await claimDueSources(deps.db, deps.now());
  for (const claim of claims) await deps.jobs.send('listening.poll-source', claim);
  return { queued: claims.length };
}

type PageRequest = { cursor: string | null; since: string; session: string | null; addressPolicy: AddressPolicy };

function fetchPage(call: ConnectorCall, request: PageRequest): Promise<FetchResult> {
  switch (call.channel) {
    case 'rss':
      return CONNECTORS.rss.fetchMentions({ ...request, config: call.config });
    case 'mastodon':
      return CONNECTORS.mastodon.fetchMentions({ ...request, config: call.config });
    case 'bluesky':
      return CONNECTORS.bluesky.fetchMentions({ ...request, config: call.config });
  }
}

type SourceRow = typeof listeningSources.$inferSelect;

function openSecret(deps: AppDeps, sealed: string | null): string | null {
  if (sealed === null) return null;
  try {
    return deps.secrets.open(sealed);
  } catch {
    throw new SourceUnusable('auth_expired', 'The stored access token or app password can no longer be decrypted (the server’s SECRET_KEY changed); enter it again.');
  }
}

async function prepare(deps: AppDeps, row: SourceRow, options: PollOptions): Promise<ConnectorCall> {
  const config = readStoredConfig(row.config);
  if (config === null) throw new SourceUnusable('rejected', `The stored settings of "${row.name}" are no longer valid; edit the source and save it again.`);
  if (!deps.config.allowPrivateSourceUrls) {
    for (const { url } of sourceUrls(config)) {
      const reason = await blockedAddressReason(url, options.resolve);
      if (reason !== null) throw new SourceAddressBlocked(reason);
    }
  }
  return connectorCall(config, openSecret(deps, row.sealedSecret), options.timeoutMs);
}

/**
 * The `listening.poll-source` job: up to five pages, each stored (mentions, then cursor) before the
 * next is asked for, so a failure on page 3 keeps pages 1 and 2. Returns what happened.
 */
export async function pollSource(deps: AppDeps, data: unknown, options: PollOptions = {}): Promise<{ polled: boolean; accepted: number }> {
  const job = pollSourceJobSchema.parse(data);
  const mine = and(eq(listeningSources.id, job.sourceId), eq(listeningSources.claimedUntil, new Date(job.claim)));
  const [row] = await deps.db.select().from(listeningSources).where(mine);
  if (!row) return { polled: false, accepted: 0 };
  if (!row.enabled) {
    await deps.db.update(listeningSources).set({ claimedUntil: null }).where(mine);
    return { polled: false, accepted: 0 };
  }
  let accepted = 0;
  let outcome: PollOutcome;
  try {
    const call = await prepare(deps, row, options);
    const since = new Date(row.createdAt.getTime() - BACKFILL_MS).toISOString();
    const stored = readPollCursor(row.cursor);
    let cursor = stored.cursor;
    let session = stored.sealedSession === null ? null : safeOpen(deps, stored.sealedSession);
    // Checked before the poll, and again where every socket connects: DNS may answer otherwise by then, and redirects lead elsewhere.
    const addressPolicy = { allowPrivate: deps.config.allowPrivateSourceUrls, resolve: options.resolve };
    let more = false;
    for (let page = 1; page <= MAX_PAGES_PER_POLL; page++) {
      const result = await fetchPage(call, { cursor, since, session, addressPolicy });
      const ingested = await ingestMentions(
        deps.db,
        { workspaceId: row.workspaceId, sourceId: row.id, sourceKind: row.kind as 'rss' | 'mastodon' | 'bluesky', candidates: result.mentions.map(toIncomingMention) },
        ingestHooks(deps),
      );
      accepted += ingested.accepted;
      cursor = result.nextCursor;
      if (result.session !== undefined) session = result.session;
      const saved = await deps.db
        .update(listeningSources)
        .set({ cursor: { cursor, sealedSession: session === null ? null : deps.secrets.seal(session) }, ...(ingested.accepted > 0 && { lastReceivedAt: deps.now() }) })
        .where(mine)
        .returning({ id: listeningSources.id });
      if (saved.length === 0) return { polled: true, accepted };
      more = result.hasMore;
      if (!more) break;
    }
    outcome = afterSuccess({ now: deps.now(), pollMinutes: row.pollMinutes, moreWaiting: more });
  } catch (error) {
    const failure = failureOf(error);
    const written = await finish(deps.db, mine, afterFailure(failure, { now: deps.now(), previousFailures: row.consecutiveFailures }, options.random));
    // Our own fault (a bug, the database) goes on to the job's record; a source that is gone does not.
    if (failure.code === 'internal_error' && written) throw error;
    return { polled: true, accepted };
  }
  await finish(deps.db, mine, outcome);
  return { polled: true, accepted };
}

/** A stored session that cannot be opened only costs a fresh login. */
function safeOpen(deps: AppDeps, sealed: string): string | null {
  try {
    return deps.secrets.open(sealed);
  } catch {
    return null;
  }
}

async function finish(db: Db, mine: ReturnType<typeof and>, outcome: PollOutcome): Promise<boolean> {
  const rows = await db
    .update(listeningSources)
    .set({ ...outcome, claimedUntil: null })
    .where(mine)
    .returning({ id: listeningSources.id });
  return rows.length > 0;
}
