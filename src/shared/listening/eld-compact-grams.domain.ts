import type { EldTables } from './eld-compact.tables.ts';

/*
 * eld's textProcessor, strToUtf8Bytes and getByteNgrams (eld 2.1 by Nito T.M., Apache-2.0; see
 * eld-compact.domain.ts), writing byte codes into reused buffers instead of building strings.
 */

const CUT_AFTER = 350; // at the first space after this many bytes
const ENFORCE_CUT_AFTER = 380; // after any character past this many bytes
const MAX_WORD = 70;
const SPACE = 32;

export type GramScratch = { bytes: Uint8Array; wordEnds: Int32Array; grams: Float64Array };

export function createGramScratch(): GramScratch {
  const size = ENFORCE_CUT_AFTER + 8;
  return { bytes: new Uint8Array(size), wordEnds: new Int32Array(size), grams: new Float64Array(size) };
}

/**
 * The n-grams eld takes from a text: `packed` sorted (repeats kept, eld counts each once), `long`
 * the distinct ones too long to pack. Valid until the next call with the same scratch.
 */
export function textGrams(text: string, tables: EldTables, scratch: GramScratch): { packed: Float64Array; long: Set<string> } {
  const processed = text.substring(0, 1000).replace(tables.separators, ' ').trim().toLowerCase();
  const words = encodeWords(processed, tables.byteChars, scratch.bytes, scratch.wordEnds);
  const { count, long } = collectGrams(scratch.bytes, scratch.wordEnds, words, scratch.grams);
  return { packed: scratch.grams.subarray(0, count).sort(), long };
}

/** eld's strToUtf8Bytes: words of byte codes, split at ASCII spaces only; returns their number. */
function encodeWords(str: string, byteChars: Uint8Array, bytes: Uint8Array, wordEnds: Int32Array): number {
  let length = 0;
  let words = 0;
  let countBytes = 0;
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (c === SPACE) {
        if (length > (words === 0 ? 0 : wordEnds[words - 1]!)) wordEnds[words++] = length;
        if (countBytes > CUT_AFTER) break;
      } else bytes[length++] = c;
      countBytes++;
    } else if (c < 0x800) {
      bytes[length++] = byteChars[0xc0 | (c >> 6)]!;
      bytes[length++] = byteChars[0x80 | (c & 0x3f)]!;
      countBytes += 2;
    } else if (c < 0xd800 || c >= 0xe000) {
      bytes[length++] = byteChars[0xe0 | (c >> 12)]!;
      bytes[length++] = byteChars[0x80 | ((c >> 6) & 0x3f)]!;
      bytes[length++] = byteChars[0x80 | (c & 0x3f)]!;
      countBytes += 3;
    } else {
      // a surrogate pair, read as eld reads it (a lone one takes whatever follows, or 0)
      i++;
      c = 0x10000 + (((c & 0x3ff) << 10) | (str.charCodeAt(i) & 0x3ff));
      bytes[length++] = byteChars[0xf0 | (c >> 18)]!;
      bytes[length++] = byteChars[0x80 | ((c >> 12) & 0x3f)]!;
      bytes[length++] = byteChars[0x80 | ((c >> 6) & 0x3f)]!;
      bytes[length++] = byteChars[0x80 | (c & 0x3f)]!;
      countBytes += 4;
    }
    if (countBytes > ENFORCE_CUT_AFTER) break;
  }
  if (length > (words === 0 ? 0 : wordEnds[words - 1]!)) wordEnds[words++] = length;
  return words;
}

/**
 * eld's getByteNgrams. An n-gram past a word's 70th byte runs to the word's end (eld cuts the word
 * only for the loop): longer than 6, it is in no table but still counts as one of the text's
 * n-grams, so it is kept as a string. Byte codes are never 0 (separators remove control
 * characters), so packing is one-to-one.
 */
function collectGrams(bytes: Uint8Array, wordEnds: Int32Array, words: number, grams: Float64Array): { count: number; long: Set<string> } {
  let count = 0;
  const long = new Set<string>();
  const add = (lead: boolean, from: number, to: number) => {
    if (to - from + (lead ? 2 : 1) > 6) {
      long.add(`${lead ? ' ' : ''}${String.fromCharCode(...bytes.subarray(from, to))} `);
      return;
    }
    let packed = lead ? SPACE : 0;
    let weight = lead ? 256 : 1;
    for (let i = from; i < to; i++, weight *= 256) packed += bytes[i]! * weight;
    grams[count++] = packed + SPACE * weight;
  };
  for (let w = 0, start = 0; w < words; start = wordEnds[w++]!) {
    const end = wordEnds[w]!;
    const len = Math.min(end - start, MAX_WORD);
    let j = 0;
    for (; j + 4 < len; j += 3) {
      let packed = j === 0 ? SPACE : 0;
      let weight = j === 0 ? 256 : 1;
      for (let i = start + j; i < start + j + 4; i++, weight *= 256) packed += bytes[i]! * weight;
      grams[count++] = packed;
    }
    add(j === 0, start + Math.max(len !== 3 ? len - 4 : 0, 0), end);
  }
  return { count, long };
}
