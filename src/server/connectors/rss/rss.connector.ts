import { BadResponse } from '../connector-errors.ts';
import type { FetchRequest, FetchResult, RawMention, SourceConnector } from '../connector.types.ts';
import { htmlToText } from '../html-text.domain.ts';
import { errorForHttpStatus } from '../http-errors.ts';
import { fetchLimited, parseHttpUrl } from '../http-fetch.ts';
import { sinceTime } from '../since.domain.ts';
import { charsetOf, decodeFeedBytes } from './feed-encoding.domain.ts';
import { advertisedFeedUrl } from './feed-sniff.domain.ts';
import { type FeedItem, type ParsedFeed, parseFeed } from './feed.parser.ts';

export type RssConfig = {
  /** The feed's address (RSS 2.0, RSS 1.0/RDF or Atom). */
  url: string;
  /** Deadline for the whole answer; 15 s unless set. */
  timeoutMs?: number;
  /** Largest answer accepted; 10 MB unless set. */
  maxBytes?: number;
};

/** Where the last fetch stopped: the validators for a conditional GET. */
type RssCursor = { etag?: string; lastModified?: string };

const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
const ACCEPT = 'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1';

export function createRssConnector(options: { now?: () => Date } = {}): SourceConnector<RssConfig> {
  const now = options.now ?? (() => new Date());
  return {
    channel: 'rss',
    capabilities: { search: false, hashtags: false, feeds: true, cursor: true, conditionalGet: true, needsAuth: false, authRequiredFor: [] },
    fetchMentions: (request) => fetchFeed(request, now),
  };
}

export const rssConnector = createRssConnector();

async function fetchFeed(request: FetchRequest<RssConfig>, now: () => Date): Promise<FetchResult> {
  const url = parseHttpUrl(request.config.url, 'The feed address').toString();
  const cursor = readCursor(request.cursor);
  const headers: Record<string, string> = { accept: ACCEPT, 'user-agent': 'Socialplan feed reader' };
  if (cursor.etag) headers['if-none-match'] = cursor.etag;
  if (cursor.lastModified) headers['if-modified-since'] = cursor.lastModified;
  const response = await fetchLimited(url, {
    timeoutMs: request.config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxBytes: request.config.maxBytes ?? DEFAULT_MAX_BYTES,
    headers,
    signal: request.signal,
    addressPolicy: request.addressPolicy,
  });
  if (response.status === 304) return { mentions: [], nextCursor: request.cursor, hasMore: false };
  if (response.status >= 400) {
    throw errorForHttpStatus({ status: response.status, target: url, header: (name) => response.headers.get(name), authenticated: false });
  }
  if (response.status < 200 || response.status > 299) {
    throw new BadResponse(`${url} answered HTTP ${response.status} instead of a feed.`, { target: url, status: response.status });
  }
  const feed = readFeed(url, response.body, response.headers.get('content-type'), response.url);
  const since = sinceTime(request.since);
  const mentions = feed.items.map((item) => toMention(item, feed, response.url, now)).filter((mention) => Date.parse(mention.publishedAt) >= since);
  return { mentions, nextCursor: writeCursor(response.headers), hasMore: false };
}

function readFeed(url: string, body: Uint8Array, contentType: string | null, finalUrl: string): ParsedFeed {
  const decoded = decodeFeedBytes(body, charsetOf(contentType));
  if (!decoded.ok) {
    throw new BadResponse(`${url} declares the character encoding "${decoded.encoding}", which we cannot read.`, { target: url });
  }
  const parsed = parseFeed(decoded.text);
  if (parsed.ok) return parsed.feed;
  if (parsed.problem === 'web_page' || /^\s*(text\/html|application\/xhtml\+xml)/i.test(contentType ?? '')) {
    const advertised = advertisedFeedUrl(decoded.text, finalUrl);
    const hint = advertised ? ` The page names its feed: ${advertised}. Use that address instead.` : '';
    throw new BadResponse(`${url} returns a web page, not a feed.${hint}`, { target: url });
  }
  if (parsed.problem === 'not_xml') throw new BadResponse(`${url} did not return readable XML: ${parsed.detail}.`, { target: url });
  throw new BadResponse(`${url} returned XML that is not an RSS or Atom feed: ${parsed.detail}.`, { target: url });
}

function toMention(item: FeedItem, feed: ParsedFeed, feedUrl: string, now: () => Date): RawMention {
  const title = item.title ? htmlToText(item.title) : '';
  const body = item.bodyIsHtml ? htmlToText(item.body) : item.body.replace(/[ \t]+/g, ' ').trim();
  const site = resolve(feed.link, feedUrl) ?? feedUrl;
  const host = new URL(site).host;
  return {
    externalId: item.id,
    channel: 'rss',
    // Feeds that mirror short posts repeat the title as the body; say it once.
    text: [title, body === title ? '' : body].filter((part) => part !== '').join('\n'),
    publishedAt: item.publishedAt ?? now().toISOString(),
    url: resolve(item.link, feedUrl),
    author: { name: item.author ?? (feed.title ? htmlToText(feed.title) : host), handle: host, url: site },
    language: canonicalLanguage(item.language),
    metrics: { likes: null, shares: null, comments: item.comments, reach: null },
  };
}

function resolve(link: string | null, base: string): string | null {
  if (!link) return null;
  try {
    return new URL(link, base).toString();
  } catch {
    return null;
  }
}

/** `th-th` → `th-TH`; a value that is no language tag (some feeds write "Thai") is dropped. */
function canonicalLanguage(tag: string | null): string | null {
  if (!tag) return null;
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0] ?? null;
  } catch {
    return null;
  }
}

function readCursor(cursor: string | null): RssCursor {
  if (!cursor) return {};
  try {
    const value = JSON.parse(cursor) as unknown;
    if (!value || typeof value !== 'object') return {};
    const { etag, lastModified } = value as Record<string, unknown>;
    return { ...(typeof etag === 'string' && { etag }), ...(typeof lastModified === 'string' && { lastModified }) };
  } catch {
    // A cursor from another version is no reason to fail: fetch everything once.
    return {};
  }
}

function writeCursor(headers: Headers): string | null {
  const etag = headers.get('etag');
  const lastModified = headers.get('last-modified');
  if (!etag && !lastModified) return null;
  return JSON.stringify({ ...(etag && { etag }), ...(lastModified && { lastModified }) });
}
