import { type PreparedText, prepareMentionText, prepareStoredText } from '../../../shared/listening/mention-text.domain.ts';
import type { SentimentLabel } from '../../../shared/listening/sentiment.schemas.ts';
import { compileTopics, type TopicDefinition, type TopicMatcher } from '../../../shared/listening/topic-matcher.domain.ts';
import { parseTopicQuery } from '../../../shared/listening/topic-query.parser.ts';
import type { MentionSource, QueryNode } from '../../../shared/listening/topic-query.schemas.ts';
import { compileWordDictionary, extractWordsFromBase, type WordDictionary } from '../../../shared/listening/word-stats.domain.ts';
import { contentHash, fallbackExternalId } from './import/mention-row.domain.ts';
import { normaliseChannel } from './mention-channel.domain.ts';
import { createDayOf } from './mention-rollup.domain.ts';
import { analyseSentiment } from './sentiment.domain.ts';
import type { LinearModel } from './sentiment-linear.domain.ts';
import { deserialiseModel } from './sentiment-model-codec.domain.ts';
import { WORKSPACE_MODEL_PURPOSE } from './sentiment-workspace.domain.ts';

/*
 * Everything ingest learns about a mention, from its text alone: language, topics, sentiment,
 * the words and hashtags for statistics, the channel, its calendar day in the workspace's time
 * zone, and the content hash that finds the same post by the same author from another source.
 * Pure and deterministic: the worker threads of analysis-pool.ts run it on batches.
 */

/** A mention as a source hands it over (the import's CandidateMention has this shape). */
export type IncomingMention = {
  externalId?: string | null;
  text: string;
  /** An ISO instant; null means "now" (a file without a date column). */
  publishedAt: string | null;
  author: string | null;
  channel: string | null;
  url: string | null;
  reach: number | null;
  likes: number | null;
  shares: number | null;
  comments: number | null;
};

/** What a workspace analyses with; plain data, so it can be posted to a worker. */
export type AnalysisConfig = {
  topics: TopicDefinition[];
  userWords: string[];
  /** The workspace's own sentiment models (serialised), by language. */
  models: { language: string; model: unknown }[];
  timeZone: string;
};

export type AnalysisContext = {
  matcher: TopicMatcher;
  dictionary: WordDictionary;
  models: ReadonlyMap<string, LinearModel>;
  dayOf: (epochMs: number) => string;
};

export type AnalysedMention = {
  externalId: string;
  contentHash: string;
  text: string;
  language: string;
  channel: string;
  author: string;
  url: string | null;
  publishedAt: string;
  day: string;
  reach: number;
  likes: number;
  shares: number;
  comments: number;
  sentiment: SentimentLabel;
  sentimentScore: number;
  topicIds: string[];
  /** At most TERMS_PER_MENTION of each, most frequent in the mention first. */
  words: string[];
  hashtags: string[];
};

export const TERMS_PER_MENTION = 15;
const MAX_COUNT = 2_147_483_647;
const MAX_AUTHOR = 500;

export function compileAnalysis(config: AnalysisConfig): AnalysisContext {
  const models = new Map<string, LinearModel>();
  for (const entry of config.models) models.set(entry.language, deserialiseModel(entry.model, WORKSPACE_MODEL_PURPOSE));
  const words = [...new Set([...config.userWords, ...config.topics.flatMap((topic) => topicWords(topic.query))])];
  return { matcher: compileTopics(config.topics), dictionary: compileWordDictionary(words), models, dayOf: createDayOf(config.timeZone) };
}

/**
 * The terms and phrases a topic looks for (not those it excludes). Intl.Segmenter cuts Thai and
 * Chinese brand names apart ("สยาม|โรส|เตอร์"), so they join the team's own words and stay whole in
 * the word statistics without anyone having to add them by hand.
 */
export function topicWords(query: string): string[] {
  const parsed = parseTopicQuery(query);
  if (!parsed.ok) return [];
  const words: string[] = [];
  const walk = (node: QueryNode) => {
    if (node.kind === 'term' || node.kind === 'phrase') words.push(node.text);
    else if (node.kind === 'and' || node.kind === 'or') node.children.forEach(walk);
  };
  walk(parsed.ast);
  return words;
}

