import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseTopicQuery, validateTopicQuery } from './topic-query.parser.ts';
import type { QueryNode, TopicQueryError } from './topic-query.schemas.ts';

function show(node: QueryNode): string {
  switch (node.kind) {
    case 'and':
    case 'or':
      return `${node.kind}(${node.children.map(show).join(', ')})`;
    case 'not':
      return `not(${show(node.child)})`;
    case 'lang':
      return `lang:${node.language}`;
    case 'source':
      return `source:${node.source}`;
    default:
      return `${node.kind}:${node.text}`;
  }
}

function parsed(query: string): string {
  const result = parseTopicQuery(query);
  assert.ok(result.ok, `${query}: ${JSON.stringify(result.ok ? null : result.errors)}`);
  return show(result.ast);
}

function errors(query: string): Pick<TopicQueryError, 'code' | 'start' | 'end'>[] {
  return validateTopicQuery(query).map(({ code, start, end }) => ({ code, start, end }));
}

test('adjacent words are ANDed; Thai and Chinese words are terms as typed', () => {
  assert.equal(parsed('บ้านดอย 蝦皮 coffee'), 'and(term:บ้านดอย, term:蝦皮, term:coffee)');
  assert.equal(parsed('โซเชียลมีเดีย'), 'term:โซเชียลมีเดีย');
});

test('NOT binds tighter than AND, AND tighter than OR; parentheses group', () => {
  assert.equal(parsed('a OR b c'), 'or(term:a, and(term:b, term:c))');
  assert.equal(parsed('a AND b OR c'), 'or(and(term:a, term:b), term:c)');
  assert.equal(parsed('a NOT b OR c'), 'or(and(term:a, not(term:b)), term:c)');
  assert.equal(parsed('(a OR b) AND NOT (c OR d)'), 'and(or(term:a, term:b), not(or(term:c, term:d)))');
  assert.equal(parsed('（蝦皮 OR 虾皮） 客服'), 'and(or(term:蝦皮, term:虾皮), term:客服)');
});

test('operators are upper case only, so "and" and "Or" in a name are terms', () => {
  assert.equal(parsed('salt and pepper'), 'and(term:salt, term:and, term:pepper)');
  assert.equal(parsed('Or Not'), 'and(term:Or, term:Not)');
});

test('a leading minus is NOT; a hyphen inside a word is literal', () => {
  assert.equal(parsed('coffee -decaf'), 'and(term:coffee, not(term:decaf))');
  assert.equal(parsed('e-commerce -"fake news" -#ad -(spam OR scam)'), 'and(term:e-commerce, not(phrase:fake news), not(hashtag:ad), not(or(term:spam, term:scam)))');
});

test('phrases in straight, curly and corner quotes; hashtags and handles in any width', () => {
  assert.equal(parsed('"Baan Doi" “coffee shop” 「蝦皮 客服」'), 'and(phrase:Baan Doi, phrase:coffee shop, phrase:蝦皮 客服)');
  assert.equal(parsed('"a OR b"'), 'phrase:a OR b');
  assert.equal(parsed('#บ้านดอย ＃baandoi @baandoi ＠shopee_tw'), 'and(hashtag:บ้านดอย, hashtag:baandoi, handle:baandoi, handle:shopee_tw)');
});

test('language and source filters, names and languages in any case', () => {
  assert.equal(parsed('coffee lang:th source:mastodon'), 'and(term:coffee, lang:th, source:mastodon)');
  assert.equal(parsed('蝦皮 LANG:ZH-hant'), 'and(term:蝦皮, lang:zh-Hant)');
  assert.equal(parsed('蝦皮 -lang:zh-Hans'), 'and(term:蝦皮, not(lang:zh-Hans))');
  assert.equal(parsed('https://baandoi.example'), 'term:https://baandoi.example');
  assert.equal(parsed('"site:example.com"'), 'phrase:site:example.com');
});

