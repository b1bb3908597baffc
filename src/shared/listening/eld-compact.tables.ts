/*
 * The database of eld (Efficient Language Detector, by Nito T.M., Apache-2.0,
 * https://github.com/nitotm/efficient-language-detector-js) packed into one SharedArrayBuffer.
 * eld ships it as a 1.6 MB object literal: parsing it costs each thread ~50 MB of heap for good
 * and ~100 MB while it parses. Packed, it is ~1.9 MB, built once per process and read in place by
 * every thread it is sent to, through typed-array views, without copying or parsing anything.
 *
 * An n-gram is 3 to 6 characters, each the code of one UTF-8 byte in eld's byte dictionary
 * (below 256, never 0), so it packs exactly into a number: sum of code × 256^position. The
 * n-grams sit in an open-addressing hash table (linear probing, at most 70 % full) of such numbers.
 */

/** Scores of one n-gram: `ids[i]` (a language id) scores `scores[i]`. The arrays may be reused. */
export type EldNgramVisitor = (gram: string, ids: readonly number[], scores: readonly number[]) => void;

/** What is read from eld: its database and the constants of its algorithm (see eld-compact.source.ts). */
export type EldSource = {
  /** Language codes by id. */
  languages: readonly string[];
  /** Calls `visit` once for each n-gram of the database. */
  ngrams: (visit: EldNgramVisitor) => void;
  avgScore: Readonly<Record<string, number>>;
  dictionary: readonly string[];
  separators: RegExp;
};

export type EldTables = {
  languages: string[];
  /** Average score of a correct detection, by language id; NaN where eld has none. */
  avgScore: Float64Array;
  /** Character code eld writes for each UTF-8 byte. */
  byteChars: Uint8Array;
  separators: RegExp;
  /** Slot of a packed n-gram: its hash shifted right by this. */
  shift: number;
  /** Packed n-gram by slot, 0 where the slot is empty. */
  keys: Float64Array;
  /** By slot: index of its first pair << 8 | number of pairs. */
  entries: Int32Array;
  /** language id << 8 | score. */
  pairs: Uint16Array;
};

const MAGIC = 0x454c4443; // "ELDC"
const HEADER_INTS = 8;
const MAX_GRAM = 6;

export function packedHash(packed: number): number {
  return Math.imul((packed >>> 0) ^ Math.imul((packed / 4294967296) | 0, 0x85ebca6b), 0x9e3779b1);
}

function packGram(gram: string): number {
  if (gram.length > MAX_GRAM) throw new Error(`eld n-gram "${gram}" is longer than ${MAX_GRAM} characters`);
  let packed = 0;
  for (let i = 0, weight = 1; i < gram.length; i++, weight *= 256) {
    const code = gram.charCodeAt(i);
    if (code === 0 || code > 255) throw new Error(`eld n-gram "${gram}" has a character outside 1-255`);
    packed += code * weight;
  }
  return packed;
}

type Layout = { languages: number; slots: number; pairs: number; text: number };

function regions(buffer: ArrayBufferLike, layout: Layout) {
  let offset = HEADER_INTS * 4;
  const take = <T>(make: (offset: number) => T, bytes: number): T => {
    const view = make(offset);
    offset += bytes;
    return view;
  };
  return {
    header: new Int32Array(buffer, 0, HEADER_INTS),
    avgScore: take((at) => new Float64Array(buffer, at, layout.languages), layout.languages * 8),
    keys: take((at) => new Float64Array(buffer, at, layout.slots), layout.slots * 8),
    entries: take((at) => new Int32Array(buffer, at, layout.slots), layout.slots * 4),
    pairs: take((at) => new Uint16Array(buffer, at, layout.pairs), layout.pairs * 2),
    byteChars: take((at) => new Uint8Array(buffer, at, 256), 256),
    text: take((at) => new Uint16Array(buffer, at, layout.text), layout.text * 2),
  };
}

