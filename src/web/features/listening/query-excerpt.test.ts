import assert from 'node:assert/strict';
import { test } from 'node:test';
import { validateTopicQuery } from '../../../shared/listening/topic-query.parser.ts';
import { excerptParts } from './query-excerpt.ts';

const marked = (query: string) => validateTopicQuery(query).map((error) => excerptParts(query, error));

test('the parser’s positions mark exactly the Thai and Chinese characters at fault', () => {
  assert.deepEqual(marked('กาแฟดริป AND (ดอย OR "คั่ว'), [
    { before: 'กาแฟดริป AND ', marked: '(', after: 'ดอย OR "คั่ว' },
    { before: 'กาแฟดริป AND (ดอย OR ', marked: '"คั่ว', after: '' },
  ]);
  assert.deepEqual(marked('咖啡 lang:xx'), [{ before: '咖啡 lang:', marked: 'xx', after: '' }]);
});

test('a problem at the very end marks the gap after the last character', () => {
  assert.deepEqual(excerptParts('咖啡 AND', { start: 6, end: 6 }), { before: '咖啡 AND', marked: '\u00a0', after: '' });
});

test('a long query is cut around the problem, with … where it goes on', () => {
  const query = `${'กาแฟ '.repeat(20)}@ ${'咖啡 '.repeat(20)}`;
  const [error] = validateTopicQuery(query);
  assert.equal(error?.code, 'empty_handle');
  const parts = excerptParts(query, error!);
  assert.equal(parts?.marked, '@');
  assert.ok(parts?.before.startsWith('…') && parts.before.length === 25, parts?.before);
  assert.ok(parts?.after.endsWith('…') && parts.after.length === 25, parts?.after);
});

test('a problem with the whole query is not marked: the message says it all', () => {
  const [error] = validateTopicQuery('NOT 廣告');
  assert.equal(error?.code, 'no_positive_term');
  assert.equal(excerptParts('NOT 廣告', error!), null);
});
