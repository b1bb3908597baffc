import type { mastodon } from 'masto';
import { AuthExpired, BadResponse, Rejected } from '../connector-errors.ts';
import type { FetchRequest, FetchResult, SourceConnector } from '../connector.types.ts';
import { parseHttpUrl } from '../http-fetch.ts';
import { sinceTime } from '../since.domain.ts';
import { readWalkState, stepWalk, type WalkState, writeWalkState } from './mastodon-cursor.domain.ts';
import { createMastodonClient } from './mastodon-client.ts';
import { normaliseHashtag, statusToMention } from './mastodon-status.domain.ts';

export type MastodonQuery = { kind: 'hashtag'; tag: string } | { kind: 'search'; text: string };

export type MastodonConfig = {
  /** The instance to ask, e.g. `https://mastodon.social`: it only knows the posts that reached it. */
  instanceUrl: string;
  query: MastodonQuery;
  /** A user access token (scope `read:search` or `read`); required for status search. */
  accessToken?: string | null;
  /** Statuses per page, at most 40 (Mastodon's own cap). */
  pageSize?: number;
  timeoutMs?: number;
};

const DEFAULT_TIMEOUT_MS = 15_000;
const MAX_BYTES = 5 * 1024 * 1024;
const MAX_PAGE_SIZE = 40;

export const mastodonConnector: SourceConnector<MastodonConfig> = {
  channel: 'mastodon',
  // Hashtag timelines are public on most instances (an instance may require sign-in for them);
  // full-text status search needs a signed-in user: without a token Mastodon silently returns none.
  capabilities: { search: true, hashtags: true, feeds: false, cursor: true, conditionalGet: false, needsAuth: true, authRequiredFor: ['search'] },
  fetchMentions: fetchStatuses,
};

async function fetchStatuses(request: FetchRequest<MastodonConfig>): Promise<FetchResult> {
  const { config } = request;
  const instance = parseHttpUrl(config.instanceUrl, 'The Mastodon instance address');
  const target = instance.host;
  const accessToken = config.accessToken?.trim() || undefined;
  const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(config.pageSize ?? MAX_PAGE_SIZE)));
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const state = readWalkState(request.cursor);
  const client = createMastodonClient({
    origin: instance.origin,
    accessToken,
    timeoutMs,
    maxBytes: MAX_BYTES,
    signal: request.signal,
    addressPolicy: request.addressPolicy,
  });
  const page = await listPage(client, config.query, state, pageSize, { target, authenticated: accessToken !== undefined });
  const step = stepWalk(state, page, pageSize, sinceTime(request.since));
  return { mentions: step.keep.map((status) => statusToMention(status, target)), nextCursor: writeWalkState(step.next), hasMore: step.hasMore };
}

async function listPage(
  client: mastodon.rest.Client,
  query: MastodonQuery,
  state: WalkState,
  limit: number,
  context: { target: string; authenticated: boolean },
): Promise<mastodon.v1.Status[]> {
  const maxId = state.below;
  if (query.kind === 'hashtag') {
    const tag = normaliseHashtag(query.tag);
    if (tag === null) throw new Rejected(`"${query.tag}" is not a hashtag Mastodon can follow: use letters, digits and _ only.`, { target: context.target });
    const statuses: unknown = await client.v1.timelines.tag.$select(encodeURIComponent(tag)).list({ limit, sinceId: state.floor, maxId });
    return expectList(statuses, context.target);
  }
  const text = query.text.trim();
  if (text === '') throw new Rejected('A Mastodon search needs some words to look for.', { target: context.target });
  if (!context.authenticated) {
    throw new AuthExpired(`Searching posts on ${context.target} needs an access token: Mastodon answers anonymous searches without any posts. Add a token for this source.`, {
      target: context.target,
    });
  }
  // Search is newest first; `min_id` becomes an `after:` date filter on the server, and the id
  // filter in `stepWalk` keeps only what is above the floor.
  const result: unknown = await client.v2.search.list({ q: text, type: 'statuses', resolve: false, limit, minId: state.floor, maxId });
  const statuses = result && typeof result === 'object' ? (result as { statuses?: unknown }).statuses : undefined;
  return expectList(statuses, context.target);
}

/** masto gives `undefined` for an HTML answer (a web page at that address, a login wall). */
function expectList(value: unknown, target: string): mastodon.v1.Status[] {
  if (!Array.isArray(value)) {
    throw new BadResponse(`${target} did not answer like a Mastodon server (no list of posts); check the instance address.`, { target });
  }
  return value.filter(isStatus);
}

function isStatus(value: unknown): value is mastodon.v1.Status {
  if (!value || typeof value !== 'object') return false;
  const status = value as Partial<mastodon.v1.Status>;
  return typeof status.id === 'string' && typeof status.createdAt === 'string' && typeof status.content === 'string' && typeof status.account === 'object';
}
