import {
  MENTION_SOURCES,
  type MentionSource,
  QUERY_LANGUAGES,
  type QueryAtom,
  type QueryFilterNode,
  type QueryLanguage,
  type TopicQueryError,
} from './topic-query.schemas.ts';

/*
 * Query syntax, as the UI documents it:
 * - words are terms; adjacent terms mean AND. Thai and Chinese terms need no spaces around them in
 *   the text, only in the query.
 * - AND, OR, NOT are operators only in upper case, so "and" or "Or" in a brand name stays a term.
 *   NOT binds tightest, then AND, then OR; parentheses group (full-width （ ） too).
 * - `-word`, `-"phrase"`, `-#tag`, `-(…)`: shorthand for NOT. A hyphen inside a word is literal.
 * - "exact phrase" (also “…”, 「…」, 『…』): the words in this order.
 * - #hashtag and @handle (full-width ＃ ＠ too) match only as hashtag / handle.
 * - lang:th, lang:zh-Hant, source:mastodon filter on the mention's language and source. Any other
 *   `letters:value` word is an unknown filter, except URLs (https://…); quote it to search it.
 */

export type Token =
  | { type: 'lparen' | 'rparen' | 'and' | 'or' | 'not'; start: number; end: number }
  /** `node` is null when the word was wrong (its error is recorded), so parsing can go on. */
  | { type: 'operand'; node: QueryAtom | QueryFilterNode | null; start: number; end: number };

const CLOSERS: Readonly<Record<string, readonly string[]>> = {
  '"': ['"'],
  '“': ['”', '"'],
  '”': ['”', '"'],
  '「': ['」'],
  '『': ['』'],
};
const SPACE = /\s/;

function breaksWord(ch: string): boolean {
  return SPACE.test(ch) || ch === '(' || ch === ')' || ch === '（' || ch === '）' || ch in CLOSERS;
}

const FILTER = /^([A-Za-z]+):(.*)$/s;
const URL_LIKE = /^[A-Za-z]+:\/\//;

function filterNode(
  name: string,
  value: string,
  start: number,
  end: number,
  errors: TopicQueryError[],
): QueryFilterNode | null {
  const valueStart = start + name.length + 1;
  const key = name.toLowerCase();
  if (key !== 'lang' && key !== 'source') {
    errors.push({ code: 'unknown_filter', start, end: valueStart - 1, value: name });
    return null;
  }
  if (value === '') {
    errors.push({ code: 'missing_filter_value', start, end, value: name });
    return null;
  }
  const lower = value.toLowerCase();
  if (key === 'lang') {
    const language = QUERY_LANGUAGES.find((l) => l.toLowerCase() === lower);
    if (language) return { kind: 'lang', language: language as QueryLanguage, start, end };
    errors.push({ code: 'unknown_language', start: valueStart, end, value });
    return null;
  }
  const source = MENTION_SOURCES.find((s) => s === lower);
  if (source) return { kind: 'source', source: source as MentionSource, start, end };
  errors.push({ code: 'unknown_source', start: valueStart, end, value });
  return null;
}

function wordNode(word: string, start: number, end: number, errors: TopicQueryError[]): Token {
  if (word === 'AND' || word === 'OR' || word === 'NOT') {
    return { type: word === 'AND' ? 'and' : word === 'OR' ? 'or' : 'not', start, end };
  }
  const first = word[0];
  if (first === '#' || first === '＃' || first === '@' || first === '＠') {
    const hashtag = first === '#' || first === '＃';
    const text = word.slice(1);
    if (text === '') {
      errors.push({ code: hashtag ? 'empty_hashtag' : 'empty_handle', start, end });
      return { type: 'operand', node: null, start, end };
    }
    return { type: 'operand', node: { kind: hashtag ? 'hashtag' : 'handle', text, start, end }, start, end };
  }
  const filter = URL_LIKE.test(word) ? null : FILTER.exec(word);
  if (filter) {
    const node = filterNode(filter[1] ?? '', filter[2] ?? '', start, end, errors);
    return { type: 'operand', node, start, end };
  }
  return { type: 'operand', node: { kind: 'term', text: word, start, end }, start, end };
}

/** Splits a query into tokens; word-level mistakes go to `errors` and leave a null operand. */
export function tokenizeTopicQuery(query: string, errors: TopicQueryError[]): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const ch = query[i] ?? '';
    if (SPACE.test(ch)) {
      i++;
    } else if (ch === '(' || ch === '（') {
      tokens.push({ type: 'lparen', start: i, end: ++i });
    } else if (ch === ')' || ch === '）') {
      tokens.push({ type: 'rparen', start: i, end: ++i });
    } else if (ch === '-') {
      // Shorthand NOT only when glued to what it negates: "tea - coffee" is a stray dash.
      const next = query[i + 1];
      if (next === undefined || SPACE.test(next) || next === ')' || next === '）') {
        errors.push({ code: 'dangling_operator', start: i, end: i + 1 });
      } else {
        tokens.push({ type: 'not', start: i, end: i + 1 });
      }
      i++;
    } else if (ch in CLOSERS) {
      const closers = CLOSERS[ch] ?? [];
      let close = i + 1;
      while (close < query.length && !closers.includes(query[close] ?? '')) close++;
      const end = Math.min(close + 1, query.length);
      const text = query.slice(i + 1, close).trim();
      if (close >= query.length) errors.push({ code: 'unclosed_quote', start: i, end });
      else if (text === '') errors.push({ code: 'empty_phrase', start: i, end });
      const node: QueryAtom | null = text === '' ? null : { kind: 'phrase', text, start: i, end };
      tokens.push({ type: 'operand', node, start: i, end });
      i = end;
    } else {
      const start = i;
      while (i < query.length && !breaksWord(query[i] ?? ' ')) i++;
      tokens.push(wordNode(query.slice(start, i), start, i, errors));
    }
  }
  return tokens;
}
