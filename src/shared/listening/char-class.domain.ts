/*
 * Character classes for boundaries, precomputed for the BMP so the matcher's hot path is one array
 * read. Astral characters (emoji, rare ideographs) are neither: they never glue words together.
 */

/** A letter, mark or digit of a script that separates words with spaces (Latin, Cyrillic, Hangul…). */
const SPACED_WORD = 1;
/** A letter, mark, digit or `_` of any script: what a hashtag or handle is made of. */
const TAG = 2;

const classes = new Uint8Array(0x10000);
const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;

function unspacedScript(c: number): boolean {
  return (
    (c >= 0x0e00 && c <= 0x0eff) || // Thai, Lao
    (c >= 0x1000 && c <= 0x109f) || // Myanmar
    (c >= 0x1780 && c <= 0x17ff) || // Khmer
    (c >= 0x2e80 && c <= 0x2fdf) || // CJK radicals
    (c >= 0x3005 && c <= 0x3007) ||
    (c >= 0x3040 && c <= 0x31ff) || // kana, bopomofo
    (c >= 0x3400 && c <= 0x9fff) || // CJK ideographs
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xff66 && c <= 0xff9f)
  );
}

for (let c = 0; c < 0xd800; c++) {
  if (!LETTER_OR_DIGIT.test(String.fromCharCode(c))) continue;
  classes[c] = unspacedScript(c) ? TAG : TAG | SPACED_WORD;
}
for (let c = 0xe000; c < 0x10000; c++) {
  if (LETTER_OR_DIGIT.test(String.fromCharCode(c))) classes[c] = unspacedScript(c) ? TAG : TAG | SPACED_WORD;
}
classes[0x5f] = TAG | SPACED_WORD; // _

/** True for a code unit that would glue a Latin-like word to its neighbour ("cat" | "egory"). */
export function isSpacedWordUnit(unit: number): boolean {
  return ((classes[unit] ?? 0) & SPACED_WORD) !== 0;
}

/** True for a code unit that can continue a hashtag or handle in any script. */
export function isTagUnit(unit: number): boolean {
  return ((classes[unit] ?? 0) & TAG) !== 0;
}
