import type { SentimentLabel } from '../../../shared/listening/sentiment.schemas.ts';

/**
 * What the lexicon engines (English, Chinese) share: summing word valences on the AFINN scale,
 * squashing the sum into [-1, 1], the neutral band, and class logits a correction model can adjust.
 */
export type LexiconScore = {
  /** Sum of the valences after the rules, in AFINN units. */
  sum: number;
  /** The sum squashed into [-1, 1]. */
  score: number;
  /** How many words, emoji or emoticons carried a valence. */
  hits: number;
};

// VADER's normalisation constant: a sum of ±15 (several strong words) comes close to ±1.
const SQUASH = 15;
const EXCLAMATION = 0.292;
const MAX_EXCLAMATIONS = 4;

export function squash(sum: number): number {
  return sum === 0 ? 0 : sum / Math.sqrt(sum * sum + SQUASH);
}

export function lexiconScore(valences: readonly number[], emojiSum: number, exclamations: number): LexiconScore {
  let sum = emojiSum;
  for (const valence of valences) sum += valence;
  // "!" strengthens whatever the text already says; it carries no direction of its own.
  if (sum !== 0) sum += Math.sign(sum) * EXCLAMATION * Math.min(exclamations, MAX_EXCLAMATIONS);
  return { sum, score: squash(sum), hits: valences.length + (emojiSum !== 0 ? 1 : 0) };
}

/**
 * One weak word (AFINN ±1, "please", "want", "hard") does not make a mention positive or negative:
 * it takes at least a quarter more than that, e.g. a ±1 word with an intensifier or a "!".
 */
export const NEUTRAL_SUM = 1.25;
export const NEUTRAL_BAND = squash(NEUTRAL_SUM);

export function labelFromScore(score: number): SentimentLabel {
  if (score > NEUTRAL_BAND) return 'pos';
  if (score < -NEUTRAL_BAND) return 'neg';
  return 'neu';
}

// Slope of the logits: a score of ±1 gives its class a probability of about 0.95.
const LOGIT_SLOPE = 4;

/** Class logits (neg, neu, pos) that agree with labelFromScore: neutral is the zero line. */
export function lexiconLogits(score: number, out: Float32Array): Float32Array {
  out[0] = LOGIT_SLOPE * (-score - NEUTRAL_BAND);
  out[1] = 0;
  out[2] = LOGIT_SLOPE * (score - NEUTRAL_BAND);
  return out;
}
