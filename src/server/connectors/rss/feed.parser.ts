import { createHash } from 'node:crypto';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseFeedDate } from './feed-dates.domain.ts';
import { asList, attr, child, firstText, textOf } from './feed-nodes.ts';
import { localName, rootElementName } from './feed-sniff.domain.ts';

export type FeedItem = {
  id: string;
  title: string | null;
  /** The body as the feed gives it: HTML for RSS descriptions and Atom `html` content. */
  body: string;
  bodyIsHtml: boolean;
  link: string | null;
  publishedAt: string | null;
  author: string | null;
  language: string | null;
  comments: number | null;
};

export type ParsedFeed = { format: 'rss' | 'rdf' | 'atom'; title: string | null; link: string | null; language: string | null; items: FeedItem[] };

export type FeedParseResult =
  | { ok: true; feed: ParsedFeed }
  | { ok: false; problem: 'web_page' | 'not_xml' | 'not_a_feed'; detail: string };

const REPEATED = new Set(['item', 'entry', 'link', 'author', 'creator', 'category', 'contributor']);

// Namespace prefixes are dropped so `dc:creator`, `content:encoded` and `rdf:RDF` read the same
// whatever prefix a feed picked. Entities: only XML's own five and character references are
// decoded; fast-xml-parser leaves DOCTYPE-declared entities unexpanded, and the limits bound what
// it would do if that changed (no "billion laughs").
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: false,
  processEntities: { enabled: true, maxEntitySize: 1_000, maxEntityCount: 20, maxTotalExpansions: 1_000, maxExpandedLength: 100_000 },
  isArray: (name) => REPEATED.has(name),
});

export function parseFeed(text: string): FeedParseResult {
  const root = rootElementName(text);
  if (root === null) return { ok: false, problem: 'not_xml', detail: text.trim() === '' ? 'the answer is empty' : 'it does not start with an XML element' };
  if (localName(root) === 'html') return { ok: false, problem: 'web_page', detail: 'the document is HTML' };
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    return { ok: false, problem: 'not_xml', detail: `${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})` };
  }
  let document: Record<string, unknown>;
  try {
    document = parser.parse(text) as Record<string, unknown>;
  } catch (error) {
    // The parser's own limits (entity counts, nesting depth) end here.
    return { ok: false, problem: 'not_xml', detail: error instanceof Error ? error.message : String(error) };
  }
  const feed = readRss(document.rss) ?? readRdf(document.RDF) ?? readAtom(document.feed);
  return feed ? { ok: true, feed } : { ok: false, problem: 'not_a_feed', detail: `its root element is <${root}>, not <rss>, <rdf:RDF> or <feed>` };
}

function readRss(rss: unknown): ParsedFeed | null {
  if (rss === undefined) return null;
  const channel = asList(child(rss, 'channel'))[0];
  const language = firstText(child(channel, 'language'));
  return { format: 'rss', ...channelInfo(channel), language, items: asList(child(channel, 'item')).map((item) => rssItem(item, language)) };
}

/** RSS 1.0: items are siblings of the channel, identified by `rdf:about`. */
function readRdf(rdf: unknown): ParsedFeed | null {
  if (rdf === undefined) return null;
  const channel = asList(child(rdf, 'channel'))[0];
  const language = firstText(child(channel, 'language'));
  return { format: 'rdf', ...channelInfo(channel), language, items: asList(child(rdf, 'item')).map((item) => rssItem(item, language)) };
}

function channelInfo(channel: unknown): { title: string | null; link: string | null } {
  return { title: firstText(child(channel, 'title')), link: pickLink(child(channel, 'link')) };
}

function rssItem(item: unknown, feedLanguage: string | null): FeedItem {
  const title = firstText(child(item, 'title'));
  const link = pickLink(child(item, 'link')) ?? attr(item, 'about');
  const encoded = firstText(child(item, 'encoded'));
  const body = encoded ?? firstText(child(item, 'description')) ?? '';
  const id = firstText(child(item, 'guid')) ?? attr(item, 'about') ?? link ?? contentId(title, body);
  // `slash:comments` (a count) and RSS `comments` (a page address) share a local name.
  const comments = asList(child(item, 'comments')).map((node) => textOf(node).trim()).find((text) => /^\d+$/.test(text));
  return {
    id,
    title,
    body,
    bodyIsHtml: true,
    link,
    publishedAt: parseFeedDate(firstText(child(item, 'pubDate'), child(item, 'date'), child(item, 'published'), child(item, 'updated'))),
    author: authorName(firstText(child(item, 'creator'), child(item, 'author'))),
    language: firstText(child(item, 'language')) ?? feedLanguage,
    comments: comments === undefined ? null : Number(comments),
  };
}

function readAtom(feed: unknown): ParsedFeed | null {
  if (feed === undefined) return null;
  const language = attr(feed, 'lang');
  const feedAuthor = firstText(...asList(child(feed, 'author')).map((author) => child(author, 'name')));
  const items = asList(child(feed, 'entry')).map((entry): FeedItem => {
    const title = firstText(child(entry, 'title'));
    const { body, bodyIsHtml } = atomBody(entry);
    const link = pickLink(child(entry, 'link'));
    return {
      id: firstText(child(entry, 'id')) ?? link ?? contentId(title, body),
      title,
      body,
      bodyIsHtml,
      link,
      publishedAt: parseFeedDate(firstText(child(entry, 'published'), child(entry, 'updated'))),
      author: firstText(...asList(child(entry, 'author')).map((author) => child(author, 'name'))) ?? feedAuthor,
      language: attr(entry, 'lang') ?? language,
      comments: null,
    };
  });
  return { format: 'atom', title: firstText(child(feed, 'title')), link: pickLink(child(feed, 'link')), language, items };
}

/** Atom `xhtml` content arrives as parsed elements whose text order is lost: the summary reads better. */
function atomBody(entry: unknown): { body: string; bodyIsHtml: boolean } {
  const candidates = [child(entry, 'content'), child(entry, 'summary')].filter((node) => textOf(node).trim() !== '');
  const chosen = candidates.find((node) => attr(node, 'type') !== 'xhtml') ?? candidates[0];
  const type = attr(chosen, 'type') ?? 'text';
  return { body: textOf(chosen).trim(), bodyIsHtml: type === 'html' || type === 'xhtml' || type.includes('html') };
}

/** RSS `<link>` is text; Atom (and `atom:link` inside RSS) puts it in `href`, preferring `rel="alternate"`. */
function pickLink(node: unknown): string | null {
  const links = asList(node);
  const text = links.find((link) => typeof link === 'string' && link.trim() !== '');
  if (typeof text === 'string') return text.trim();
  const withHref = links.filter((link) => attr(link, 'href') !== null);
  const alternate = withHref.find((link) => (attr(link, 'rel') ?? 'alternate') === 'alternate') ?? withHref[0];
  return alternate === undefined ? null : attr(alternate, 'href');
}

/** RSS `author` is an e-mail address, often with the name in parentheses: keep the name. */
function authorName(raw: string | null): string | null {
  if (!raw) return null;
  const named = /^\S+@\S+\s*\((.+)\)$/.exec(raw);
  return named ? named[1]!.trim() : raw;
}

/** An item with no guid, id or link still needs a stable key: a hash of what it says. */
function contentId(title: string | null, body: string): string {
  return `sha256:${createHash('sha256').update(`${title ?? ''}\n${body}`).digest('hex').slice(0, 32)}`;
}
