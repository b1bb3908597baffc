import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileWordDictionary } from '../../../shared/listening/word-stats.domain.ts';
import { incomingMention } from './incoming-mention.fixtures.ts';
import { ensureLanguageTables } from './language-tables.ts';
import { analyseMention, compileAnalysis, type IncomingMention, mentionTerms, storableText, TERMS_PER_MENTION, topicWords } from './mention-analysis.domain.ts';
import { normaliseChannel } from './mention-channel.domain.ts';

await ensureLanguageTables();

const BRAND = '00000000-0000-4000-8000-00000000000b';
const RIVAL = '00000000-0000-4000-8000-00000000000c';
const ctx = compileAnalysis({
  topics: [
    { id: BRAND, query: '"baan doi" OR บ้านดอย OR 班朵' },
    { id: RIVAL, query: 'lotus lang:en' },
  ],
  userWords: ['Baan Doi'],
  models: [],
  timeZone: 'Asia/Bangkok',
});

const mention = (text: string, extra: Partial<IncomingMention> = {}) => incomingMention(text, { publishedAt: '2024-03-01T18:30:00Z', author: 'Nok', reach: 10, ...extra });

const NOW = Date.parse('2024-03-05T00:00:00Z');

test('language, topics, sentiment and the day in the workspace time zone', () => {
  const thai = analyseMention(ctx, mention('กาแฟบ้านดอยอร่อยมาก ชอบมากค่ะ'), 'webhook', 'other', NOW);
  assert.equal(thai.language, 'th');
  assert.deepEqual(thai.topicIds, [BRAND]);
  assert.equal(thai.sentiment, 'pos');
  assert.ok(thai.sentimentScore > 0);
  // 18:30 UTC on 1 March is 01:30 on 2 March in Bangkok.
  assert.equal(thai.day, '2024-03-02');
  assert.equal(thai.publishedAt, '2024-03-01T18:30:00.000Z');

  const english = analyseMention(ctx, mention('Lotus and BAAN DOI delivery was terrible, never again'), 'webhook', 'other', NOW);
  assert.equal(english.language, 'en');
  assert.deepEqual(english.topicIds.sort(), [BRAND, RIVAL].sort(), 'one mention can match several topics');
  assert.equal(english.sentiment, 'neg');

  const chinese = analyseMention(ctx, mention('班朵的咖啡還可以'), 'webhook', 'other', NOW);
  assert.equal(chinese.language, 'zh-Hant');
  assert.deepEqual(chinese.topicIds, [BRAND]);

  const none = analyseMention(ctx, mention('nothing about anyone here at all'), 'webhook', 'other', NOW);
  assert.deepEqual(none.topicIds, []);
});

test('words and hashtags for statistics; the workspace words are kept whole', () => {
  const row = analyseMention(ctx, mention('Coffee at Baan Doi #Chiangmai #coffee coffee @friend'), 'file', 'other', NOW);
  assert.deepEqual(row.hashtags, ['#chiangmai', '#coffee']);
  assert.equal(row.words[0], 'coffee', 'the most frequent word comes first');
  assert.ok(row.words.includes('baan doi'));
  assert.ok(row.words.includes('@friend'));
});

test('at most TERMS_PER_MENTION words per mention, the most frequent first', () => {
  const dictionary = compileWordDictionary([]);
  const many = Array.from({ length: 40 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
  const text = [...many, 'coffee', 'coffee', 'coffee'].join(' ');
  const { words } = mentionTerms(text, 'en', dictionary);
  assert.equal(words.length, TERMS_PER_MENTION);
  assert.equal(words[0], 'coffee');
});

test('content hash: same text and author from anywhere, whatever the case and spacing; ids fall back to a stable hash', () => {
  const a = analyseMention(ctx, mention('Great  coffee!', { author: ' Nok ' }), 'file', 'other', NOW);
  const b = analyseMention(ctx, mention('great coffee!', { author: 'NOK', externalId: 'x-1' }), 'webhook', 'other', NOW);
  const c = analyseMention(ctx, mention('great coffee!', { author: 'Pim' }), 'webhook', 'other', NOW);
  assert.equal(a.contentHash, b.contentHash);
  assert.notEqual(a.contentHash, c.contentHash);
  assert.equal(b.externalId, 'x-1');
  assert.match(a.externalId, /^hash:/);
  assert.equal(a.externalId, analyseMention(ctx, mention('Great  coffee!', { author: ' Nok ' }), 'file', 'other', NOW).externalId);
});

test('channels are one name per network; counts are clamped; no date means now; text is made storable', () => {
  assert.equal(normaliseChannel('Facebook', null, 'other'), 'facebook');
  assert.equal(normaliseChannel('fb', null, 'other'), 'facebook');
  assert.equal(normaliseChannel(null, 'https://www.pantip.com/topic/1', 'other'), 'pantip');
  assert.equal(normaliseChannel(null, 'https://blog.example.com/a', 'other'), 'blog.example.com');
  assert.equal(normaliseChannel('  ', null, 'mastodon'), 'mastodon');

  const row = analyseMention(ctx, mention('bad\u0000byte \ud800 here', { publishedAt: null, reach: 1e12, likes: -3 }), 'file', 'other', NOW);
  assert.equal(row.publishedAt, new Date(NOW).toISOString());
  assert.equal(row.reach, 2_147_483_647);
  assert.equal(row.likes, 0);
  assert.equal(row.text, 'badbyte \ufffd here');
  assert.equal(storableText('ok'), 'ok');
});

test("a workspace's own model is used for its language", async () => {
  const { learnFromCorrections, WORKSPACE_MODEL_PURPOSE } = await import('./sentiment-workspace.domain.ts');
  const { serialiseModel } = await import('./sentiment-model-codec.domain.ts');
  const corrections = Array.from({ length: 60 }, (_, i) => ({ text: `the zorblax update number ${i}`, language: 'en', label: 'neg' as const }));
  const model = serialiseModel(learnFromCorrections(corrections), WORKSPACE_MODEL_PURPOSE);
  const trained = compileAnalysis({ topics: [], userWords: [], models: [{ language: 'en', model }], timeZone: 'UTC' });
  const plain = analyseMention(ctx, mention('the zorblax update is out'), 'file', 'other', NOW);
  const adjusted = analyseMention(trained, mention('the zorblax update is out'), 'file', 'other', NOW);
  assert.equal(plain.sentiment, 'neu');
  assert.equal(adjusted.sentiment, 'neg');
});

test('brand terms from topic queries stay whole in the word statistics without being added as own words', () => {
  assert.deepEqual(topicWords('("สยามโรสเตอร์" OR 蝦皮) AND coffee NOT ฟรี @siam #กาแฟ lang:th'), ['สยามโรสเตอร์', '蝦皮', 'coffee']);
  assert.deepEqual(topicWords('("unclosed'), [], 'a query that no longer parses adds nothing');
  const plain = compileAnalysis({ topics: [], userWords: [], models: [], timeZone: 'Asia/Bangkok' });
  const withTopic = compileAnalysis({ topics: [{ id: RIVAL, query: 'สยามโรสเตอร์' }], userWords: [], models: [], timeZone: 'Asia/Bangkok' });
  const text = 'วันนี้ไปสยามโรสเตอร์มา กาแฟหอมมาก';
  assert.ok(!analyseMention(plain, mention(text), 'webhook', 'other', NOW).words.includes('สยามโรสเตอร์'), 'the segmenter alone cuts the name');
  assert.ok(analyseMention(withTopic, mention(text), 'webhook', 'other', NOW).words.includes('สยามโรสเตอร์'));
});
