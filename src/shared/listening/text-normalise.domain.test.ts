import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldHanScript, normaliseBase, normaliseForMatching, squeezeRepeats } from './text-normalise.domain.ts';

test('full-width Latin, ideographic spaces and case fold to plain lower case', () => {
  assert.equal(normaliseBase('Ｂａａｎ　Ｄｏｉ'), 'baan doi');
  assert.equal(normaliseBase('STRASSE Straße ΟΔΟΣ'), 'strasse strasse οδοσ');
  assert.equal(normaliseBase('İstanbul').startsWith('i'), true, 'no Turkish locale rules');
});

test('white space collapses to one space and the ends are trimmed', () => {
  assert.equal(normaliseBase('  hello\t\n\n  world \u00a0 '), 'hello world');
  assert.equal(normaliseBase('already clean'), 'already clean');
  assert.equal(normaliseBase(''), '');
  assert.equal(normaliseBase(' \n\t '), '');
});

test('zero-width characters and emoji variation selectors are dropped', () => {
  assert.equal(normaliseBase('บ้าน\u200bดอย'), 'บ้านดอย');
  assert.equal(normaliseBase('soft\u00adhyphen\ufeff'), 'softhyphen');
  assert.equal(normaliseBase('I \u2764\ufe0f it'), 'i \u2764 it');
});

test('Thai keeps tone marks and gets sara am back in one piece', () => {
  const water = 'น้ำ';
  assert.equal(normaliseBase(water), water, 'NFKC splits ำ; it is composed again');
  assert.equal(normaliseBase('\u0e19\u0e49\u0e4d\u0e32'), water, 'decomposed as typed on some keyboards');
  assert.equal(normaliseBase('\u0e19\u0e4d\u0e49\u0e32'), water, 'nikhahit typed before the tone mark');
  assert.equal(normaliseBase('ไม้ ไม่ ใช่'), 'ไม้ ไม่ ใช่');
});

test('Traditional Chinese (Taiwan and Hong Kong forms) folds to Simplified; Simplified is kept', () => {
  assert.equal(normaliseForMatching('蝦皮購物'), '虾皮购物');
  assert.equal(normaliseForMatching('虾皮购物'), '虾皮购物');
  assert.equal(normaliseForMatching('臺灣'), normaliseForMatching('台灣'));
  assert.equal(normaliseForMatching('裡面'), '里面');
  assert.equal(normaliseForMatching('綫上'), '线上');
  assert.equal(normaliseForMatching('微博客服'), '微博客服');
});

test('folding keeps every offset, so ranges found in folded text hold in base text', () => {
  const base = normaliseBase('我們在臺北的蝦皮 shop 買了 𠵾 東西, บ้านดอย');
  assert.equal(foldHanScript(base).length, base.length);
  for (let cp = 0x3400; cp <= 0x9fff; cp++) {
    const ch = String.fromCodePoint(cp);
    assert.equal(foldHanScript(ch).length, 1, `U+${cp.toString(16)}`);
  }
});

test('normalising twice changes nothing', () => {
  for (const sample of ['น้ำ\u0e4d\u0e32', 'Ｂａａｎ Ｄｏｉ  蝦皮', '臺灣 裡 乾隆', 'ΟΔΟΣ Straße']) {
    const once = normaliseForMatching(sample);
    assert.equal(normaliseForMatching(once), once, sample);
  }
});

test('emphasis stays for matching; squeezeRepeats makes the statistics form', () => {
  assert.equal(normaliseBase('ดีมากกกก'), 'ดีมากกกก');
  assert.equal(squeezeRepeats('ดีมากกกก'), 'ดีมาก');
  assert.equal(squeezeRepeats('ค่ะะะะ'), 'ค่ะ');
  assert.equal(squeezeRepeats('soooo good'), 'soo good');
  assert.equal(squeezeRepeats('哈哈哈哈'), '哈哈');
  assert.equal(squeezeRepeats('5555 1000'), '5555 1000');
});

test('a 2 MB single line is normalised in well under a second', () => {
  const line = 'Baan Doi กาแฟดีมาก 蝦皮客服 '.repeat(100_000);
  const started = performance.now();
  const folded = normaliseForMatching(line);
  const ms = performance.now() - started;
  assert.ok(line.length > 2_000_000);
  assert.ok(folded.startsWith('baan doi กาแฟดีมาก 虾皮客服 baan'));
  assert.ok(ms < 1500, `${ms} ms`);
});
