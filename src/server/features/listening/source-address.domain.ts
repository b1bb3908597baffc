import type { SourceConfig } from '../../../shared/api/listening.schemas.ts';
import { bareHost } from '../../connectors/private-address.domain.ts';

/*
 * Which addresses a listening source may point at: only public unicast ones (the classification
 * lives with the connectors, which check it again at connect time), unless the instance allows
 * private ones (ALLOW_PRIVATE_SOURCE_URLS).
 */

/** The host of a URL as a resolver takes it, or null when it is no URL. */
export function hostOf(url: string): string | null {
  try {
    return bareHost(new URL(url));
  } catch {
    return null;
  }
}

/** The addresses a source's configuration makes the server fetch, with the input path each comes from. */
export function sourceUrls(config: SourceConfig): { path: string; url: string }[] {
  switch (config.kind) {
    case 'rss':
      return [{ path: 'body.config.url', url: config.url }];
    case 'mastodon':
      return [{ path: 'body.config.instanceUrl', url: config.instanceUrl }];
    case 'bluesky':
      return [{ path: 'body.config.serviceUrl', url: config.serviceUrl }];
  }
}
