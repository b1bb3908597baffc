import { type AppBskyFeedSearchPosts, AtpAgent, XRPCError } from '@atproto/api';
import { Rejected } from '../connector-errors.ts';
import type { FetchRequest, FetchResult, SourceConnector } from '../connector.types.ts';
import { parseHttpUrl } from '../http-fetch.ts';
import { sinceTime } from '../since.domain.ts';
import { blueskyError } from './bluesky-errors.ts';
import { normaliseBlueskyTag, postToMention, type SearchWalk, sortAt, stepSearchWalk } from './bluesky-post.domain.ts';
import { type BlueskyCredentials, limitedFetch, logIn, signIn, writeSession } from './bluesky-session.ts';

export type BlueskyQuery = { kind: 'search'; text: string } | { kind: 'hashtag'; tag: string };

export type BlueskyConfig = {
  /** The service to ask; by default the public AppView, or the bsky.social entryway when signing in. */
  serviceUrl?: string | null;
  query: BlueskyQuery;
  /** Only posts in this language (BCP 47, as the post declares it). */
  language?: string | null;
  /** A handle (or e-mail) and an app password: Bluesky's search refuses anonymous requests. */
  credentials?: BlueskyCredentials | null;
  /** Posts per page, at most 100. */
  pageSize?: number;
  timeoutMs?: number;
};

const PUBLIC_APPVIEW = 'https://public.api.bsky.app';
const ENTRYWAY = 'https://bsky.social';
const DEFAULT_TIMEOUT_MS = 15_000;
const MAX_BYTES = 5 * 1024 * 1024;
const MAX_PAGE_SIZE = 100;

export const blueskyConnector: SourceConnector<BlueskyConfig> = {
  channel: 'bluesky',
  capabilities: { search: true, hashtags: true, feeds: false, cursor: true, conditionalGet: false, needsAuth: true, authRequiredFor: ['search', 'hashtag'] },
  fetchMentions: fetchPosts,
};

async function fetchPosts(request: FetchRequest<BlueskyConfig>): Promise<FetchResult> {
  const { config } = request;
  const credentials = config.credentials?.identifier.trim() && config.credentials.appPassword ? config.credentials : undefined;
  const service = parseHttpUrl(config.serviceUrl?.trim() || (credentials ? ENTRYWAY : PUBLIC_APPVIEW), 'The Bluesky service address');
  const target = service.host;
  const state = readWalk(request.cursor);
  const since = sinceTime(request.since);
  const params = searchParams(config, state, since, target);
  const limits = { timeoutMs: config.timeoutMs ?? DEFAULT_TIMEOUT_MS, maxBytes: MAX_BYTES, signal: request.signal, addressPolicy: request.addressPolicy };
  const agent = new AtpAgent({ service, fetch: limitedFetch(limits) });
  const search = () => agent.app.bsky.feed.searchPosts(params, { signal: request.signal });
  let output: AppBskyFeedSearchPosts.OutputSchema;
  try {
    const restored = credentials ? await signIn(agent, credentials, request.session) : false;
    output = (await search().catch(async (error: unknown) => {
      // The agent already tried its refresh token; a stored session it could not revive gets one fresh login.
      if (!credentials || !restored || !isAuthFailure(error)) throw error;
      await logIn(agent, credentials);
      return search();
    })).data;
  } catch (error) {
    throw blueskyError(error, { target, authenticated: credentials !== undefined, signal: request.signal });
  }
  const floor = state.floor === undefined ? undefined : Date.parse(state.floor);
  // The post at the floor was taken by the previous poll (`since` is inclusive on the server).
  const fresh = output.posts.filter((post) => {
    const time = Date.parse(sortAt(post));
    return time >= since && (floor === undefined || time > floor);
  });
  const step = stepSearchWalk(state, output.posts, output.cursor, state.floor !== undefined || since !== Number.NEGATIVE_INFINITY);
  return {
    mentions: fresh.map(postToMention),
    nextCursor: Object.keys(step.next).length === 0 ? null : JSON.stringify(step.next),
    hasMore: step.hasMore,
    ...(credentials && { session: writeSession(agent, credentials) }),
  };
}

function searchParams(config: BlueskyConfig, state: SearchWalk, since: number, target: string): AppBskyFeedSearchPosts.QueryParams {
  const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(config.pageSize ?? MAX_PAGE_SIZE)));
  const base = {
    sort: 'latest',
    limit: pageSize,
    ...(state.page && { cursor: state.page }),
    ...((state.floor ?? Number.isFinite(since)) && { since: state.floor ?? new Date(since).toISOString() }),
    ...(config.language?.trim() && { lang: config.language.trim() }),
  };
  if (config.query.kind === 'hashtag') {
    const tag = normaliseBlueskyTag(config.query.tag);
    if (tag === null) throw new Rejected(`"${config.query.tag}" is not a Bluesky hashtag: one word, without spaces, at most 64 characters.`, { target });
    return { ...base, q: `#${tag}`, tag: [tag] };
  }
  const text = config.query.text.trim();
  if (text === '') throw new Rejected('A Bluesky search needs some words to look for.', { target });
  return { ...base, q: text };
}

function isAuthFailure(error: unknown): boolean {
  return error instanceof XRPCError && (error.status === 401 || error.error === 'ExpiredToken' || error.error === 'InvalidToken');
}

function readWalk(cursor: string | null): SearchWalk {
  if (!cursor) return {};
  try {
    const value = JSON.parse(cursor) as Record<string, unknown>;
    const pick = (key: keyof SearchWalk) => (typeof value[key] === 'string' ? { [key]: value[key] as string } : {});
    return { ...pick('floor'), ...pick('page'), ...pick('top') };
  } catch {
    // A cursor from another version: start again from the newest page.
    return {};
  }
}
