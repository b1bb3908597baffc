import { buildAutomaton } from './aho-corasick.domain.ts';
import { forEachAsciiWord } from './ascii-words.domain.ts';
import { isSpacedWordUnit, isTagUnit } from './char-class.domain.ts';
import { BUILT_IN_WORDS, STOP_WORDS } from './stop-words.data.ts';
import { foldHanScript, normaliseBase, normaliseForMatching, squeezeRepeats } from './text-normalise.domain.ts';

/*
 * Words for "top words" statistics, never for matching. Intl.Segmenter cuts loanwords and names
 * (โซเชียลมีเดีย, 微博, 客服), so dictionary words are found first, on Han-folded text with the same
 * automaton as topics, and kept whole; hashtags, handles and Thai laughter (555+) are tokens of
 * their own; only the gaps between them are squeezed (ดีมากกกก → ดีมาก) and segmented.
 * Statistics read at most MAX_STATS_CHARS of a mention: past that, a post is not one voice.
 */

export const MAX_STATS_CHARS = 20_000;
export type WordKind = 'word' | 'dictionary' | 'hashtag' | 'handle' | 'laughter';
export type WordToken = { text: string; kind: WordKind };
/** A stretch kept whole; links have no token (they are skipped, not counted). */
export type WordSpan = { start: number; end: number; token: WordToken | null };

export type WordDictionary = {
  readonly size: number;
  /** Dictionary words found in `folded`, longest first at each place, never overlapping. */
  find(folded: string): WordSpan[];
};

/** The built-in loanwords plus a workspace's own words (brand names, slang). */
export function compileWordDictionary(userWords: readonly string[]): WordDictionary {
  const display = new Map<string, string>();
  for (const word of [...BUILT_IN_WORDS, ...userWords]) {
    const pattern = normaliseForMatching(word);
    // The user's own spelling names the token (a later entry wins), in whichever script they wrote.
    if (pattern !== '') display.set(pattern, normaliseBase(word));
  }
  const patterns = [...display.keys()];
  const names = patterns.map((p) => display.get(p) ?? p);
  const automaton = buildAutomaton(patterns);
  const edges = patterns.map((p) => (isSpacedWordUnit(p.charCodeAt(0)) ? 1 : 0) | (isSpacedWordUnit(p.charCodeAt(p.length - 1)) ? 2 : 0));
  return {
    size: patterns.length,
    find(folded) {
      const hits: WordSpan[] = [];
      automaton.scan(folded, (id, end) => {
        const start = end - (patterns[id]?.length ?? 0);
        const edge = edges[id] ?? 0;
        if (edge & 1 && start > 0 && isSpacedWordUnit(folded.charCodeAt(start - 1))) return;
        if (edge & 2 && end < folded.length && isSpacedWordUnit(folded.charCodeAt(end))) return;
        hits.push({ start, end, token: { text: names[id] ?? '', kind: 'dictionary' } });
      });
      return hits;
    },
  };
}

const TAGS = /(https?:\/\/\S+|www\.\S+)|(#[\p{L}\p{M}\p{N}_]+)|(@[\p{L}\p{M}\p{N}_]+(?:[.@-][\p{L}\p{M}\p{N}_]+)*)/gu;
const LAUGHTER = /[5๕]{3,}\+*/g;
const NUMBER = /^[\p{N}.,:]+$/u;
const DIGIT = /\p{N}/u;

function tagSpans(base: string, spans: WordSpan[]): void {
  if (!base.includes('#') && !base.includes('@') && !base.includes('http') && !base.includes('www.')) return;
  for (const m of base.matchAll(TAGS)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1] !== undefined) spans.push({ start, end, token: null }); // links are not words
    else if (start === 0 || !isTagUnit(base.charCodeAt(start - 1))) {
      spans.push({ start, end, token: { text: m[0], kind: m[2] !== undefined ? 'hashtag' : 'handle' } });
    }
  }
}

function laughterSpans(base: string, spans: WordSpan[]): void {
  for (const m of base.matchAll(LAUGHTER)) {
    const start = m.index;
    const end = start + m[0].length;
    if (DIGIT.test(base[start - 1] ?? '') || DIGIT.test(base[end] ?? '')) continue;
    spans.push({ start, end, token: { text: '555', kind: 'laughter' } });
  }
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenterFor(language: string): Intl.Segmenter {
  const locale = language.startsWith('th') ? 'th' : language.startsWith('zh') ? 'zh' : language.startsWith('ja') ? 'ja' : 'en';
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

function isStopWord(word: string): boolean {
  return STOP_WORDS.en.has(word) || STOP_WORDS.th.has(word) || STOP_WORDS.zh.has(word);
}

type Emit = (text: string, kind: WordKind) => void;

function isNumber(word: string): boolean {
  const c = word.charCodeAt(0);
  return ((c >= 0x30 && c <= 0x39) || (c >= 0x0e50 && c <= 0x0e59)) && NUMBER.test(word);
}

function segmentGap(gap: string, segmenter: Intl.Segmenter, emit: Emit): void {
  if (gap.trim() === '') return;
  const text = squeezeRepeats(gap);
  const keep = (word: string) => {
    if (isStopWord(word) || isNumber(word) || (word.length === 1 && word < '\u0080')) return;
    emit(word, 'word');
  };
  // Plain ASCII (most English posts) gets the segmenter's words without it, several times faster.
  if (forEachAsciiWord(text, keep)) return;
  for (const part of segmenter.segment(text)) if (part.isWordLike) keep(part.segment);
}

function walkWords(base: string, language: string, dictionary: WordDictionary, emit: Emit): void {
  const text = base.length > MAX_STATS_CHARS ? base.slice(0, MAX_STATS_CHARS) : base;
  const spans: WordSpan[] = dictionary.size > 0 ? dictionary.find(foldHanScript(text)) : [];
  tagSpans(text, spans);
  if (language === 'th' && text.includes('555')) laughterSpans(text, spans);
  const segmenter = segmenterFor(language);
  if (spans.length === 0) {
    segmentGap(text, segmenter, emit);
    return;
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue; // overlaps a longer or earlier span
    segmentGap(text.slice(at, span.start), segmenter, emit);
    if (span.token) emit(span.token.text, span.token.kind);
    at = span.end;
  }
  segmentGap(text.slice(at), segmenter, emit);
}

/** Tokens of a base-normalised text (see normaliseBase), in text order. */
export function extractWordsFromBase(base: string, language: string, dictionary: WordDictionary): WordToken[] {
  const tokens: WordToken[] = [];
  walkWords(base, language, dictionary, (text, kind) => tokens.push({ text, kind }));
  return tokens;
}

export function extractWords(text: string, language: string, dictionary: WordDictionary): WordToken[] {
  return extractWordsFromBase(normaliseBase(text), language, dictionary);
}

/** Adds a base-normalised mention's words to `counts` without building token objects. */
export function countWordsInBase(counts: Map<string, number>, base: string, language: string, dictionary: WordDictionary): void {
  walkWords(base, language, dictionary, (text) => counts.set(text, (counts.get(text) ?? 0) + 1));
}

export function countWords(counts: Map<string, number>, tokens: readonly WordToken[]): void {
  for (const token of tokens) counts.set(token.text, (counts.get(token.text) ?? 0) + 1);
}

/** Most frequent first; ties in code point order so the list is stable. */
export function topWords(counts: ReadonlyMap<string, number>, limit: number): { word: string; count: number }[] {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, limit)
    .map(([word, count]) => ({ word, count }));
}
