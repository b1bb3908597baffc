import { z } from 'zod';

/** Where mentions come from; `source:` filters accept exactly these. */
export const MENTION_SOURCES = ['file', 'rss', 'mastodon', 'bluesky', 'webhook'] as const;
export type MentionSource = (typeof MENTION_SOURCES)[number];
export const mentionSourceSchema = z.enum(MENTION_SOURCES);

/**
 * Languages a `lang:` filter accepts: what detection can return (eld's 60 languages, Chinese
 * split by script) plus `und` for mentions with no language (emoji, links only). `lang:zh`
 * covers zh-Hans and zh-Hant.
 */
export const QUERY_LANGUAGES = [
  'am', 'ar', 'az', 'be', 'bg', 'bn', 'ca', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'eu', 'fa', 'fi',
  'fr', 'gu', 'he', 'hi', 'hr', 'hu', 'hy', 'is', 'it', 'ja', 'ka', 'kn', 'ko', 'ku', 'lo', 'lt', 'lv',
  'ml', 'mr', 'ms', 'nl', 'no', 'or', 'pa', 'pl', 'pt', 'ro', 'ru', 'sk', 'sl', 'sq', 'sr', 'sv', 'ta',
  'te', 'th', 'tl', 'tr', 'uk', 'ur', 'vi', 'yo', 'zh', 'zh-Hans', 'zh-Hant', 'und',
] as const;
export type QueryLanguage = (typeof QUERY_LANGUAGES)[number];

export const QUERY_FILTERS = ['lang', 'source'] as const;
export type QueryFilter = (typeof QUERY_FILTERS)[number];

/** A query longer than this is refused: a topic is a search, not a document. */
export const MAX_QUERY_LENGTH = 2000;

export const TOPIC_QUERY_ERROR_CODES = [
  'empty_query',
  'query_too_long',
  'unbalanced_parenthesis',
  'empty_group',
  'unclosed_quote',
  'empty_phrase',
  'empty_hashtag',
  'empty_handle',
  'dangling_operator',
  'missing_filter_value',
  'unknown_filter',
  'unknown_language',
  'unknown_source',
  'no_positive_term',
] as const;
export type TopicQueryErrorCode = (typeof TOPIC_QUERY_ERROR_CODES)[number];

export const topicQueryErrorSchema = z.strictObject({
  code: z.enum(TOPIC_QUERY_ERROR_CODES),
  /** Character offsets (UTF-16, end exclusive) in the query as typed, for underlining. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The offending text where it helps the message (`lang:xx` → "xx"). */
  value: z.string().optional(),
});
export type TopicQueryError = z.infer<typeof topicQueryErrorSchema>;

type Span = { start: number; end: number };

/** What a query looks for. `text` is as typed (minus `#`, `@` and quotes); matching normalises it. */
export type QueryAtom = Span &
  (
    | { kind: 'term'; text: string }
    | { kind: 'phrase'; text: string }
    | { kind: 'hashtag'; text: string }
    | { kind: 'handle'; text: string }
  );

export type QueryFilterNode = Span &
  ({ kind: 'lang'; language: QueryLanguage } | { kind: 'source'; source: MentionSource });

export type QueryNode =
  | QueryAtom
  | QueryFilterNode
  | { kind: 'and'; children: QueryNode[] }
  | { kind: 'or'; children: QueryNode[] }
  | { kind: 'not'; child: QueryNode };

export type ParsedTopicQuery = { ok: true; ast: QueryNode } | { ok: false; errors: TopicQueryError[] };
