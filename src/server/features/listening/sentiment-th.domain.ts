import type { SentimentLabel } from '../../../shared/listening/sentiment.schemas.ts';
import thaiModelFile from './models/sentiment-th.model.json' with { type: 'json' };
import { createFeatureVector } from './sentiment-features.domain.ts';
import { type LinearModel, linearLogits } from './sentiment-linear.domain.ts';
import { deserialiseModel, type SerialisedModel, serialiseModel } from './sentiment-model-codec.domain.ts';
import { TH_FEATURES, thaiFeatures } from './sentiment-th-features.domain.ts';
import { labelIndex, type TrainOptions, trainLinear, vectorise } from './sentiment-training.domain.ts';

/**
 * Thai: a logistic regression over character n-grams and rule cues, trained by
 * `socialplan sentiment train` on the Wisesight corpus (public domain) and committed as
 * models/sentiment-th.model.json. The options below were chosen by 5-fold cross-validation on
 * Wisesight's train split alone (macro-F1 0.664): n-grams of 1–3 characters (1–4 and Intl.Segmenter
 * words each added under 0.01 for 2.5 times the model size), classes balanced at 0.75 (a neutral
 * majority otherwise swallows the smaller classes), three passes.
 */
export const THAI_MODEL_PURPOSE = 'th-default';

export const TH_TRAINING: TrainOptions = { epochs: 3, learningRate: 0.3, l2: 1e-4, classBalance: 0.75, seed: 1 };

export type LabelledText = { text: string; label: SentimentLabel };

export function trainThaiModel(examples: readonly LabelledText[]): SerialisedModel {
  const vectors = vectorise(
    examples.map((e) => e.text),
    thaiFeatures,
  );
  const labels = Uint8Array.from(examples, (e) => labelIndex(e.label));
  return serialiseModel(trainLinear({ vectors, labels }, TH_FEATURES, 'th', TH_TRAINING), THAI_MODEL_PURPOSE);
}

let defaultModel: LinearModel | undefined;
/** Decoded on first use (a few milliseconds), then shared. */
export function defaultThaiModel(): LinearModel {
  defaultModel ??= deserialiseModel(thaiModelFile, THAI_MODEL_PURPOSE);
  return defaultModel;
}

const vector = createFeatureVector();

export function thaiLogits(text: string, out: Float32Array, model: LinearModel = defaultThaiModel()): Float32Array {
  return linearLogits(model, thaiFeatures(text, vector), out);
}
