import { SENTIMENT_LABELS, type SentimentAccuracy, type SentimentEngine, type SentimentResult } from '../../../shared/listening/sentiment.schemas.ts';
import { CLASS_COUNT, type LinearModel, argmax, polarity, softmaxInPlace } from './sentiment-linear.domain.ts';
import { scorePredictions } from './sentiment-metrics.domain.ts';
import { labelFromScore } from './sentiment-rules.domain.ts';
import { analyseBase, type LabelledCorrection, learnFromCorrections, workspaceLogits } from './sentiment-workspace.domain.ts';

/**
 * The one entry point: sentiment of a text in a language (en, th, zh-Hans, zh-Hant; other Latin-
 * script text gets the English rules, the rest is neutral), adjusted by the workspace's model when
 * it has one.
 */
const logits = new Float32Array(CLASS_COUNT);

export function analyseSentiment(text: string, language: string, workspaceModel?: LinearModel): SentimentResult {
  const base = analyseBase(text, language);
  if (!workspaceModel) {
    // The lexicon engines' label is their neutral band on the score; the Thai model's is its argmax.
    const label = base.engine === 'th-linear' ? SENTIMENT_LABELS[argmax(base.logits)]! : labelFromScore(base.score);
    return { label, score: base.score, engine: base.engine };
  }
  workspaceLogits(workspaceModel, text, base, logits);
  const label = SENTIMENT_LABELS[argmax(logits)]!;
  return { label, score: polarity(softmaxInPlace(logits)), engine: `${base.engine}+workspace` satisfies SentimentEngine };
}

/** Every fifth correction is held back: the model learns from the rest and is scored on those. */
export const HOLD_OUT_EVERY = 5;

export function accuracyOnHeldOut(corrections: readonly LabelledCorrection[]): SentimentAccuracy {
  const training = corrections.filter((_, i) => i % HOLD_OUT_EVERY !== HOLD_OUT_EVERY - 1);
  const heldOut = corrections.filter((_, i) => i % HOLD_OUT_EVERY === HOLD_OUT_EVERY - 1);
  if (heldOut.length === 0 || training.length === 0) return { heldOut: heldOut.length, trainedOn: training.length, accuracy: null, macroF1: null };
  const model = learnFromCorrections(training);
  const predicted = heldOut.map((c) => analyseSentiment(c.text, c.language, model).label);
  const scores = scorePredictions(
    heldOut.map((c) => c.label),
    predicted,
  );
  return { heldOut: heldOut.length, trainedOn: training.length, accuracy: scores.accuracy, macroF1: scores.macroF1 };
}
