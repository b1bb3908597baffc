import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SENTIMENT_LABELS } from '../../../shared/listening/sentiment.schemas.ts';
import { argmax } from './sentiment-linear.domain.ts';
import { thaiCues } from './sentiment-th-features.domain.ts';
import { defaultThaiModel, thaiLogits, trainThaiModel } from './sentiment-th.domain.ts';
import { deserialiseModel } from './sentiment-model-codec.domain.ts';

const classify = (text: string) => SENTIMENT_LABELS[argmax(thaiLogits(text, new Float32Array(3)))];

test('the committed Thai model loads and classifies obvious sentences', () => {
  const model = defaultThaiModel();
  assert.equal(model.locale, 'th');
  assert.equal(classify('อร่อยมาก ชอบมากค่ะ ประทับใจสุดๆ'), 'pos');
  assert.equal(classify('แย่มาก บริการห่วย ไม่ประทับใจเลย'), 'neg');
  assert.equal(classify('ไม่อร่อยเลย'), 'neg');
});

test('rule cues: laughter, negation, questions and emoji', () => {
  assert.equal(thaiCues('ตลกมาก 55555').laughter, 1);
  assert.equal(thaiCues('ราคา 550 บาท').laughter, 0, 'a price is not laughter');
  assert.deepEqual(
    thaiCues('ไม่อร่อย'),
    { positive: 0, negative: 0, negatedPositive: 1, negatedNegative: 0, question: 0, laughter: 0, emojiPositive: 0, emojiNegative: 0 },
  );
  assert.equal(thaiCues('ไม่ค่อยดี').negatedPositive, 1, 'ไม่ค่อย is a negator too');
  assert.equal(thaiCues('ไม่มีปัญหา').negatedNegative, 1);
  assert.equal(thaiCues('ช้างน่ารัก').negative, 0, 'ช้าง (elephant) is not ช้า (slow)');
  assert.equal(thaiCues('ร้านเปิดกี่โมงคะ มีที่จอดรถไหม').question, 1);
  assert.ok(thaiCues('ได้ของแล้ว 😍').emojiPositive > 0);
  assert.ok(thaiCues('รอนานมาก 😡').emojiNegative > 0);
});

test('training is deterministic and its output loads as the default Thai model', () => {
  const examples = [
    { text: 'อร่อยมาก ชอบ', label: 'pos' as const },
    { text: 'ประทับใจ บริการดี', label: 'pos' as const },
    { text: 'แย่ ห่วยมาก', label: 'neg' as const },
    { text: 'ผิดหวัง ไม่อร่อย', label: 'neg' as const },
    { text: 'เปิดกี่โมง', label: 'neu' as const },
    { text: 'พรุ่งนี้ไปตลาด', label: 'neu' as const },
  ];
  const first = trainThaiModel(examples);
  assert.deepEqual(trainThaiModel(examples), first);
  const model = deserialiseModel(JSON.parse(JSON.stringify(first)), 'th-default');
  assert.equal(SENTIMENT_LABELS[argmax(thaiLogits('อร่อย ชอบ ประทับใจ', new Float32Array(3), model))], 'pos');
});
