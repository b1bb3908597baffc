import { SENTIMENT_LABELS, type SentimentLabel } from '../../../shared/listening/sentiment.schemas.ts';
import { CLASS_COUNT, createLinearModel, type LinearModel, linearLogits, quantise, softmaxInPlace } from './sentiment-linear.domain.ts';
import { createFeatureVector, extractFeatures, type FeatureOptions, type FeatureVector } from './sentiment-features.domain.ts';

/** One example's features, copied out of the reusable extraction buffer. */
export type CompactVector = { ids: Int32Array; values: Float32Array; length: number };

export type TrainingSet = {
  vectors: CompactVector[];
  /** Class index per example (see SENTIMENT_LABELS). */
  labels: Uint8Array;
  /** Another model's logits per example (CLASS_COUNT each): the model learns what to add to them. */
  offsets?: Float32Array;
};

export type TrainOptions = {
  epochs: number;
  /** AdaGrad's base step. */
  learningRate: number;
  /** L2 penalty, applied to the weights an example touches. */
  l2: number;
  /** 0 leaves class frequencies alone, 1 weighs every class as if equally common. */
  classBalance: number;
  /** Order of the examples in each epoch, so that training is reproducible. */
  seed: number;
  /**
   * AdaGrad's starting sum of squared gradients. Near zero, a weight's first step is the full
   * learning rate whatever its gradient; larger, the first steps follow the gradient's size, which
   * keeps a model learnt from few examples from jumping on rare n-grams.
   */
  initialAccumulator?: number;
};

export function labelIndex(label: SentimentLabel): number {
  return SENTIMENT_LABELS.indexOf(label);
}

export function compact(vector: FeatureVector): CompactVector {
  return { ids: vector.ids.slice(0, vector.length), values: vector.values.slice(0, vector.length), length: vector.length };
}

export type Featuriser = (text: string, into: FeatureVector) => FeatureVector;

export function featuriserFor(features: FeatureOptions, locale: string): Featuriser {
  return (text, into) => extractFeatures(text, features, locale, into);
}

export function vectorise(texts: readonly string[], featurise: Featuriser): CompactVector[] {
  const buffer = createFeatureVector();
  return texts.map((text) => compact(featurise(text, buffer)));
}

/** Mulberry32: small, fast and the same on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffledIndices(count: number, random: () => number): Uint32Array {
  const order = new Uint32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  return order;
}

function classWeights(labels: Uint8Array, balance: number): Float64Array {
  const counts = new Float64Array(CLASS_COUNT);
  for (const label of labels) counts[label]!++;
  const weights = new Float64Array(CLASS_COUNT);
  for (let c = 0; c < CLASS_COUNT; c++) weights[c] = counts[c]! > 0 ? (labels.length / (CLASS_COUNT * counts[c]!)) ** balance : 0;
  return weights;
}

/**
 * Logistic regression by AdaGrad, which adapts each weight's step to how often its feature
 * occurs: rare n-grams still learn while frequent ones settle. Weights end on the 8-bit grid.
 */
export function trainLinear(set: TrainingSet, features: FeatureOptions, locale: string, options: TrainOptions): LinearModel {
  const model = createLinearModel(features, locale);
  const { weights, bias } = model;
  const start = options.initialAccumulator ?? 0;
  const squared = new Float32Array(weights.length).fill(start);
  const biasSquared = new Float64Array(CLASS_COUNT).fill(start);
  const perClass = classWeights(set.labels, options.classBalance);
  const random = seededRandom(options.seed);
  const z = new Float32Array(CLASS_COUNT);
  const gradient = new Float64Array(CLASS_COUNT);
  const { learningRate: rate, l2 } = options;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const index of shuffledIndices(set.vectors.length, random)) {
      const vector = set.vectors[index]!;
      const label = set.labels[index]!;
      linearLogits(model, vector, z, set.offsets?.subarray(index * CLASS_COUNT, index * CLASS_COUNT + CLASS_COUNT));
      softmaxInPlace(z);
      for (let c = 0; c < CLASS_COUNT; c++) gradient[c] = (z[c]! - (c === label ? 1 : 0)) * perClass[label]!;
      for (let c = 0; c < CLASS_COUNT; c++) {
        biasSquared[c]! += gradient[c]! ** 2;
        bias[c]! -= (rate * gradient[c]!) / Math.sqrt(biasSquared[c]! + 1e-8);
      }
      for (let k = 0; k < vector.length; k++) {
        const base = vector.ids[k]! * CLASS_COUNT;
        const v = vector.values[k]!;
        for (let c = 0; c < CLASS_COUNT; c++) {
          const i = base + c;
          const g = gradient[c]! * v + l2 * weights[i]!;
          squared[i]! += g * g;
          weights[i]! -= (rate * g) / Math.sqrt(squared[i]! + 1e-8);
        }
      }
    }
  }
  return quantise(model);
}
