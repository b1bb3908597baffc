import type { AddressPolicy } from './address-guard.ts';

/**
 * The contract between the listening jobs and the social networks. A connector takes plain data
 * (the source's configuration, where the last fetch stopped) and returns plain data (mentions and
 * where to go on from); it throws only the typed errors of `connector-errors.ts`, and the job that
 * calls it decides whether and when to retry (`backoff.domain.ts`).
 */

export type Channel = 'rss' | 'mastodon' | 'bluesky';

/** What a source can be asked for: a free-text search, a hashtag, or a whole feed. */
export type QueryKind = 'search' | 'hashtag' | 'feed';

export type ConnectorCapabilities = {
  search: boolean;
  hashtags: boolean;
  /** Reads a whole feed (RSS/Atom) rather than answering a query. */
  feeds: boolean;
  /** Fetches can go on where the last one stopped (`FetchResult.nextCursor`). */
  cursor: boolean;
  /** An unchanged source answers with nothing (HTTP 304) instead of the same items again. */
  conditionalGet: boolean;
  /** Some query kinds need credentials; `authRequiredFor` says which. */
  needsAuth: boolean;
  authRequiredFor: readonly QueryKind[];
};

export type MentionAuthor = {
  /** The name people see (display name, or the feed's `author`); may equal `handle`. */
  name: string;
  /** The network's own identifier: `user@instance`, `alice.bsky.social`, or the feed's host. */
  handle: string;
  url: string | null;
};

/** `null` means the source does not report the number, never that it is zero. */
export type MentionMetrics = {
  likes: number | null;
  shares: number | null;
  comments: number | null;
  /** Potential audience: the author's followers, when the source says. */
  reach: number | null;
};

export type RawMention = {
  /** Stable per channel (status id, post URI, feed guid): the key to skip what was already stored. */
  externalId: string;
  channel: Channel;
  /** Plain text, HTML removed; a feed item's title comes first. */
  text: string;
  /** ISO 8601 in UTC. */
  publishedAt: string;
  url: string | null;
  author: MentionAuthor;
  /** BCP 47 tag when the source declares one (post language, feed language), else null. */
  language: string | null;
  metrics: MentionMetrics;
};

export type FetchRequest<Config> = {
  config: Config;
  /** What the previous fetch returned as `nextCursor`; null on the first fetch. */
  cursor: string | null;
  /** ISO date-time: mentions older than this are not wanted (the first fetch of a new source). */
  since?: string | null;
  /** What the previous fetch returned as `session` (sealed by the caller between fetches). */
  session?: string | null;
  /** Cancels the fetch (the job is stopping); the connector's own timeout applies as well. */
  signal?: AbortSignal;
  /** Whether the server's own network may be reached (ALLOW_PRIVATE_SOURCE_URLS); refused when not given. */
  addressPolicy?: AddressPolicy;
};

export type FetchResult = {
  mentions: RawMention[];
  /** Opaque to the caller: pass it back on the next fetch. */
  nextCursor: string | null;
  /** More is waiting right now: fetch again with `nextCursor` before the next scheduled poll. */
  hasMore: boolean;
  /** A refreshed login to keep for the next fetch (opaque, secret: seal it before storing). */
  session?: string | null;
};

export type SourceConnector<Config> = {
  channel: Channel;
  capabilities: ConnectorCapabilities;
  fetchMentions(request: FetchRequest<Config>): Promise<FetchResult>;
};
