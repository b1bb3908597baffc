import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eldSmallTablesFromModule } from './eld-compact.source.ts';
import { detectLanguage, installLanguageTables } from './language-detect.domain.ts';
import { normaliseBase } from './text-normalise.domain.ts';

// Runs first (tests run in order): the tables are installed at its end.
test('scripts need no tables; statistics refuse to guess without them', async () => {
  assert.equal(detectLanguage('ขอบคุณมากค่ะ'), 'th');
  assert.equal(detectLanguage('😀🎉'), 'und');
  assert.throws(() => detectLanguage('Le service client était vraiment excellent'), /language tables are not installed/);
  installLanguageTables(await eldSmallTablesFromModule());
  assert.equal(detectLanguage('Le service client était vraiment excellent'), 'fr');
});

test('Thai by script, also with English brand names in it', () => {
  assert.equal(detectLanguage('วันนี้ไปร้านบ้านดอยมา กาแฟอร่อยมากกกก 555'), 'th');
  assert.equal(detectLanguage('ซื้อ iPhone ที่ Central World ดีมาก'), 'th');
  assert.equal(detectLanguage('โซเชียลมีเดีย'), 'th');
});

test('Chinese by script, Traditional or Simplified by the characters only one script has', () => {
  assert.equal(detectLanguage('我們今天在蝦皮買了東西，客服很好'), 'zh-Hant');
  assert.equal(detectLanguage('我们今天在虾皮买了东西，客服很好'), 'zh-Hans');
  assert.equal(detectLanguage('台北的天氣很好，後來去了公里外的地方'), 'zh-Hant');
  assert.equal(detectLanguage('微博客服'), 'zh', 'characters both scripts share');
});

test('Japanese by kana, Korean by Hangul', () => {
  assert.equal(detectLanguage('今日はとても楽しかったです'), 'ja');
  assert.equal(detectLanguage('오늘 커피가 정말 맛있어요'), 'ko');
});

test('Latin-script text goes to eld', () => {
  assert.equal(detectLanguage('Just tried the new coffee at Baan Doi, amazing service!'), 'en');
  assert.equal(detectLanguage('Le service client était vraiment excellent aujourd’hui'), 'fr');
  assert.equal(detectLanguage('Kopi di sini enak sekali, pelayanannya juga ramah'), 'ms');
  assert.equal(detectLanguage('I love 蝦皮, shipping was fast and the price was fair'), 'en');
});

test('links, handles and hashtags do not sway the statistics', () => {
  assert.equal(detectLanguage('@baandoi_official #coffeelover https://example.com/a/b ขอบคุณมากค่ะ'), 'th');
  assert.equal(detectLanguage('@jean_dupont https://t.co/x the delivery was late again today'), 'en');
});

test('too short to call: plain ASCII counts as English', () => {
  assert.equal(detectLanguage('ok'), 'en');
  assert.equal(detectLanguage('lol'), 'en');
});

test('empty, emoji-only and digits-only mentions have no language', () => {
  assert.equal(detectLanguage(''), 'und');
  assert.equal(detectLanguage('😀🎉❤️'), 'und');
  assert.equal(detectLanguage('12345 !!! 555'), 'und');
});

test('works on base-normalised text as well as raw', () => {
  assert.equal(detectLanguage(normaliseBase('我們在蝦皮買東西')), 'zh-Hant');
  assert.equal(detectLanguage(normaliseBase('ＪＵＳＴ ＴＲＩＥＤ ＴＨＥ ＮＥＷ ＣＯＦＦＥＥ ＴＯＤＡＹ')), 'en');
});

test('a 2 MB single line is judged by its beginning, at once', () => {
  const line = 'the coffee was great and the staff were friendly '.repeat(45_000);
  const started = performance.now();
  assert.equal(detectLanguage(line), 'en');
  assert.ok(performance.now() - started < 200);
});