/** Text PostgreSQL can store: no NUL, no lone surrogate halves. */
export function storableText(text: string): string {
  const wellFormed = text.isWellFormed() ? text : text.toWellFormed();
  return wellFormed.includes('\u0000') ? wellFormed.replaceAll('\u0000', '') : wellFormed;
}

function count(value: number | null): number {
  if (value === null || !Number.isFinite(value) || value < 0) return 0;
  return Math.min(Math.round(value), MAX_COUNT);
}

function modelFor(models: ReadonlyMap<string, LinearModel>, language: string): LinearModel | undefined {
  if (models.size === 0) return undefined;
  return models.get(language) ?? models.get(language.split('-')[0]!);
}

/** The most frequent distinct words and hashtags, ties in order of first use. */
export function mentionTerms(base: string, language: string, dictionary: WordDictionary): { words: string[]; hashtags: string[] } {
  const words = new Map<string, number>();
  const hashtags = new Map<string, number>();
  for (const token of extractWordsFromBase(base, language, dictionary)) {
    const into = token.kind === 'hashtag' ? hashtags : words;
    into.set(token.text, (into.get(token.text) ?? 0) + 1);
  }
  const top = (counts: Map<string, number>) => {
    const entries = [...counts];
    if (entries.length > TERMS_PER_MENTION) entries.sort((a, b) => b[1] - a[1]);
    return entries.slice(0, TERMS_PER_MENTION).map(([term]) => term);
  };
  return { words: top(words), hashtags: top(hashtags) };
}

function matchTopics(ctx: AnalysisContext, text: PreparedText, source: MentionSource): string[] {
  return ctx.matcher.matchNormalised(text.folded, text.language, source).map((m) => m.topicId);
}

/**
 * What a change of topics can change about a stored mention (re-tagging), found as ingest finds
 * it: its stored text is what ingest analysed, its stored language the one ingest detected. The
 * words (the costly part) are worked out only for the mentions whose topics changed.
 */
export function storedMentionTopics(ctx: AnalysisContext, mention: { text: string; language: string; source: MentionSource }): { topicIds: string[]; terms: () => { words: string[]; hashtags: string[] } } {
  const text = { ...prepareStoredText(mention.text), language: mention.language };
  return { topicIds: matchTopics(ctx, text, mention.source), terms: () => mentionTerms(text.base, text.language, ctx.dictionary) };
}

export function analyseMention(ctx: AnalysisContext, mention: IncomingMention, source: MentionSource, defaultChannel: string, nowMs: number): AnalysedMention {
  const text = storableText(mention.text);
  const author = storableText((mention.author ?? '').trim()).slice(0, MAX_AUTHOR);
  const published = mention.publishedAt ? Date.parse(mention.publishedAt) : Number.NaN;
  const publishedMs = Number.isFinite(published) ? published : nowMs;
  const prepared = prepareMentionText(text);
  const { language } = prepared;
  const topicIds = matchTopics(ctx, prepared, source);
  const terms = mentionTerms(prepared.base, language, ctx.dictionary);
  const sentiment = analyseSentiment(text, language, modelFor(ctx.models, language));
  return {
    externalId: storableText(mention.externalId?.trim() || fallbackExternalId(text, author, mention.publishedAt)),
    contentHash: contentHash(text, author),
    text,
    language,
    channel: normaliseChannel(mention.channel, mention.url, defaultChannel),
    author,
    url: mention.url ? storableText(mention.url) : null,
    publishedAt: new Date(publishedMs).toISOString(),
    day: ctx.dayOf(publishedMs),
    reach: count(mention.reach),
    likes: count(mention.likes),
    shares: count(mention.shares),
    comments: count(mention.comments),
    sentiment: sentiment.label,
    sentimentScore: Math.round(sentiment.score * 1e4) / 1e4,
    topicIds,
    words: terms.words,
    hashtags: terms.hashtags,
  };
}

export function analyseMentions(ctx: AnalysisContext, mentions: readonly IncomingMention[], source: MentionSource, defaultChannel: string, nowMs: number): AnalysedMention[] {
  return mentions.map((m) => analyseMention(ctx, m, source, defaultChannel, nowMs));
}
