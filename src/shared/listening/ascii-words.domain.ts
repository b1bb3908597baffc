/*
 * The words Intl.Segmenter finds in plain-ASCII text, without it. ICU's segmenter costs ~10 µs for
 * a short English post, most of a mention's word statistics; for ASCII the Unicode word rules
 * (UAX #29) come down to a few: letters and digits join (WB5, WB8-10), and one of `:` `.` `'`
 * between two letters (WB6-7) or one of `,` `;` `.` `'` between two digits (WB11-12) stays inside
 * the word. `_` (ExtendNumLet, WB13) is left to the segmenter, as is any non-ASCII character.
 * ascii-words.domain.test.ts checks the result against Intl.Segmenter on random strings.
 */

const COLON = 0x3a;
const DOT = 0x2e;
const APOSTROPHE = 0x27;
const COMMA = 0x2c;
const SEMICOLON = 0x3b;
const UNDERSCORE = 0x5f;

function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Whether `mid` between `before` and `after` keeps them in one word. */
function joins(before: number, mid: number, after: number): boolean {
  if (isLetter(before) && isLetter(after)) return mid === COLON || mid === DOT || mid === APOSTROPHE;
  if (isDigit(before) && isDigit(after)) return mid === COMMA || mid === SEMICOLON || mid === DOT || mid === APOSTROPHE;
  return false;
}

/**
 * Calls `visit` with each word of `text`, in order, as Intl.Segmenter's word-like segments, and
 * answers true; answers false, visiting nothing, when `text` is not for this shortcut.
 */
export function forEachAsciiWord(text: string, visit: (word: string) => void): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 || c === UNDERSCORE) return false;
  }
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (!isLetter(c) && !isDigit(c)) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      i++;
      while (i < text.length && (isLetter(text.charCodeAt(i)) || isDigit(text.charCodeAt(i)))) i++;
      if (i + 1 < text.length && joins(text.charCodeAt(i - 1), text.charCodeAt(i), text.charCodeAt(i + 1))) i++;
      else break;
    }
    visit(text.slice(start, i));
  }
  return true;
}