/** Packs eld's database (~1.9 MB for eld/small). */
export function buildEldTables(source: EldSource): SharedArrayBuffer {
  const codes = source.languages;
  if (codes.length > 255) throw new Error(`eld has ${codes.length} languages, more than the packed tables hold (255)`);
  if (source.dictionary.length !== 256 || source.dictionary.some((char) => !(char.charCodeAt(0) > 0 && char.charCodeAt(0) < 256))) {
    throw new Error("eld's byte dictionary must give each of the 256 bytes a character from 1 to 255");
  }
  const keys: number[] = [];
  const entries: number[] = [];
  let pairs = new Uint16Array(1 << 16);
  let pairCount = 0;
  source.ngrams((gram, ids, scores) => {
    if (ids.length > 255 || pairCount > 0x7fffff) throw new Error(`eld's database is larger than the packed tables hold (at n-gram "${gram}")`);
    if (pairCount + ids.length > pairs.length) pairs = growTo(pairs, 2 * (pairCount + ids.length));
    entries.push((pairCount << 8) | ids.length);
    keys.push(packGram(gram));
    ids.forEach((id, i) => {
      const score = scores[i] as number;
      if (!Number.isInteger(score) || score < 0 || score > 255 || !(id >= 0 && id < codes.length)) {
        throw new Error(`eld n-gram "${gram}" has score ${score} for language ${id}: outside the packed range`);
      }
      pairs[pairCount++] = (id << 8) | score;
    });
  });
  let bits = 4;
  while (1 << bits < keys.length / 0.7) bits++;
  const text = [codes.join(','), source.separators.source, source.separators.flags].join('\n');
  const layout: Layout = { languages: codes.length, slots: 1 << bits, pairs: pairCount, text: text.length };
  const buffer = new SharedArrayBuffer(HEADER_INTS * 4 + layout.languages * 8 + layout.slots * 12 + layout.pairs * 2 + 256 + layout.text * 2);
  const views = regions(buffer, layout);
  views.header.set([MAGIC, codes.length, bits, pairCount, text.length]);
  codes.forEach((code, id) => {
    views.avgScore[id] = source.avgScore[code] ?? Number.NaN;
  });
  source.dictionary.forEach((char, byte) => {
    views.byteChars[byte] = char.charCodeAt(0);
  });
  for (let i = 0; i < text.length; i++) views.text[i] = text.charCodeAt(i);
  views.pairs.set(pairs.subarray(0, pairCount));
  const mask = (1 << bits) - 1;
  keys.forEach((packed, index) => {
    let slot = packedHash(packed) >>> (32 - bits);
    while (views.keys[slot] !== 0) {
      if (views.keys[slot] === packed) throw new Error(`eld's database has an n-gram twice (${packed})`);
      slot = (slot + 1) & mask;
    }
    views.keys[slot] = packed;
    views.entries[slot] = entries[index] as number;
  });
  return buffer;
}

function growTo(array: Uint16Array, length: number): Uint16Array<ArrayBuffer> {
  const grown = new Uint16Array(length);
  grown.set(array);
  return grown;
}

/** Views over a buffer made by buildEldTables; nothing is copied but the language codes. */
export function readEldTables(buffer: ArrayBufferLike): EldTables {
  const head = new Int32Array(buffer, 0, HEADER_INTS);
  if (head[0] !== MAGIC) throw new Error('not a buffer of eld tables (made by buildEldTables)');
  const [, languages = 0, bits = 0, pairs = 0, text = 0] = head;
  const views = regions(buffer, { languages, slots: 1 << bits, pairs, text });
  const [codes = '', pattern = '', flags = ''] = String.fromCharCode(...views.text).split('\n');
  return {
    languages: codes.split(','),
    avgScore: views.avgScore,
    byteChars: views.byteChars,
    separators: new RegExp(pattern, flags),
    shift: 32 - bits,
    keys: views.keys,
    entries: views.entries,
    pairs: views.pairs,
  };
}
