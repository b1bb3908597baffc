import type { ErrorDetail } from '../../../shared/api/errors.ts';
import { validateTopicQuery } from '../../../shared/listening/topic-query.parser.ts';
import { MAX_QUERY_LENGTH, type TopicQueryError, type TopicQueryErrorCode } from '../../../shared/listening/topic-query.schemas.ts';
import type { Competitor, ListeningSection } from '../../../shared/strategy/strategy-listening.schemas.ts';

const PROBLEMS: Record<TopicQueryErrorCode, string> = {
  empty_query: 'the query is empty',
  query_too_long: `the query is longer than ${MAX_QUERY_LENGTH} characters`,
  unbalanced_parenthesis: 'unbalanced parenthesis',
  empty_group: 'empty parentheses',
  unclosed_quote: 'quote not closed',
  empty_phrase: 'empty quotes',
  empty_hashtag: '# without a hashtag',
  empty_handle: '@ without an account name',
  dangling_operator: 'operator without a term on both sides',
  missing_filter_value: 'filter without a value',
  unknown_filter: 'unknown filter (use lang: or source:)',
  unknown_language: 'unknown language',
  unknown_source: 'unknown source (file, rss, mastodon, bluesky, webhook)',
  no_positive_term: 'the query needs at least one word, phrase, #hashtag or @account to look for',
};

/** One detail per problem, at `body.query`, naming the (1-based) character where it is. */
export function topicQueryDetails(errors: readonly TopicQueryError[]): ErrorDetail[] {
  return errors.map((e) => {
    const where = e.end - e.start > 1 ? `characters ${e.start + 1}–${e.end}` : `character ${e.start + 1}`;
    const value = e.value === undefined ? '' : ` "${e.value}"`;
    return { path: 'body.query', message: `${PROBLEMS[e.code]}${value} at ${where}` };
  });
}

/** A strategy term as a query phrase; the query language has no escape, so pick quotes the term lacks. */
export function phrase(term: string): string | null {
  const text = term.trim();
  if (text === '') return null;
  if (!text.includes('"')) return `"${text}"`;
  if (!text.includes('」')) return `「${text}」`;
  const stripped = text.replaceAll('"', ' ').trim();
  return stripped === '' ? null : `"${stripped}"`;
}

const HANDLE_SAFE = /^[^\s()（）"“”「」『』]+$/u;

/** `@brand` stays a handle (matched only as an account); anything else that names an account becomes a phrase. */
export function handle(value: string): string | null {
  const text = value.trim().replace(/^[@＠]+/u, '');
  if (text === '') return null;
  return HANDLE_SAFE.test(text) ? `@${text}` : phrase(text);
}

/** A strategy term: `#tag` and `@account` keep their meaning, anything else is looked for as written. */
export function term(value: string): string | null {
  const text = value.trim();
  if (/^[@＠]/u.test(text)) return handle(text);
  const tag = text.replace(/^[#＃]/u, '');
  if (tag !== text && HANDLE_SAFE.test(tag)) return `#${tag}`;
  return phrase(text);
}

/** An OR of the operands, as many as fit in a query, each once. */
export function orQuery(operands: readonly (string | null)[]): string | null {
  const seen = new Set<string>();
  let query = '';
  for (const operand of operands) {
    if (operand === null || seen.has(operand.toLowerCase())) continue;
    const next = query === '' ? operand : `${query} OR ${operand}`;
    if (next.length > MAX_QUERY_LENGTH) break;
    seen.add(operand.toLowerCase());
    query = next;
  }
  return query !== '' && validateTopicQuery(query).length === 0 ? query : null;
}

export type PlannedTopic = { name: string; kind: 'brand' | 'competitor'; competitorId: string | null; query: string };

export function competitorQuery(competitor: Competitor): string | null {
  return orQuery([phrase(competitor.name), ...competitor.handles.map(handle), ...competitor.terms.map(term)]);
}

/**
 * The topics the strategy's listening plan asks for: one for the brand (its terms), one per named
 * competitor. Those that already have a topic, and those with nothing to look for, are left out.
 */
export function topicsFromPlan(
  plan: ListeningSection,
  brandName: string,
  existing: { hasBrand: boolean; competitorIds: ReadonlySet<string> },
): { planned: PlannedTopic[]; existing: number } {
  const planned: PlannedTopic[] = [];
  let already = 0;
  const brandQuery = orQuery(plan.brandTerms.map(term));
  if (brandQuery !== null) {
    if (existing.hasBrand) already++;
    else planned.push({ name: brandName.slice(0, 160), kind: 'brand', competitorId: null, query: brandQuery });
  }
  for (const competitor of plan.competitors) {
    const query = competitorQuery(competitor);
    if (query === null) continue;
    if (existing.competitorIds.has(competitor.id)) already++;
    else planned.push({ name: (competitor.name.trim() || query).slice(0, 160), kind: 'competitor', competitorId: competitor.id, query });
  }
  return { planned, existing: already };
}
