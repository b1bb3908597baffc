import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkLanguageTag, languageHint } from './language-tags.ts';

test('a valid tag is accepted in its canonical case', () => {
  assert.deepEqual(checkLanguageTag(' ZH-hant ', []), { ok: true, tag: 'zh-Hant' });
  assert.deepEqual(checkLanguageTag('en-us', ['th']), { ok: true, tag: 'en-US' });
  assert.deepEqual(checkLanguageTag('yue', []), { ok: true, tag: 'yue' });
});

test('a malformed tag is refused rather than saved', () => {
  for (const input of ['thai!', 'x', 'en_US', 'zh-Hant-', '12', 'toolongtag']) {
    assert.deepEqual(checkLanguageTag(input, []), { ok: false, problem: 'invalid' }, input);
  }
});

test('an empty tag and a language already there are told apart', () => {
  assert.deepEqual(checkLanguageTag('   ', []), { ok: false, problem: 'empty' });
  assert.deepEqual(checkLanguageTag('TH', ['th']), { ok: false, problem: 'duplicate' });
  assert.deepEqual(checkLanguageTag('zh-hans', ['zh-Hans']), { ok: false, problem: 'duplicate' });
});

test('writing hints follow the language, not the exact tag', () => {
  assert.equal(languageHint('th'), 'th');
  assert.equal(languageHint('th-TH'), 'th');
  assert.equal(languageHint('zh-Hant-HK'), 'zhHant');
  assert.equal(languageHint('zh-TW'), 'zhHant');
  assert.equal(languageHint('zh-Hans'), 'zhHans');
  assert.equal(languageHint('zh'), 'zh');
  assert.equal(languageHint('en'), null);
});
