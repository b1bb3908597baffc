import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileWordDictionary, countWords, extractWords, topWords, type WordToken } from './word-stats.domain.ts';

const dictionary = compileWordDictionary(['Baan Doi', 'บ้านดอย', '蝦皮']);
const words = (text: string, language: string) => extractWords(text, language, dictionary).map((t: WordToken) => t.text);

test('the segmenter alone cuts loanwords; the built-in dictionary keeps them whole', () => {
  const bare = [...new Intl.Segmenter('th', { granularity: 'word' }).segment('โซเชียลมีเดีย')].map((s) => s.segment);
  assert.ok(bare.length > 1, 'the reason the dictionary exists');
  assert.deepEqual(words('ชอบโซเชียลมีเดีย', 'th'), ['ชอบ', 'โซเชียลมีเดีย']);
  assert.deepEqual(words('我在微博上找客服', 'zh'), ['我在', '微博', '找', '客服']);
});

test("a workspace's words are single tokens named as the workspace spells them, in either script", () => {
  assert.deepEqual(words('ไปบ้านดอยมา', 'th'), ['บ้านดอย'], 'ไป and มา are stop words');
  assert.deepEqual(words('虾皮和蝦皮', 'zh'), ['蝦皮', '蝦皮']);
  assert.deepEqual(words('Coffee at BAAN DOI', 'en'), ['coffee', 'baan doi']);
  assert.deepEqual(words('baan doily', 'en'), ['baan', 'doily'], 'Latin words keep their boundaries');
});

test('hashtags and handles are their own tokens; links are not words', () => {
  assert.deepEqual(words('Love #BaanDoi cc @baandoi@mastodon.social https://example.com/x', 'en'), [
    'love',
    '#baandoi',
    'cc',
    '@baandoi@mastodon.social',
  ]);
  assert.deepEqual(words('อร่อย #บ้านดอย', 'th'), ['อร่อย', '#บ้านดอย']);
  assert.deepEqual(words('write to info@baandoi.com', 'en'), ['write', 'info', 'baandoi.com']);
});

test('Thai laughter is one token however long; emphasis is squeezed before segmenting', () => {
  assert.deepEqual(words('ตลกมาก 5555555+ 555', 'th'), ['ตลก', 'มาก', '555', '555']);
  assert.deepEqual(words('โทร 0815555123', 'th'), ['โทร']);
  assert.deepEqual(words('ดีมากกกก', 'th'), ['ดี', 'มาก']);
  assert.deepEqual(words('sooooo gooood', 'en'), ['soo', 'good']);
});

test('stop words and numbers of English, Thai and Chinese are left out', () => {
  assert.deepEqual(words('The coffee is really good and I like it', 'en'), ['coffee', 'good']);
  assert.deepEqual(words('กาแฟที่นี่ดีมากครับ', 'th'), ['กาแฟ', 'นี่', 'ดี', 'มาก']);
  assert.deepEqual(words('這個咖啡很好喝', 'zh-Hant'), ['咖啡', '很好', '喝']);
  assert.deepEqual(words('2024 12.5', 'en'), []);
});

test('empty and emoji-only text give no words', () => {
  assert.deepEqual(words('', 'und'), []);
  assert.deepEqual(words('😀🎉❤️', 'und'), []);
});

test('counts add up across mentions and the top list is stable', () => {
  const counts = new Map<string, number>();
  for (const [text, language] of [
    ['บ้านดอย อร่อย', 'th'],
    ['#baandoi บ้านดอย', 'th'],
    ['虾皮 coffee', 'zh'],
    ['coffee 蝦皮 coffee', 'zh'],
  ] as const) {
    countWords(counts, extractWords(text, language, dictionary));
  }
  assert.deepEqual(topWords(counts, 3), [
    { word: 'coffee', count: 3 },
    { word: 'บ้านดอย', count: 2 },
    { word: '蝦皮', count: 2 },
  ]);
});

test('a 2 MB single line is read up to the statistics limit, quickly', () => {
  const line = 'กาแฟบ้านดอยอร่อยมาก 蝦皮客服 great coffee '.repeat(55_000);
  const started = performance.now();
  const tokens = extractWords(line, 'th', dictionary);
  const ms = performance.now() - started;
  assert.ok(line.length > 2_000_000);
  assert.ok(tokens.length > 1000 && tokens.length < 20_000, String(tokens.length));
  assert.ok(ms < 1500, `${ms} ms`);
});
