import type { ErrorDetail } from '../../../shared/api/errors.ts';
import { type SourceConfig, sourceConfigSchema } from '../../../shared/api/listening.schemas.ts';
import { normaliseBlueskyTag } from '../../connectors/bluesky/bluesky-post.domain.ts';
import type { BlueskyConfig } from '../../connectors/bluesky/bluesky.connector.ts';
import type { Channel, QueryKind, RawMention } from '../../connectors/connector.types.ts';
import type { MastodonConfig } from '../../connectors/mastodon/mastodon.connector.ts';
import { normaliseHashtag } from '../../connectors/mastodon/mastodon-status.domain.ts';
import type { RssConfig } from '../../connectors/rss/rss.connector.ts';
import type { IncomingMention } from './mention-analysis.domain.ts';

/*
 * A source as the API stores it (the shared `sourceConfigSchema`) and as a connector reads it.
 * The secret is an access token for Mastodon and an app password for Bluesky.
 */

/** What kind of query a source asks its network; Bluesky takes a lone `#tag` as a hashtag. */
export function queryKindOf(config: SourceConfig): QueryKind {
  if (config.kind === 'rss') return 'feed';
  if (config.kind === 'mastodon') return config.mode;
  return /^#[^\s#]+$/u.test(config.query.trim()) ? 'hashtag' : 'search';
}

/** Stored as the connector will use it: a Mastodon hashtag without its #, a blank Bluesky handle as none. */
export function normaliseConfig(config: SourceConfig): SourceConfig {
  if (config.kind === 'mastodon' && config.mode === 'hashtag') return { ...config, query: normaliseHashtag(config.query) ?? config.query };
  if (config.kind === 'bluesky') return { ...config, identifier: config.identifier?.trim() || null };
  return config;
}

/**
 * What the schema cannot see: a hashtag the network cannot follow, and credentials the query needs
 * (`authRequiredFor` comes from the connector's capabilities).
 */
export function configProblems(config: SourceConfig, hasSecret: boolean, authRequiredFor: readonly QueryKind[]): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const kind = queryKindOf(config);
  if (config.kind === 'mastodon' && kind === 'hashtag' && normaliseHashtag(config.query) === null) {
    problems.push({ path: 'body.config.query', message: `"${config.query}" is not a hashtag Mastodon can follow: use letters, digits and _ only` });
  }
  if (config.kind === 'bluesky' && kind === 'hashtag' && normaliseBlueskyTag(config.query) === null) {
    problems.push({ path: 'body.config.query', message: `"${config.query}" is not a Bluesky hashtag: one word of at most 64 characters` });
  }
  if (!authRequiredFor.includes(kind)) return problems;
  if (config.kind === 'mastodon' && !hasSecret) {
    problems.push({ path: 'body.secret', message: 'a Mastodon search needs an access token: Mastodon answers anonymous searches without any posts' });
  }
  if (config.kind === 'bluesky') {
    if (!config.identifier?.trim()) problems.push({ path: 'body.config.identifier', message: 'Bluesky answers searches only when signed in: give the handle of an account' });
    if (!hasSecret) problems.push({ path: 'body.secret', message: 'Bluesky answers searches only when signed in: give an app password for the account' });
  }
  return problems;
}

/** A stored configuration read back; null when it no longer fits the schema (then the source cannot be polled). */
export function readStoredConfig(raw: unknown): SourceConfig | null {
  const parsed = sourceConfigSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export type ConnectorCall =
  | { channel: 'rss'; config: RssConfig }
  | { channel: 'mastodon'; config: MastodonConfig }
  | { channel: 'bluesky'; config: BlueskyConfig };

export function connectorCall(config: SourceConfig, secret: string | null, timeoutMs?: number): ConnectorCall {
  const limits = timeoutMs === undefined ? {} : { timeoutMs };
  switch (config.kind) {
    case 'rss':
      return { channel: 'rss', config: { url: config.url, ...limits } };
    case 'mastodon':
      return {
        channel: 'mastodon',
        config: {
          instanceUrl: config.instanceUrl,
          query: config.mode === 'hashtag' ? { kind: 'hashtag', tag: config.query } : { kind: 'search', text: config.query },
          accessToken: secret,
          ...limits,
        },
      };
    case 'bluesky': {
      const query = queryKindOf(config) === 'hashtag' ? { kind: 'hashtag' as const, tag: config.query.trim() } : { kind: 'search' as const, text: config.query };
      const credentials = config.identifier && secret ? { identifier: config.identifier, appPassword: secret } : null;
      return { channel: 'bluesky', config: { serviceUrl: config.serviceUrl, query, credentials, ...limits } };
    }
  }
}

/** Feeds are mostly blogs and news sites; the strategy's channel list calls them `blog`. */
const CHANNEL_OF: Record<Channel, string> = { rss: 'blog', mastodon: 'mastodon', bluesky: 'bluesky' };

/**
 * A fetched mention as ingest takes it. On the networks the handle (`user@instance`,
 * `alice.bsky.social`) names the author; a feed's handle is its site, so there the author's name does.
 */
export function toIncomingMention(raw: RawMention): IncomingMention {
  return {
    externalId: raw.externalId,
    text: raw.text,
    publishedAt: raw.publishedAt,
    author: raw.channel === 'rss' ? raw.author.name : raw.author.handle,
    channel: CHANNEL_OF[raw.channel],
    url: raw.url,
    reach: raw.metrics.reach,
    likes: raw.metrics.likes,
    shares: raw.metrics.shares,
    comments: raw.metrics.comments,
  };
}
