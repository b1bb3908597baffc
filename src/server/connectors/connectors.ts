import { blueskyConnector } from './bluesky/bluesky.connector.ts';
import type { Channel, SourceConnector } from './connector.types.ts';
import { mastodonConnector } from './mastodon/mastodon.connector.ts';
import { rssConnector } from './rss/rss.connector.ts';

/** Every connector by channel: what the polling job looks up for a source. */
export const CONNECTORS = {
  rss: rssConnector,
  mastodon: mastodonConnector,
  bluesky: blueskyConnector,
} as const satisfies Record<Channel, SourceConnector<never>>;
