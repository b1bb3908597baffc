import OpenCC from 'opencc-js/t2cn';
import { emojiPolarity } from './sentiment-emoji.data.ts';
import { buildLexicon, type LexiconMatch, scanLexicon } from './sentiment-lexicon.domain.ts';
import { type LexiconScore, lexiconScore } from './sentiment-rules.domain.ts';
import { type ZhEntry, zhEntries } from './sentiment-zh.data.ts';

/**
 * Chinese, both scripts: Traditional text is folded to Simplified (OpenCC's Hong Kong and Taiwan
 * variant tables, then Traditional → Simplified), then our lexicon is matched longest first and
 * the rules weigh each sentiment word by the negators and degree adverbs just before it in its
 * clause, the contrast words (但是, 可是, 不过) and whether the clause asks or exclaims.
 */
const LEXICON = buildLexicon<ZhEntry>(zhEntries());

const toSimplified = OpenCC.ConverterFactory(OpenCC.Locale.from.hk!, OpenCC.Locale.from.tw!, OpenCC.Locale.to.cn!);

/**
 * Characters that Simplified text does not use (the keys of OpenCC's Traditional → Simplified
 * character table): a text without any needs no folding, which is most of the cost saved.
 */
function traditionalCharacters(): Uint8Array {
  const found = new Uint8Array(0x10000);
  for (const table of OpenCC.Locale.to.cn!.flat()) {
    if (typeof table !== 'string') continue;
    for (const pair of table.split('|')) {
      const [source, target] = pair.split(' ');
      if (source && source.length === 1 && source !== target) found[source.charCodeAt(0)] = 1;
    }
  }
  return found;
}
const TRADITIONAL = traditionalCharacters();

export function foldToSimplified(text: string): string {
  for (let i = 0; i < text.length; i++) if (TRADITIONAL[text.charCodeAt(i)] === 1) return toSimplified(text);
  return text;
}

const NEGATION_SCALAR = -0.74;
// A modifier reaches a sentiment word across at most two other characters ("没有让人失望").
const MODIFIER_REACH = 2;
const QUESTION_WEIGHT = 0.5;

type Modifiers = { negations: number; strong: boolean; partial: boolean; degree: number; end: number };
const noModifiers = (): Modifiers => ({ negations: 0, strong: false, partial: false, degree: 1, end: -1 });

function modified(value: number, match: LexiconMatch<ZhEntry>, m: Modifiers): number {
  if (m.end < 0 || match.start - m.end > MODIFIER_REACH) return value;
  // "不太好" (not so good): the negation stands, the degree adverb under it does not intensify.
  if (m.partial) return NEGATION_SCALAR * value;
  const intensified = value * m.degree;
  if (m.negations % 2 === 0) return intensified;
  return m.strong ? -intensified : NEGATION_SCALAR * intensified;
}

export function chineseLexiconScore(text: string): LexiconScore {
  const matches = scanLexicon(LEXICON, foldToSimplified(text));
  const valences: number[] = [];
  let modifiers = noModifiers();
  let clauseStart = 0;
  let clauseQuestion = false;
  let contrastAt = -1;
  let exclamations = 0;
  for (let k = 0; k < matches.length; k++) {
    const match = matches[k]!;
    const entry = match.value;
    switch (entry.kind) {
      case 'negator':
        modifiers.negations++;
        modifiers.strong ||= entry.strong === true;
        modifiers.end = match.end;
        break;
      case 'partial':
        modifiers.partial = true;
        modifiers.end = match.end;
        break;
      case 'degree':
        modifiers.degree *= entry.factor;
        modifiers.end = match.end;
        break;
      case 'contrast':
        if (contrastAt < 0) contrastAt = valences.length;
        modifiers = noModifiers();
        break;
      case 'question':
        clauseQuestion = true;
        break;
      case 'boundary':
        // A question asks rather than asserts: its sentiment words count half.
        if (entry.question || clauseQuestion) for (let v = clauseStart; v < valences.length; v++) valences[v]! *= QUESTION_WEIGHT;
        if (entry.exclamation) exclamations++;
        clauseStart = valences.length;
        clauseQuestion = false;
        modifiers = noModifiers();
        break;
      case 'word': {
        const next = matches[k + 1];
        if (entry.degree !== undefined && next?.value.kind === 'word' && next.start === match.end) {
          modifiers.degree *= entry.degree;
          modifiers.end = match.end;
          break;
        }
        valences.push(modified(entry.value, match, modifiers));
        modifiers = noModifiers();
        break;
      }
      case 'neutral':
        break;
    }
  }
  if (clauseQuestion) for (let v = clauseStart; v < valences.length; v++) valences[v]! *= QUESTION_WEIGHT;
  // What follows "but" is what the writer means to say.
  if (contrastAt >= 0) for (let v = 0; v < valences.length; v++) valences[v]! *= v < contrastAt ? 0.5 : 1.5;
  return lexiconScore(valences, emojiPolarity(text).sum, exclamations);
}
