import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  foldHanCodePoint,
  hanScriptSignal,
  SCRIPT_NEUTRAL,
  SCRIPT_SIMPLIFIED,
  SCRIPT_TRADITIONAL,
} from './han-script.domain.ts';

const cp = (ch: string) => ch.codePointAt(0) ?? 0;
const fold = (ch: string) => String.fromCodePoint(foldHanCodePoint(cp(ch)));

test('Traditional, Taiwan and Hong Kong variants fold to one Simplified character', () => {
  assert.equal(fold('蝦'), '虾');
  assert.equal(fold('灣'), '湾');
  assert.equal(fold('裡'), '里', 'through the variant 裏');
  assert.equal(fold('臺'), '台');
  assert.equal(fold('虾'), '虾');
  assert.equal(fold('客'), '客');
});

test('the fold is idempotent over every CJK ideograph', () => {
  for (let c = 0x3400; c <= 0x9fff; c++) {
    const once = foldHanCodePoint(c);
    assert.equal(foldHanCodePoint(once), once, `U+${c.toString(16)}`);
  }
});

test('only characters of one script alone say which script a text is in', () => {
  for (const ch of '蝦灣發東們') assert.equal(hanScriptSignal(cp(ch)), SCRIPT_TRADITIONAL, ch);
  for (const ch of '虾湾发东们') assert.equal(hanScriptSignal(cp(ch)), SCRIPT_SIMPLIFIED, ch);
  // Changed by OpenCC in one direction, yet everyday characters in Taiwan as well.
  for (const ch of '台里后干客服微博的') assert.equal(hanScriptSignal(cp(ch)), SCRIPT_NEUTRAL, ch);
});
