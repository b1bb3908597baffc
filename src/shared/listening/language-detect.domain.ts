import { createEldDetector, type EldDetector } from './eld-compact.domain.ts';
import { hanScriptSignal, SCRIPT_SIMPLIFIED, SCRIPT_TRADITIONAL } from './han-script.domain.ts';

/*
 * Script first, statistics second. Thai, Chinese, Japanese and Korean are told apart by their
 * characters, which is exact and cheap; n-gram detection (eld, small database: accuracy on short
 * posts within 0.5 % of its large one) only runs on the rest. Chinese is split into
 * zh-Hant / zh-Hans by characters that exist in one script only (see han-script.domain.ts); a text
 * written only in characters both share (客服, 微博) stays `zh`. eld's tables are not imported here
 * but installed (installLanguageTables): parsed from eld they cost each thread ~150 MB; packed
 * (eld-compact.tables.ts), one 1.9 MB buffer serves every thread, with eld's answers exactly.
 * A text is judged by its first SAMPLE code units, so a 2 MB post costs what a tweet does.
 *
 * eld takes ~15 µs a post, the rest of the text core ~3 µs, so plain-ASCII posts with two or more
 * words that only English uses (the, and, you, with…) are called English without it: a third of
 * all mentions, at a fraction of the cost, and the same answer eld gives them.
 */

const SAMPLE = 1000;
/** Share of letters in Thai/CJK scripts from which the text counts as that language. */
const SCRIPT_SHARE = 0.3;
const NOISE = /https?:\/\/\S+|www\.\S+|[@#][\p{L}\p{M}\p{N}_.]+/gu;
/**
 * Words frequent in English and not words of the other languages eld knows (so no "was", German;
 * "have", Norwegian; "are", Romanian; "will", German; "just", Swedish; "been", Dutch; "my", Polish).
 */
const ENGLISH_ONLY = new Set(
  `the and you this that with your they what would from really because there about their which when
  not but our she should could were does did don't it's i'm can't didn't doesn't isn't wasn't won't`.split(/\s+/),
);

let detector: { buffer: ArrayBufferLike; eld: EldDetector } | undefined;

/** Installs the packed n-gram tables (eld-compact.tables.ts) this thread detects with; again is a no-op. */
export function installLanguageTables(buffer: ArrayBufferLike): void {
  if (detector?.buffer !== buffer) detector = { buffer, eld: createEldDetector(buffer) };
}

type Counts = { thai: number; han: number; kana: number; hangul: number; ascii: number; other: number; trad: number; simp: number };

function countScripts(text: string): Counts {
  const counts: Counts = { thai: 0, han: 0, kana: 0, hangul: 0, ascii: 0, other: 0, trad: 0, simp: 0 };
  const n = Math.min(text.length, SAMPLE);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) counts.ascii++;
    } else if (c >= 0x0e01 && c <= 0x0e5b) counts.thai++;
    else if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) {
      counts.han++;
      const signal = hanScriptSignal(c);
      if (signal === SCRIPT_TRADITIONAL) counts.trad++;
      else if (signal === SCRIPT_SIMPLIFIED) counts.simp++;
    } else if (c >= 0xd840 && c <= 0xd87f) {
      counts.han++; // ideographs beyond the BMP; their low surrogate is skipped below
      i++;
    } else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x31f0 && c <= 0x31ff)) counts.kana++;
    else if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) counts.hangul++;
    else if (c >= 0xc0 && c < 0x2000 && c !== 0xd7 && c !== 0xf7) counts.other++;
  }
  return counts;
}

function chinese(counts: Counts): string {
  if (counts.trad > counts.simp) return 'zh-Hant';
  if (counts.simp > counts.trad) return 'zh-Hans';
  return 'zh';
}

function englishWords(text: string): number {
  const seen = new Set<string>();
  for (const word of text.toLowerCase().split(/[^a-z']+/)) if (ENGLISH_ONLY.has(word)) seen.add(word);
  return seen.size;
}

function statistical(text: string, counts: Counts): string {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const cleaned = sample.includes('@') || sample.includes('#') || sample.includes('http') ? sample.replace(NOISE, ' ') : sample;
  const asciiOnly = counts.other === 0;
  if (asciiOnly && englishWords(cleaned) >= 2) return 'en';
  if (!detector) throw new Error('language tables are not installed in this thread: call installLanguageTables first');
  const result = detector.eld.detect(cleaned);
  // Too short to call (ok, lol, nice!): plain ASCII in this product's mentions is English far
  // more often than anything else; other scripts keep eld's best guess.
  if (asciiOnly && result.language !== 'en' && !result.reliable) return 'en';
  return result.language || 'und';
}

/**
 * BCP 47 tag of a mention: th, zh-Hant, zh-Hans, zh, ja, ko, one of eld's languages, or `und`
 * (empty, emoji, digits only). Works on raw or base-normalised text, not on Han-folded text.
 */
export function detectLanguage(text: string): string {
  const counts = countScripts(text);
  const asian = counts.thai + counts.han + counts.kana + counts.hangul;
  const letters = asian + counts.ascii + counts.other;
  if (letters === 0) return 'und';
  if (asian >= letters * SCRIPT_SHARE) {
    if (counts.kana > 0 && counts.kana >= (counts.han + counts.kana) * 0.2) return 'ja';
    const top = Math.max(counts.thai, counts.han, counts.hangul, counts.kana);
    if (counts.thai === top) return 'th';
    if (counts.han === top) return chinese(counts);
    if (counts.hangul === top) return 'ko';
    return 'ja';
  }
  return statistical(text, counts);
}
