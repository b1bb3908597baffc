import { SENTIMENT_LABELS, type SentimentLabel } from '../../../shared/listening/sentiment.schemas.ts';
import { createFeatureVector, extractFeatures, type FeatureOptions, type FeatureVector } from './sentiment-features.domain.ts';

/**
 * Multinomial logistic regression over hashed features. Chosen over naive Bayes or a perceptron
 * because it gives calibrated class probabilities, which is what lets a workspace's correction
 * model sit on top of another model (its logits are the offset the corrections adjust).
 */
export const CLASS_COUNT = SENTIMENT_LABELS.length;

export type LinearModel = {
  features: FeatureOptions;
  /** Locale handed to Intl.Segmenter when the model uses words. */
  locale: string;
  /** Bucket-major: weights[bucket * CLASS_COUNT + class]. */
  weights: Float32Array;
  bias: Float32Array;
  /** Step of the 8-bit grid the weights sit on once quantised; 0 before. */
  scale: number;
  /** How much of another model's logits (the offset, when one is given) this model keeps: 1 by default. */
  offsetWeight: number;
};

/** The model's class scores; `offset` (another model's logits) is added, times offsetWeight, when given. */
export function linearLogits(model: LinearModel, vector: FeatureVector, out: Float32Array, offset?: ArrayLike<number>): Float32Array {
  const { weights, bias } = model;
  let z0 = bias[0]!;
  let z1 = bias[1]!;
  let z2 = bias[2]!;
  const { ids, values, length } = vector;
  for (let k = 0; k < length; k++) {
    const base = ids[k]! * CLASS_COUNT;
    const v = values[k]!;
    z0 += weights[base]! * v;
    z1 += weights[base + 1]! * v;
    z2 += weights[base + 2]! * v;
  }
  const k = offset ? model.offsetWeight : 0;
  out[0] = z0 + (offset ? k * offset[0]! : 0);
  out[1] = z1 + (offset ? k * offset[1]! : 0);
  out[2] = z2 + (offset ? k * offset[2]! : 0);
  return out;
}

export function softmaxInPlace(z: Float32Array): Float32Array {
  const max = Math.max(z[0]!, z[1]!, z[2]!);
  let sum = 0;
  for (let c = 0; c < CLASS_COUNT; c++) {
    z[c] = Math.exp(z[c]! - max);
    sum += z[c]!;
  }
  for (let c = 0; c < CLASS_COUNT; c++) z[c] = z[c]! / sum;
  return z;
}

export function argmax(z: ArrayLike<number>): number {
  let best = 0;
  for (let c = 1; c < z.length; c++) if (z[c]! > z[best]!) best = c;
  return best;
}

/** Polarity in [-1, 1] from class probabilities: P(pos) - P(neg). */
export function polarity(probabilities: ArrayLike<number>): number {
  return probabilities[2]! - probabilities[0]!;
}

const scratch = createFeatureVector();
const scratchLogits = new Float32Array(CLASS_COUNT);

export type LinearPrediction = { label: SentimentLabel; score: number; probabilities: Float32Array };

export function predictLinear(model: LinearModel, text: string): LinearPrediction {
  const vector = extractFeatures(text, model.features, model.locale, scratch);
  const probabilities = softmaxInPlace(linearLogits(model, vector, scratchLogits));
  return { label: SENTIMENT_LABELS[argmax(probabilities)]!, score: polarity(probabilities), probabilities: Float32Array.from(probabilities) };
}

export function createLinearModel(features: FeatureOptions, locale: string): LinearModel {
  return { features, locale, weights: new Float32Array((1 << features.bits) * CLASS_COUNT), bias: new Float32Array(CLASS_COUNT), scale: 0, offsetWeight: 1 };
}

/** Weights rounded to what an 8-bit serialised model can hold, so saving and loading change nothing. */
export function quantise(model: LinearModel): LinearModel {
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 127 : 1;
  for (let i = 0; i < model.weights.length; i++) model.weights[i] = Math.round(model.weights[i]! / scale) * scale;
  model.scale = scale;
  return model;
}
