import afinn from 'sentiment/languages/en/labels.json' with { type: 'json' };
import { emojiPolarity } from './sentiment-emoji.data.ts';
import { EN_BOOSTERS, EN_DAMPENERS, EN_LIKE_SUBJECTS, EN_NEGATORS, EN_SUPPLEMENT } from './sentiment-en.data.ts';
import { type EnglishToken, isStretched, tokeniseEnglish, unstretched } from './sentiment-en-tokens.domain.ts';
import { type LexiconScore, lexiconScore } from './sentiment-rules.domain.ts';

/**
 * English: the AFINN-165 word list (from the `sentiment` package) under rules in the manner of
 * VADER (Hutto & Gilbert, 2014), with its published constants: negation scales a word by -0.74,
 * a booster adds about 30 %, capitals and stretched words add emphasis, "but" shifts the weight to
 * the clause after it, each "!" (up to four) adds 0.292.
 */
const LEXICON: ReadonlyMap<string, number> = new Map([...Object.entries(afinn as Record<string, number>), ...EN_SUPPLEMENT]);
const LONGEST_PHRASE = 3;
// Only words that begin a listed phrase are worth trying as one: most words are not.
const PHRASE_STARTS: ReadonlySet<string> = new Set([...LEXICON.keys()].filter((key) => key.includes(' ')).map((key) => key.split(' ')[0]!));

const NEGATION_SCALAR = -0.74;
const BOOST = 0.3;
const SHOUT = 0.733;
const STRETCH_BOOST = 0.3;
const NEGATION_REACH = 3;

function isNegator(word: string): boolean {
  return EN_NEGATORS.has(word) || word.endsWith("n't");
}

/** A word in a list, also when stretched ("sooo" is "so", "reallyyy" is "really"). */
function listed(list: ReadonlySet<string>, word: string): boolean {
  return list.has(word) || (isStretched(word) && unstretched(word).some((variant) => list.has(variant)));
}

function wordAt(tokens: readonly EnglishToken[], i: number): string | undefined {
  const token = tokens[i];
  return token?.kind === 'word' ? token.word : undefined;
}

function lookup(token: EnglishToken | undefined): number | undefined {
  if (token?.kind !== 'word') return undefined;
  const direct = LEXICON.get(token.word);
  if (direct !== undefined || !token.stretched) return direct;
  for (const variant of unstretched(token.word)) {
    const found = LEXICON.get(variant);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** A phrase listed in AFINN ("can't stand", "does not work") as one unit: its value and length. */
function phraseAt(tokens: readonly EnglishToken[], i: number): [number, number] | undefined {
  let phrase = wordAt(tokens, i);
  if (!phrase || !PHRASE_STARTS.has(phrase)) return undefined;
  for (let length = 2; length <= LONGEST_PHRASE && phrase; length++) {
    const next = wordAt(tokens, i + length - 1);
    if (!next) return undefined;
    phrase = `${phrase} ${next}`;
    const value = LEXICON.get(phrase);
    if (value !== undefined) return [value, length];
  }
  return undefined;
}

function hasValence(tokens: readonly EnglishToken[], i: number): boolean {
  return lookup(tokens[i]) !== undefined;
}

/** Words that modify the next sentiment word, or are not sentiment at all in this place. */
function isModifierHere(tokens: readonly EnglishToken[], i: number, word: string): boolean {
  if (isNegator(word)) return wordAt(tokens, i + 1) !== undefined;
  if (listed(EN_BOOSTERS, word) || listed(EN_DAMPENERS, word)) return hasValence(tokens, i + 1);
  if (word === 'like') return !EN_LIKE_SUBJECTS.has(wordAt(tokens, i - 1) ?? '');
  if ((word === 'kind' || word === 'sort') && wordAt(tokens, i + 1) === 'of') return true;
  return false;
}

/** Negation, boosters and dampeners within the same clause, up to three words back. */
function modify(tokens: readonly EnglishToken[], i: number, valence: number): number {
  let result = valence;
  for (let back = 1; back <= NEGATION_REACH; back++) {
    const word = wordAt(tokens, i - back);
    if (word === undefined) break;
    if (isNegator(word)) result *= NEGATION_SCALAR;
    else if (back <= 2 && listed(EN_BOOSTERS, word)) result += Math.sign(valence) * BOOST * Math.abs(valence);
    else if (back <= 2 && (listed(EN_DAMPENERS, word) || ((word === 'of' || word === 'a') && ['kind', 'sort', 'bit'].includes(wordAt(tokens, i - back - 1) ?? ''))))
      result -= Math.sign(valence) * BOOST * Math.abs(valence);
  }
  return result;
}

export function englishLexiconScore(text: string): LexiconScore {
  const { tokens, exclamations } = tokeniseEnglish(text);
  let butAt = -1;
  for (let i = 0; i < tokens.length; i++) if (wordAt(tokens, i) === 'but') butAt = butAt < 0 ? i : butAt;
  const valences: number[] = [];
  const positions: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'emoticon') {
      valences.push(token.value);
      positions.push(i);
      continue;
    }
    if (token.kind !== 'word') continue;
    const phrase = phraseAt(tokens, i);
    if (!phrase && isModifierHere(tokens, i, token.word)) continue;
    const base = phrase ? phrase[0] : lookup(token);
    if (base === undefined) continue;
    let valence = modify(tokens, i, base);
    if (token.shouting) valence += Math.sign(base) * SHOUT;
    if (token.stretched) valence += Math.sign(base) * STRETCH_BOOST * Math.abs(base);
    valences.push(valence);
    positions.push(i);
    if (phrase) i += phrase[1] - 1;
  }
  if (butAt >= 0) for (let k = 0; k < valences.length; k++) valences[k]! *= positions[k]! < butAt ? 0.5 : 1.5;
  const emoji = emojiPolarity(text);
  return lexiconScore(valences, emoji.sum, exclamations);
}
