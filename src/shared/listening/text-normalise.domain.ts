import { foldHanAstral, foldHanUnit } from './han-script.domain.ts';

/*
 * Two forms of a mention:
 * - base: NFKC (full-width Latin, half-width kana, ligatures, compatibility ideographs), lower case
 *   by the locale-independent Unicode mapping (plus ß → ss and ς → σ, the folds it leaves out),
 *   zero-width and variation-selector characters dropped, every run of white space one space,
 *   trimmed, Thai sara am composed again (NFKC splits ำ into ํ + า; Thai segmentation and people
 *   expect ำ, and a nikhahit typed before the tone mark is put back in its usual order).
 * - folded: base with Traditional Chinese folded to Simplified character by character. Same length
 *   as base, so every offset found in folded text is valid in base text.
 * Neither maps offsets back to the raw text: NFKC and white space collapsing change lengths.
 * Emphasis (ดีมากกกก) is kept in both; `squeezeRepeats` makes a separate form for word statistics.
 */

const SPACE = 0x20;
const SARA_AA = 0x0e32;
const SARA_AM = 0x0e33;
const NIKHAHIT = 0x0e4d;

function isDropped(c: number): boolean {
  return (
    c === 0x00ad || // soft hyphen
    (c >= 0x200b && c <= 0x200f) || // zero-width space, ZWNJ, ZWJ, direction marks
    (c >= 0x2060 && c <= 0x2064) ||
    c === 0xfeff ||
    (c >= 0xfe00 && c <= 0xfe0f) // variation selectors: ❤️ and ❤ are one character
  );
}

function isSpace(c: number): boolean {
  return (
    c === SPACE ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

function isThaiTone(c: number): boolean {
  return c >= 0x0e48 && c <= 0x0e4b;
}

let buffer = new Uint16Array(1024);

function bufferToString(length: number): string {
  if (length <= 4096) return String.fromCharCode.apply(null, buffer.subarray(0, length) as unknown as number[]);
  const parts: string[] = [];
  for (let i = 0; i < length; i += 4096) {
    parts.push(String.fromCharCode.apply(null, buffer.subarray(i, Math.min(length, i + 4096)) as unknown as number[]));
  }
  return parts.join('');
}

/** One pass over the NFKC, lower-cased text; returns it untouched when nothing changes. */
function clean(s: string, foldHan: boolean): string {
  const n = s.length;
  if (buffer.length < n) buffer = new Uint16Array(Math.max(n, buffer.length * 2));
  let out = 0;
  let changed = false;
  let pendingSpace = false;
  for (let i = 0; i < n; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80 && c !== SPACE && (c < 0x09 || c > 0x0d)) {
      if (pendingSpace) {
        if (out > 0) buffer[out++] = SPACE;
        pendingSpace = false;
      }
      buffer[out++] = c;
      continue;
    }
    if (isSpace(c)) {
      if (c !== SPACE || pendingSpace || out === 0) changed = true;
      pendingSpace = true;
      continue;
    }
    if (isDropped(c)) {
      changed = true;
      continue;
    }
    if (pendingSpace) {
      if (out > 0) buffer[out++] = SPACE;
      pendingSpace = false;
    }
    if (c === NIKHAHIT) {
      const next = s.charCodeAt(i + 1);
      if (next === SARA_AA) {
        buffer[out++] = SARA_AM;
        i++;
        changed = true;
        continue;
      }
      if (isThaiTone(next) && s.charCodeAt(i + 2) === SARA_AA) {
        buffer[out++] = next;
        buffer[out++] = SARA_AM;
        i += 2;
        changed = true;
        continue;
      }
    } else if (c === 0x03c2) {
      c = 0x03c3;
      changed = true;
    } else if (foldHan) {
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        const cp = s.codePointAt(i) ?? c;
        const folded = foldHanAstral(cp);
        if (folded !== cp) {
          buffer[out++] = 0xd800 + ((folded - 0x10000) >> 10);
          buffer[out++] = 0xdc00 + ((folded - 0x10000) & 0x3ff);
          i++;
          changed = true;
          continue;
        }
      } else {
        const folded = foldHanUnit(c);
        if (folded !== 0) {
          c = folded;
          changed = true;
        }
      }
    }
    buffer[out++] = c;
  }
  if (pendingSpace) changed = true;
  return changed ? bufferToString(out) : s;
}

function caseFold(s: string): string {
  const lower = s.normalize('NFKC').toLowerCase();
  return lower.includes('ß') ? lower.replaceAll('ß', 'ss') : lower;
}

/** NFKC, case folded, invisible characters dropped, white space collapsed, Thai sara am composed. */
export function normaliseBase(text: string): string {
  return clean(caseFold(text), false);
}

/** Folds Traditional Chinese to Simplified in a base-normalised text, keeping every offset. */
export function foldHanScript(base: string): string {
  for (let i = 0; i < base.length; i++) {
    const c = base.charCodeAt(i);
    if (c >= 0x3400 && (foldHanUnit(c) !== 0 || (c >= 0xd800 && c <= 0xdbff))) return clean(base, true);
  }
  return base;
}

/** The form every pattern and every mention is matched in. */
export function normaliseForMatching(text: string): string {
  return clean(caseFold(text), true);
}

const THAI_RUN = /([\u0e01-\u0e4e])\1{2,}/g;
const LETTER_RUN = /(\p{L})\1{2,}/gu;

/**
 * Emphasis squeezed for word statistics only (never for matching, where it would change what a
 * quoted phrase means): a Thai letter repeated three times or more is kept once (ดีมากกกก → ดีมาก,
 * ค่ะะะ → ค่ะ), any other letter twice (soooo → soo, 哈哈哈哈 → 哈哈). Digits are left alone.
 */
export function squeezeRepeats(text: string): string {
  for (let i = 2; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === text.charCodeAt(i - 1) && c === text.charCodeAt(i - 2)) {
      return text.replace(THAI_RUN, '$1').replace(LETTER_RUN, '$1$1');
    }
  }
  return text;
}
