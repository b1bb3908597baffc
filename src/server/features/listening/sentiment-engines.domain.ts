import { englishLexiconScore } from './sentiment-en.domain.ts';
import { CLASS_COUNT, polarity, softmaxInPlace } from './sentiment-linear.domain.ts';
import { lexiconLogits } from './sentiment-rules.domain.ts';
import { thaiLogits } from './sentiment-th.domain.ts';
import { chineseLexiconScore } from './sentiment-zh.domain.ts';

/**
 * The built-in engine per language, each giving class logits (neg, neu, pos): the lexicon engines
 * derive theirs from the rule score, the Thai model computes them. A workspace model adds to them.
 */
export type BaseEngine = 'en-rules' | 'th-linear' | 'zh-rules' | 'neutral';

const LATIN_LETTER = /\p{Script=Latin}/u;
const ANY_LETTER = /\p{L}/gu;
const LATIN_LETTERS = /\p{Script=Latin}/gu;

/** Engine for a language tag: en, th and zh (zh-Hans, zh-Hant, zh-TW…) by name, else by script. */
export function engineFor(language: string, text: string): BaseEngine {
  const primary = language.toLowerCase().split(/[-_]/)[0];
  if (primary === 'en') return 'en-rules';
  if (primary === 'th') return 'th-linear';
  if (primary === 'zh') return 'zh-rules';
  // English rules read other Latin-script text only where most of its letters are Latin (English
  // sentiment words and emoji are common in mixed posts); anything else has no engine of its own.
  if (!LATIN_LETTER.test(text)) return 'neutral';
  const letters = text.match(ANY_LETTER)?.length ?? 0;
  const latin = text.match(LATIN_LETTERS)?.length ?? 0;
  return latin * 2 > letters ? 'en-rules' : 'neutral';
}

const probabilities = new Float32Array(CLASS_COUNT);

/**
 * Fills `logits` with the engine's class logits for the text and returns its score in [-1, 1]:
 * the rule score for the lexicon engines, P(pos) - P(neg) for the Thai model.
 */
export function analyseWithEngine(engine: BaseEngine, text: string, logits: Float32Array): number {
  switch (engine) {
    case 'en-rules': {
      const { score } = englishLexiconScore(text);
      lexiconLogits(score, logits);
      return score;
    }
    case 'zh-rules': {
      const { score } = chineseLexiconScore(text);
      lexiconLogits(score, logits);
      return score;
    }
    case 'th-linear':
      thaiLogits(text, logits);
      probabilities.set(logits);
      return polarity(softmaxInPlace(probabilities));
    case 'neutral':
      logits.fill(0, 0, CLASS_COUNT);
      return 0;
  }
}
