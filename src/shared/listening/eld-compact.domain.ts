import { createGramScratch, textGrams } from './eld-compact-grams.domain.ts';
import { type EldTables, packedHash, readEldTables } from './eld-compact.tables.ts';

/*
 * eld's detect() (eld 2.1, Efficient Language Detector by Nito T.M., Apache-2.0,
 * https://github.com/nitotm/efficient-language-detector-js), ported step by step onto the packed
 * tables of eld-compact.tables.ts, so that it gives eld's answers exactly: the same separators,
 * lower-casing, UTF-8 bytes in eld's dictionary, 4-byte n-grams with a stride of 3, sums of scores,
 * first best language, and isReliable() as LanguageResult computes it. Where eld builds strings
 * and an object of n-grams, this writes byte codes into buffers and packs each n-gram into a
 * number (eld-compact-grams.domain.ts), then looks them up in place in the shared buffer.
 */

export type EldResult = { language: string; reliable: boolean };
export type EldDetector = { detect(text: string): EldResult };

const BASE_NGRAM_SCORE = 53; // eld subtracted it from every stored score
const SCALE = 25;
const THRESHOLD_RATIO = 0.75;
const NONE: EldResult = { language: '', reliable: false };

export function createEldDetector(buffer: ArrayBufferLike): EldDetector {
  const tables = readEldTables(buffer);
  const scratch = createGramScratch();
  const scores = new Int32Array(tables.languages.length);
  return {
    detect(text) {
      const { packed, long } = textGrams(text, tables, scratch);
      scores.fill(0);
      // eld counts distinct n-grams, known or not
      let numNgrams = long.size;
      for (let i = 0; i < packed.length; i++) {
        if (i > 0 && packed[i] === packed[i - 1]) continue;
        numNgrams++;
        addScores(tables, packed[i]!, scores);
      }
      const best = maxLanguage(scores);
      if (best === -1) return NONE;
      return { language: tables.languages[best]!, reliable: isReliable(scores, numNgrams, tables.avgScore[best]!) };
    },
  };
}

function addScores(tables: EldTables, packed: number, scores: Int32Array): void {
  const mask = tables.keys.length - 1;
  for (let slot = packedHash(packed) >>> tables.shift; tables.keys[slot] !== 0; slot = (slot + 1) & mask) {
    if (tables.keys[slot] !== packed) continue;
    const entry = tables.entries[slot]!;
    for (let p = entry >>> 8, end = p + (entry & 0xff); p < end; p++) {
      const pair = tables.pairs[p]!;
      scores[pair >> 8]! += (pair & 0xff) + BASE_NGRAM_SCORE;
    }
    return;
  }
}

/** eld's getMaxLang: the first language with the highest positive score, or -1. */
function maxLanguage(scores: Int32Array): number {
  let best = -1;
  let max = 0;
  for (let id = 0; id < scores.length; id++) {
    if (scores[id]! > max) {
      max = scores[id]!;
      best = id;
    }
  }
  return best;
}

/**
 * LanguageResult.isReliable(): scores scaled to 0-1 and sorted (a stable sort, so ties keep id
 * order). eld compares the best score with the *id* of the runner-up (results[1][0]), not its
 * score; kept as it is, since the point is eld's answer.
 */
function isReliable(scores: Int32Array, numNgrams: number, avgScore: number): boolean {
  if (numNgrams < 3) return false;
  let first = -1;
  let second = -1;
  let firstValue = -1;
  let secondValue = -1;
  for (let id = 0; id < scores.length; id++) {
    if (scores[id]! <= 0) continue;
    const ngramScore = scores[id]! / numNgrams;
    const value = ngramScore / (ngramScore + SCALE);
    if (value > firstValue) {
      [second, secondValue, first, firstValue] = [first, firstValue, id, value];
    } else if (value > secondValue) {
      [second, secondValue] = [id, value];
    }
  }
  const nextScore = second === -1 ? 0 : second;
  return !(avgScore * THRESHOLD_RATIO > firstValue || 0.01 > Math.abs(firstValue - nextScore));
}
