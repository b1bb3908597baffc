import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createFeatureVector, extractFeatures, type FeatureOptions } from './sentiment-features.domain.ts';
import { linearLogits, predictLinear } from './sentiment-linear.domain.ts';
import { deserialiseModel, serialiseModel } from './sentiment-model-codec.domain.ts';
import { featuriserFor, labelIndex, trainLinear, vectorise } from './sentiment-training.domain.ts';

const FEATURES: FeatureOptions = { bits: 14, charMin: 1, charMax: 3, words: true, wordPairs: true };
const EXAMPLES = [
  ['I love this phone', 'pos'],
  ['great camera, love it', 'pos'],
  ['works great', 'pos'],
  ['terrible battery, hate it', 'neg'],
  ['awful screen', 'neg'],
  ['I hate the charger', 'neg'],
  ['the phone arrived on Monday', 'neu'],
  ['it comes in blue', 'neu'],
] as const;

function train(seed = 1) {
  const vectors = vectorise(
    EXAMPLES.map(([text]) => text),
    featuriserFor(FEATURES, 'en'),
  );
  const labels = Uint8Array.from(EXAMPLES, ([, label]) => labelIndex(label));
  return trainLinear({ vectors, labels }, FEATURES, 'en', { epochs: 20, learningRate: 0.3, l2: 1e-4, classBalance: 1, seed });
}

test('features are hashed deterministically and weigh a text as a unit vector', () => {
  const a = extractFeatures('Sooooo good 5555555', FEATURES, 'en', createFeatureVector());
  const ids = a.ids.slice(0, a.length);
  const b = extractFeatures('sooo GOOD 555', FEATURES, 'en', createFeatureVector(4));
  assert.deepEqual(b.ids.slice(0, b.length), ids, 'case and long repeats are normalised; the buffer grows as needed');
  const norm = Array.from(a.values.slice(0, a.length)).reduce((sum, v) => sum + v * v, 0);
  assert.ok(Math.abs(norm - 1) < 1e-5);
});

test('a trained model separates its training classes', () => {
  const model = train();
  assert.equal(predictLinear(model, 'love it, great').label, 'pos');
  assert.equal(predictLinear(model, 'hate it, awful').label, 'neg');
});

test('serialise and deserialise give identical predictions, and the same seed the same model', () => {
  const model = train();
  const json = JSON.parse(JSON.stringify(serialiseModel(model, 'test')));
  const loaded = deserialiseModel(json, 'test');
  const vector = createFeatureVector();
  for (const text of ['I love it', 'hate this', 'it is blue', 'unseen words entirely']) {
    extractFeatures(text, FEATURES, 'en', vector);
    assert.deepEqual(linearLogits(loaded, vector, new Float32Array(3)), linearLogits(model, vector, new Float32Array(3)));
  }
  assert.deepEqual(serialiseModel(train(), 'test'), serialiseModel(model, 'test'));
  assert.ok(json.weights.length < 20_000, 'only non-zero buckets are stored');
});

test('a damaged or foreign model file is refused with the field at fault', () => {
  const json = serialiseModel(train(), 'test');
  assert.throws(() => deserialiseModel({ ...json, scale: -1 }, 'test'), /sentiment model: scale/);
  assert.throws(() => deserialiseModel({ ...json, format: 'other' }, 'test'), /sentiment model: format/);
  assert.throws(() => deserialiseModel(json, 'workspace'), /purpose is "test", expected "workspace"/);
  assert.throws(() => deserialiseModel({ ...json, weights: '' }, 'test'), /buckets and weights do not match/);
});
