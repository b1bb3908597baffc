import { EMOTICON_POLARITY } from './sentiment-emoji.data.ts';

/**
 * English social text cut into what the rules look at: words (hashtags split into theirs), clause
 * boundaries, and the emphasis cues that the rules weigh: ALL CAPS, stretched words, "!".
 */
export type EnglishToken =
  | { kind: 'word'; word: string; shouting: boolean; stretched: boolean }
  | { kind: 'boundary' }
  | { kind: 'emoticon'; value: number };

export type EnglishTokens = { tokens: EnglishToken[]; exclamations: number };

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LOWER = /\p{Ll}/u;
const APOSTROPHES = /[’‘`´]/g;

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return c < 0xd800 && LETTER_OR_DIGIT.test(text[i]!);
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000;
}

function isBoundary(c: number): boolean {
  return c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63;
}

/** The end of the word starting at `start`: letters and digits, with inner apostrophes ("don't"). */
function wordEnd(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && (isWordChar(text, i) || (text.charCodeAt(i) === 39 && i + 1 < end && i > start && isWordChar(text, i + 1)))) i++;
  return i;
}

/** Three of one letter in a row: "sooo", "goooood". */
export function isStretched(word: string): boolean {
  for (let i = 2; i < word.length; i++) if (word[i] === word[i - 1] && word[i] === word[i - 2] && word[i]! > '9') return true;
  return false;
}

function wordToken(raw: string, shoutingAllowed: boolean): EnglishToken {
  const word = raw.toLowerCase();
  const stretched = isStretched(word);
  // Shouted: it has capitals (lower-casing changed it) and no lower-case letter.
  const shouting = shoutingAllowed && raw.length > 1 && raw !== word && !LOWER.test(raw);
  return { kind: 'word', word, shouting, stretched };
}

/** "#NotHappy" → "not", "happy"; "#not_happy" too. */
function hashtagWords(tag: string, into: EnglishToken[]): void {
  let start = 0;
  for (let i = 1; i <= tag.length; i++) {
    const c = tag.charCodeAt(i);
    const upperAfterLower = c >= 65 && c <= 90 && tag.charCodeAt(i - 1) >= 97 && tag.charCodeAt(i - 1) <= 122;
    if (i === tag.length || c === 95 || upperAfterLower) {
      if (i > start) into.push(wordToken(tag.slice(start, i), false));
      start = c === 95 ? i + 1 : i;
    }
  }
}

export function tokeniseEnglish(text: string): EnglishTokens {
  const normal = text.replace(APOSTROPHES, "'");
  // Capitals are emphasis only when the writer also uses lower case: a text all in capitals shouts nothing.
  const shoutingAllowed = LOWER.test(normal);
  const tokens: EnglishToken[] = [];
  let exclamations = 0;
  const n = normal.length;
  let i = 0;
  while (i < n) {
    if (isSpace(normal.charCodeAt(i))) {
      i++;
      continue;
    }
    let chunkEnd = i;
    while (chunkEnd < n && !isSpace(normal.charCodeAt(chunkEnd))) chunkEnd++;
    if (chunkEnd - i <= 4) {
      const emoticon = EMOTICON_POLARITY.get(normal.slice(i, chunkEnd).toLowerCase());
      if (emoticon !== undefined) {
        tokens.push({ kind: 'emoticon', value: emoticon });
        i = chunkEnd;
        continue;
      }
    }
    // A link says nothing about sentiment.
    if (normal.startsWith('http', i) || normal.startsWith('www.', i)) {
      i = chunkEnd;
      continue;
    }
    while (i < chunkEnd) {
      const c = normal.charCodeAt(i);
      if (isWordChar(normal, i)) {
        const end = wordEnd(normal, i, chunkEnd);
        tokens.push(wordToken(normal.slice(i, end), shoutingAllowed));
        i = end;
      } else if ((c === 35 || c === 64) && i + 1 < chunkEnd && isWordChar(normal, i + 1)) {
        let end = i + 1;
        while (end < chunkEnd && (isWordChar(normal, end) || normal.charCodeAt(end) === 95)) end++;
        // An @handle names someone; a #hashtag's words count.
        if (c === 35) hashtagWords(normal.slice(i + 1, end), tokens);
        i = end;
      } else if (isBoundary(c)) {
        if (tokens.at(-1)?.kind !== 'boundary') tokens.push({ kind: 'boundary' });
        if (c === 33) exclamations++;
        i++;
      } else {
        i++;
      }
    }
  }
  return { tokens, exclamations };
}

/** "goooood" → "good", then "god" if need be; the caller tries each against the lexicon. */
export function unstretched(word: string): [string, string] {
  return [word.replace(/(\p{L})\1{2,}/gu, '$1$1'), word.replace(/(\p{L})\1+/gu, '$1')];
}
