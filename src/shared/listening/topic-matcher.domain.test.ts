import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileTopics, type TopicDefinition } from './topic-matcher.domain.ts';

const TOPICS: TopicDefinition[] = [
  { id: 'brand', query: '"Baan Doi" OR บ้านดอย OR 班朵伊 OR @baandoi OR #baandoi' },
  { id: 'shopee', query: '蝦皮 OR shopee OR @shopee_th' },
  { id: 'social', query: 'โซเชียลมีเดีย OR 微博 OR 客服' },
  { id: 'cat', query: 'cat -dog' },
  { id: 'coffee-th', query: '(coffee OR กาแฟ) lang:th' },
  { id: 'zh-only', query: '客服 lang:zh' },
  { id: 'hant-only', query: '客服 lang:zh-Hant' },
  { id: 'rss-news', query: 'news source:rss' },
];
const matcher = compileTopics(TOPICS);

function ids(text: string, language = 'en', source = 'mastodon'): string[] {
  return matcher.match({ text, language, source }).map((m) => m.topicId);
}

test('the brand is found in English, Thai and Chinese, in text without spaces', () => {
  assert.deepEqual(ids('Lunch at BAAN   DOI today!'), ['brand']);
  assert.deepEqual(ids('วันนี้ไปร้านบ้านดอยมา อร่อยมาก', 'th'), ['brand']);
  assert.deepEqual(ids('Ｂａａｎ Ｄｏｉ'), ['brand']);
});

test('Traditional and Simplified Chinese match each other both ways', () => {
  assert.deepEqual(ids('我在虾皮买的', 'zh-Hans'), ['shopee']);
  assert.deepEqual(ids('我在蝦皮買的', 'zh-Hant'), ['shopee']);
  const simplified = compileTopics([{ id: 's', query: '虾皮' }]);
  assert.deepEqual(simplified.match({ text: '蝦皮購物', language: 'zh-Hant', source: 'rss' }).map((m) => m.topicId), ['s']);
});

test('words the segmenter cuts apart match whole', () => {
  assert.deepEqual(ids('ชอบโซเชียลมีเดียมาก', 'th'), ['social']);
  assert.deepEqual(ids('在微博上看到的', 'zh'), ['social']);
  assert.deepEqual(ids('打給客服', 'zh'), ['social', 'zh-only']);
});

test('Latin terms respect word boundaries; Thai and Chinese neighbours are no boundary', () => {
  assert.deepEqual(ids('a new category'), []);
  assert.deepEqual(ids('my cat, my life'), ['cat']);
  assert.deepEqual(ids('ซื้อcatมา'), ['cat']);
  assert.deepEqual(ids('cats'), []);
  assert.deepEqual(ids('shopee123'), []);
});

test('hashtags and handles match only as themselves; plain terms also match inside them', () => {
  const tags = compileTopics([
    { id: 'tag', query: '#baandoi' },
    { id: 'handle', query: '@baandoi' },
    { id: 'word', query: 'baandoi' },
  ]);
  const found = (text: string) => tags.match({ text, language: 'en', source: 'rss' }).map((m) => m.topicId);
  assert.deepEqual(found('love #baandoi'), ['tag', 'word']);
  assert.deepEqual(found('love #baandoicafe'), []);
  assert.deepEqual(found('love #BaanDoi.'), ['tag', 'word']);
  assert.deepEqual(found('cc @baandoi@mastodon.social'), ['handle', 'word']);
  assert.deepEqual(found('cc @baandoi.bsky.social'), ['handle', 'word']);
  assert.deepEqual(found('mail info@baandoi.com'), ['word']);
  assert.deepEqual(found('baandoi'), ['word']);
  assert.deepEqual(found('#บ้านดอย'), []);
});

test('NOT excludes, parentheses group, and only positive terms are reported', () => {
  assert.deepEqual(ids('cat and dog'), []);
  const both = compileTopics([{ id: 't', query: '(coffee OR tea) -decaf' }]);
  assert.deepEqual(both.match({ text: 'Tea and coffee', language: 'en', source: 'rss' }), [{ topicId: 't', terms: ['coffee', 'tea'] }]);
  assert.deepEqual(both.match({ text: 'decaf coffee', language: 'en', source: 'rss' }), []);
});

test('language and source filters use the mention, lang:zh covering both scripts', () => {
  assert.deepEqual(ids('กาแฟอร่อย', 'th'), ['coffee-th']);
  assert.deepEqual(ids('coffee is good', 'en'), []);
  assert.deepEqual(ids('找客服', 'zh-Hant'), ['social', 'zh-only', 'hant-only']);
  assert.deepEqual(ids('找客服', 'zh-Hans'), ['social', 'zh-only']);
  assert.deepEqual(ids('breaking news', 'en', 'rss'), ['rss-news']);
  assert.deepEqual(ids('breaking news', 'en', 'bluesky'), []);
});

test('phrases match the normalised words in order', () => {
  assert.deepEqual(ids('Baan\nDoi'), ['brand']);
  assert.deepEqual(ids('Doi Baan'), []);
});

test('empty and emoji-only mentions match nothing', () => {
  assert.deepEqual(ids(''), []);
  assert.deepEqual(ids('😀🎉❤️'), []);
});

test('topics whose query does not parse are set aside with their errors', () => {
  const mixed = compileTopics([
    { id: 'ok', query: 'coffee' },
    { id: 'bad', query: 'coffee OR' },
  ]);
  assert.equal(mixed.topicCount, 1);
  assert.deepEqual(mixed.rejected, [{ topicId: 'bad', errors: [{ code: 'dangling_operator', start: 7, end: 9 }] }]);
});

test('hundreds of topics share one automaton and each still matches on its own', () => {
  const many = Array.from({ length: 500 }, (_, i) => ({ id: `t${i}`, query: `brand${i} OR แบรนด์${i}x` }));
  const big = compileTopics(many);
  const found = big.match({ text: 'brand7 and แบรนด์42x but not brand4200', language: 'en', source: 'rss' });
  assert.deepEqual(found.map((m) => m.topicId), ['t7', 't42']);
});

test('a 2 MB single line is matched in well under a second', () => {
  const line = 'กาแฟบ้านดอย 虾皮 category concatenate '.repeat(60_000);
  const started = performance.now();
  const found = ids(line, 'th');
  const ms = performance.now() - started;
  assert.ok(line.length > 2_000_000);
  assert.deepEqual(found, ['brand', 'shopee', 'coffee-th']);
  assert.ok(ms < 1500, `${ms} ms`);
});
