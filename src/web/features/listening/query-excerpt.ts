import type { TopicQueryError } from '../../../shared/listening/topic-query.schemas.ts';

/** Characters of the query shown on each side of a problem; enough to recognise the spot, short enough for one line. */
const CONTEXT = 24;
/** What is marked when a problem sits between characters (a missing word at the very end). */
const GAP = '\u00a0';

export type ExcerptParts = { before: string; marked: string; after: string };

/**
 * The query around one problem, cut into the text before it, the characters at fault and the
 * text after, with … where the query goes on. Null when the problem is the whole query (no term
 * to look for): marking everything would say nothing the message does not.
 */
export function excerptParts(query: string, error: Pick<TopicQueryError, 'start' | 'end'>): ExcerptParts | null {
  const start = Math.min(error.start, query.length);
  const end = Math.max(Math.min(error.end, query.length), start);
  if (start === 0 && end === query.length && query.length > 0) return null;
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(query.length, end + CONTEXT);
  return {
    before: `${from > 0 ? '…' : ''}${query.slice(from, start)}`,
    marked: end > start ? query.slice(start, end) : GAP,
    after: `${query.slice(end, to)}${to < query.length ? '…' : ''}`,
  };
}
