import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelFromScore } from './sentiment-rules.domain.ts';
import { chineseLexiconScore, foldToSimplified } from './sentiment-zh.domain.ts';

const score = (text: string) => chineseLexiconScore(text).score;
const label = (text: string) => labelFromScore(score(text));

test('Traditional text scores exactly as its Simplified form', () => {
  assert.equal(foldToSimplified('這間酒店服務態度很好'), '这间酒店服务态度很好');
  assert.equal(score('這間酒店服務態度很好，房間乾淨'), score('这间酒店服务态度很好，房间干净'));
  assert.equal(score('質量太差了，再也不買'), score('质量太差了，再也不买'));
  assert.equal(label('服務很好'), 'pos');
});

test('negators flip, degree adverbs scale, and partial negation stays negative', () => {
  assert.equal(label('很好'), 'pos');
  assert.equal(label('不好'), 'neg');
  assert.equal(label('不太好'), 'neg');
  assert.ok(score('不太好') > score('太不好了'), '"not so good" is milder than "really not good"');
  assert.ok(score('非常满意') > score('满意'));
  assert.ok(score('有点贵') > score('太贵'), '有点 softens, 太 strengthens');
  assert.equal(label('没有让人失望'), 'pos');
  assert.equal(label('一点也不好'), 'neg');
});

test('whole words win over the shorter words inside them', () => {
  assert.equal(label('不错'), 'pos', '不错 is "not bad", not 不 + 错');
  assert.equal(label('好像下雨了'), 'neu', '好像 means "seems"');
  assert.equal(label('好贵'), 'neg', '好 before a sentiment word is "so"');
});

test('contrast, questions and exclamations', () => {
  assert.equal(label('虽然价格有点贵，但是服务非常好'), 'pos');
  assert.equal(label('虽然服务很好，但是价格太贵了'), 'neg');
  assert.ok(Math.abs(score('好吃吗？')) < Math.abs(score('好吃。')), 'a question asks rather than asserts');
  assert.ok(score('好吃！') > score('好吃。'));
  assert.equal(label('今天下午三点开会'), 'neu');
});