test('offsets of every node point into the query as typed', () => {
  const result = parseTopicQuery('a  "Baan Doi" lang:th');
  assert.ok(result.ok && result.ast.kind === 'and');
  assert.deepEqual(
    result.ast.children.map((c) => ('start' in c ? [c.start, c.end] : null)),
    [[0, 1], [3, 13], [14, 21]],
  );
});

test('empty, blank and over-long queries', () => {
  assert.deepEqual(errors(''), [{ code: 'empty_query', start: 0, end: 0 }]);
  assert.deepEqual(errors('   '), [{ code: 'empty_query', start: 0, end: 3 }]);
  assert.deepEqual(errors('a'.repeat(2001)), [{ code: 'query_too_long', start: 2000, end: 2001 }]);
});

test('parentheses: unclosed, unopened and empty groups are placed', () => {
  assert.deepEqual(errors('(a OR b'), [{ code: 'unbalanced_parenthesis', start: 0, end: 1 }]);
  assert.deepEqual(errors('a OR b)'), [{ code: 'unbalanced_parenthesis', start: 6, end: 7 }]);
  assert.deepEqual(errors('a () b'), [{ code: 'empty_group', start: 2, end: 4 }]);
});

test('operators with nothing on one side are dangling', () => {
  assert.deepEqual(errors('AND coffee'), [{ code: 'dangling_operator', start: 0, end: 3 }]);
  assert.deepEqual(errors('coffee OR'), [{ code: 'dangling_operator', start: 7, end: 9 }]);
  assert.deepEqual(errors('coffee NOT'), [{ code: 'dangling_operator', start: 7, end: 10 }]);
  assert.deepEqual(errors('a AND OR b'), [{ code: 'dangling_operator', start: 2, end: 5 }]);
  assert.deepEqual(errors('(a OR) b'), [{ code: 'dangling_operator', start: 3, end: 5 }]);
  assert.deepEqual(errors('coffee - tea'), [{ code: 'dangling_operator', start: 7, end: 8 }]);
});

test('quotes, hashtags, handles and filters with nothing in them', () => {
  assert.deepEqual(errors('"Baan Doi'), [{ code: 'unclosed_quote', start: 0, end: 9 }]);
  assert.deepEqual(errors('a "" b'), [{ code: 'empty_phrase', start: 2, end: 4 }]);
  assert.deepEqual(errors('a # b'), [{ code: 'empty_hashtag', start: 2, end: 3 }]);
  assert.deepEqual(errors('a @ b'), [{ code: 'empty_handle', start: 2, end: 3 }]);
  assert.deepEqual(errors('a lang:'), [{ code: 'missing_filter_value', start: 2, end: 7 }]);
});

test('unknown filters, languages and sources name the bad part', () => {
  assert.deepEqual(validateTopicQuery('a site:x.com'), [{ code: 'unknown_filter', start: 2, end: 6, value: 'site' }]);
  assert.deepEqual(validateTopicQuery('a lang:tw'), [{ code: 'unknown_language', start: 7, end: 9, value: 'tw' }]);
  assert.deepEqual(validateTopicQuery('a source:twitter'), [{ code: 'unknown_source', start: 9, end: 16, value: 'twitter' }]);
});

test('a query must look for something: only NOT, only filters or OR NOT are refused', () => {
  for (const query of ['NOT spam', '-spam', 'lang:th', 'lang:th source:rss', 'coffee OR NOT tea', 'NOT (a AND b)']) {
    assert.deepEqual(errors(query), [{ code: 'no_positive_term', start: 0, end: query.length }], query);
  }
  assert.equal(parsed('NOT NOT coffee'), 'not(not(term:coffee))');
  assert.equal(parsed('coffee OR (tea -lang:en)'), 'or(term:coffee, and(term:tea, not(lang:en)))');
});

test('every mistake of a query is reported at once, in reading order', () => {
  assert.deepEqual(
    errors('(a OR ) lang:xx foo:bar "unclosed').map((e) => e.code),
    ['dangling_operator', 'unknown_language', 'unknown_filter', 'unclosed_quote'],
  );
});
