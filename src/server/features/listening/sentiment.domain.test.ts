import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deserialiseModel, serialiseModel } from './sentiment-model-codec.domain.ts';
import { engineFor } from './sentiment-engines.domain.ts';
import { type LabelledCorrection, learnFromCorrections, WORKSPACE_MODEL_PURPOSE } from './sentiment-workspace.domain.ts';
import { accuracyOnHeldOut, analyseSentiment } from './sentiment.domain.ts';

test('each language goes to its engine; other Latin text to the English rules, the rest is neutral', () => {
  assert.equal(engineFor('en', 'x'), 'en-rules');
  assert.equal(engineFor('th', 'x'), 'th-linear');
  assert.equal(engineFor('zh-Hant', 'x'), 'zh-rules');
  assert.equal(engineFor('zh-Hans', 'x'), 'zh-rules');
  assert.equal(engineFor('id', 'Mantap, love it'), 'en-rules');
  assert.equal(engineFor('ja', 'とても良い'), 'neutral');
  assert.deepEqual(analyseSentiment('とても良い', 'ja'), { label: 'neu', score: 0, engine: 'neutral' });
});

test('results carry a label, a score in [-1, 1] and the engine', () => {
  const en = analyseSentiment('I love this place! 😍', 'en');
  assert.equal(en.label, 'pos');
  assert.equal(en.engine, 'en-rules');
  const zh = analyseSentiment('服務太差了，非常失望', 'zh-Hant');
  assert.equal(zh.label, 'neg');
  const th = analyseSentiment('อร่อยมาก ประทับใจ', 'th');
  assert.equal(th.label, 'pos');
  for (const r of [en, zh, th]) assert.ok(r.score >= -1 && r.score <= 1);
});

// In this workspace "sick" is praise (a skate shop's followers), which the English rules read as negative.
function skateCorrections(count: number): LabelledCorrection[] {
  const templates = [
    ['that kickflip was sick', 'pos'],
    ['sick new deck, sick grip', 'pos'],
    ['this board is sick', 'pos'],
    ['the shop opens at ten', 'neu'],
    ['wheels arrive on monday', 'neu'],
    ['the delivery was late and rude', 'neg'],
  ] as const;
  return Array.from({ length: count }, (_, i) => {
    const [text, label] = templates[i % templates.length]!;
    return { text: `${text} ${i % 7 === 0 ? '' : `#${i}`}`.trim(), language: 'en', label };
  });
}

test('learning from corrections changes a prediction, and the model survives saving', () => {
  const text = 'sick tricks at the park';
  assert.equal(analyseSentiment(text, 'en').label, 'neg');
  const model = learnFromCorrections(skateCorrections(60));
  const corrected = analyseSentiment(text, 'en', model);
  assert.equal(corrected.label, 'pos');
  assert.equal(corrected.engine, 'en-rules+workspace');
  const loaded = deserialiseModel(JSON.parse(JSON.stringify(serialiseModel(model, WORKSPACE_MODEL_PURPOSE))), WORKSPACE_MODEL_PURPOSE);
  assert.deepEqual(analyseSentiment(text, 'en', loaded), corrected);
  assert.equal(analyseSentiment('the delivery was late', 'en', model).label, 'neg');
});

test('accuracy is measured on every fifth correction, held back from training', () => {
  const result = accuracyOnHeldOut(skateCorrections(80));
  assert.equal(result.heldOut, 16);
  assert.equal(result.trainedOn, 64);
  assert.ok(result.accuracy !== null && result.accuracy >= 0.8, `accuracy ${result.accuracy}`);
  assert.ok(result.macroF1 !== null && result.macroF1 > 0);
  assert.deepEqual(accuracyOnHeldOut(skateCorrections(3)), { heldOut: 0, trainedOn: 3, accuracy: null, macroF1: null });
});
