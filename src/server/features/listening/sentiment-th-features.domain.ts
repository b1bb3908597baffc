import { emojiPolarity } from './sentiment-emoji.data.ts';
import { addNamedFeature, extractFeatures, type FeatureOptions, type FeatureVector } from './sentiment-features.domain.ts';
import { buildLexicon, scanLexicon } from './sentiment-lexicon.domain.ts';
import { type ThEntry, thEntries } from './sentiment-th.data.ts';

/**
 * What the Thai model sees: character 1–3-grams (Thai is written without spaces between words, and
 * n-grams need no word list) plus rule cues whose weight the model learns from its training data:
 * laughter ("555", "ฮ่าๆ"), emoji, cue words, cue words under negation (ไม่, ไม่ได้, ไม่ค่อย), questions.
 */
export const TH_FEATURES: FeatureOptions = { bits: 18, charMin: 1, charMax: 3, words: false, wordPairs: false };

const LEXICON = buildLexicon<ThEntry>(thEntries());
// "5" is pronounced "ha": three or more in a row is laughter.
const LAUGHTER = /5{3,}|ฮ่า|ฮา{2,}|ฮาๆ|อิอิ|คิคิ|ขำ/g;
// A negator reaches a cue word across at most three other characters ("ไม่ได้ว่าดี" is rare; "ไม่ค่อยจะดี" is not).
const NEGATION_REACH = 3;
// Cue counts enter the model beside unit-length n-gram vectors: capped and halved to stay comparable.
const CUE_CAP = 3;
const CUE_WEIGHT = 0.5;

export type ThaiCues = {
  positive: number;
  negative: number;
  negatedPositive: number;
  negatedNegative: number;
  question: number;
  laughter: number;
  emojiPositive: number;
  emojiNegative: number;
};

export function thaiCues(text: string): ThaiCues {
  const cues: ThaiCues = { positive: 0, negative: 0, negatedPositive: 0, negatedNegative: 0, question: 0, laughter: 0, emojiPositive: 0, emojiNegative: 0 };
  let negatorEnd = -1;
  for (const match of scanLexicon(LEXICON, text)) {
    const kind = match.value.kind;
    const negated = negatorEnd >= 0 && match.start - negatorEnd <= NEGATION_REACH;
    if (kind === 'negator') negatorEnd = match.end;
    else if (kind === 'question') cues.question++;
    else if (kind === 'pos' || kind === 'neg') {
      const key = kind === 'pos' ? (negated ? 'negatedPositive' : 'positive') : negated ? 'negatedNegative' : 'negative';
      cues[key]++;
      negatorEnd = -1;
    }
  }
  cues.laughter = text.match(LAUGHTER)?.length ?? 0;
  const emoji = emojiPolarity(text);
  if (emoji.sum > 0) cues.emojiPositive = emoji.sum / 2;
  if (emoji.sum < 0) cues.emojiNegative = -emoji.sum / 2;
  return cues;
}

export function thaiFeatures(text: string, into: FeatureVector): FeatureVector {
  extractFeatures(text, TH_FEATURES, 'th', into);
  const cues = thaiCues(text);
  for (const name of Object.keys(cues) as Array<keyof ThaiCues>) {
    const count = cues[name];
    if (count > 0) addNamedFeature(into, `th:${name}`, Math.min(count, CUE_CAP) * CUE_WEIGHT, TH_FEATURES.bits);
  }
  return into;
}
