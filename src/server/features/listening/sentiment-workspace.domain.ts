import type { SentimentLabel } from '../../../shared/listening/sentiment.schemas.ts';
import { type BaseEngine, analyseWithEngine, engineFor } from './sentiment-engines.domain.ts';
import { createFeatureVector, extractFeatures, type FeatureOptions, type FeatureVector } from './sentiment-features.domain.ts';
import { CLASS_COUNT, type LinearModel, linearLogits, quantise, softmaxInPlace } from './sentiment-linear.domain.ts';
import { compact, labelIndex, type TrainingSet, type TrainOptions, trainLinear } from './sentiment-training.domain.ts';

/**
 * A workspace's own model, learnt from its users' corrections: a logistic regression over character
 * n-grams, blended with the built-in engine in logit space, (1 - a) × engine + a × corrections.
 * How much to trust each depends on how good the engine already is for this workspace, which
 * only the corrections can tell: from SELECTION_MINIMUM corrections on, each penalty and blend is
 * tried on four fifths of them and the pair with the lowest log-loss on the last fifth is kept
 * (a stronger penalty and a smaller blend win ties; the grid of blends is fine because trying
 * one costs no training). The blend is folded into the model itself:
 * its weights are scaled by a and its offsetWeight is 1 - a.
 */
export const WORKSPACE_MODEL_PURPOSE = 'workspace';

export const WORKSPACE_FEATURES: FeatureOptions = { bits: 18, charMin: 1, charMax: 4, words: false, wordPairs: false };
export const WORKSPACE_TRAINING: TrainOptions = { epochs: 8, learningRate: 0.3, l2: 1e-2, classBalance: 0, seed: 1, initialAccumulator: 0.1 };

export const L2_CANDIDATES = [1e-2, 3e-3, 1e-3, 3e-4] as const;
export const BLEND_CANDIDATES = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1] as const;
export const SELECTION_MINIMUM = 50;
/** Below SELECTION_MINIMUM corrections: the strongest penalty, and a quarter of the say. */
const FEW_CORRECTIONS = { l2: L2_CANDIDATES[0], blend: 0.25 };

export type LabelledCorrection = { text: string; language: string; label: SentimentLabel };

export type BaseAnalysis = { engine: BaseEngine; score: number; logits: Float32Array };

export function analyseBase(text: string, language: string): BaseAnalysis {
  const engine = engineFor(language, text);
  const logits = new Float32Array(CLASS_COUNT);
  const score = analyseWithEngine(engine, text, logits);
  return { engine, score, logits };
}

export function workspaceFeatures(text: string, into: FeatureVector): FeatureVector {
  return extractFeatures(text, WORKSPACE_FEATURES, 'und', into);
}

type Prepared = TrainingSet & { engineLogits: Float32Array };

function prepare(corrections: readonly LabelledCorrection[], analyse: (text: string, language: string) => BaseAnalysis): Prepared {
  const buffer = createFeatureVector();
  const engineLogits = new Float32Array(corrections.length * CLASS_COUNT);
  const vectors = corrections.map((correction, i) => {
    engineLogits.set(analyse(correction.text, correction.language).logits, i * CLASS_COUNT);
    return compact(workspaceFeatures(correction.text, buffer));
  });
  return { vectors, labels: Uint8Array.from(corrections, (c) => labelIndex(c.label)), engineLogits };
}

function subset(set: Prepared, keep: (i: number) => boolean): Prepared {
  const indices = set.vectors.map((_, i) => i).filter(keep);
  const engineLogits = new Float32Array(indices.length * CLASS_COUNT);
  indices.forEach((index, i) => {
    engineLogits.set(set.engineLogits.subarray(index * CLASS_COUNT, (index + 1) * CLASS_COUNT), i * CLASS_COUNT);
  });
  return { vectors: indices.map((i) => set.vectors[i]!), labels: Uint8Array.from(indices, (i) => set.labels[i]!), engineLogits };
}

function blendedLogLoss(model: LinearModel, set: Prepared, blend: number): number {
  const z = new Float32Array(CLASS_COUNT);
  let loss = 0;
  for (let i = 0; i < set.vectors.length; i++) {
    linearLogits(model, set.vectors[i]!, z);
    for (let c = 0; c < CLASS_COUNT; c++) z[c] = blend * z[c]! + (1 - blend) * set.engineLogits[i * CLASS_COUNT + c]!;
    loss -= Math.log(Math.max(softmaxInPlace(z)[set.labels[i]!]!, 1e-9));
  }
  return loss / set.vectors.length;
}

function choose(set: Prepared, options: TrainOptions): { l2: number; blend: number } {
  if (set.vectors.length < SELECTION_MINIMUM) return FEW_CORRECTIONS;
  const fit = subset(set, (i) => i % 5 !== 4);
  const check = subset(set, (i) => i % 5 === 4);
  let best = { l2: L2_CANDIDATES[0] as number, blend: BLEND_CANDIDATES[0] as number, loss: Number.POSITIVE_INFINITY };
  for (const l2 of L2_CANDIDATES) {
    const model = trainLinear(fit, WORKSPACE_FEATURES, 'und', { ...options, l2 });
    for (const blend of BLEND_CANDIDATES) {
      const loss = blendedLogLoss(model, check, blend);
      if (loss < best.loss) best = { l2, blend, loss };
    }
  }
  return best;
}

/** Trains the workspace model; deterministic for the same corrections in the same order. */
export function learnFromCorrections(
  corrections: readonly LabelledCorrection[],
  options: TrainOptions = WORKSPACE_TRAINING,
  analyse: (text: string, language: string) => BaseAnalysis = analyseBase,
): LinearModel {
  const set = prepare(corrections, analyse);
  const { l2, blend } = choose(set, options);
  const model = trainLinear(set, WORKSPACE_FEATURES, 'und', { ...options, l2 });
  for (let i = 0; i < model.weights.length; i++) model.weights[i]! *= blend;
  for (let c = 0; c < CLASS_COUNT; c++) model.bias[c]! *= blend;
  model.offsetWeight = 1 - blend;
  return quantise(model);
}

const scratch = createFeatureVector();

/** The blend of the engine's logits and the workspace model's, into `out`. */
export function workspaceLogits(model: LinearModel, text: string, base: BaseAnalysis, out: Float32Array): Float32Array {
  return linearLogits(model, workspaceFeatures(text, scratch), out, base.logits);
}
