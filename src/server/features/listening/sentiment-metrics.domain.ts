import { SENTIMENT_LABELS, type SentimentLabel } from '../../../shared/listening/sentiment.schemas.ts';

export type Scores = { count: number; accuracy: number; macroF1: number };

/**
 * Accuracy and macro-F1 (the unweighted mean of each class's F1). Macro-F1 averages over the
 * classes that occur in the gold labels or the predictions, so a two-class set is scored on two.
 */
export function scorePredictions(gold: readonly SentimentLabel[], predicted: readonly SentimentLabel[]): Scores {
  if (gold.length !== predicted.length) throw new Error('gold and predicted labels differ in length');
  if (gold.length === 0) return { count: 0, accuracy: 0, macroF1: 0 };
  let correct = 0;
  const truePositive = new Map<SentimentLabel, number>();
  const goldCount = new Map<SentimentLabel, number>();
  const predictedCount = new Map<SentimentLabel, number>();
  for (let i = 0; i < gold.length; i++) {
    const g = gold[i]!;
    const p = predicted[i]!;
    goldCount.set(g, (goldCount.get(g) ?? 0) + 1);
    predictedCount.set(p, (predictedCount.get(p) ?? 0) + 1);
    if (g === p) {
      correct++;
      truePositive.set(g, (truePositive.get(g) ?? 0) + 1);
    }
  }
  let f1Sum = 0;
  let classes = 0;
  for (const label of SENTIMENT_LABELS) {
    const inGold = goldCount.get(label) ?? 0;
    const inPredicted = predictedCount.get(label) ?? 0;
    if (inGold === 0 && inPredicted === 0) continue;
    classes++;
    f1Sum += (2 * (truePositive.get(label) ?? 0)) / (inGold + inPredicted);
  }
  return { count: gold.length, accuracy: correct / gold.length, macroF1: f1Sum / classes };
}
