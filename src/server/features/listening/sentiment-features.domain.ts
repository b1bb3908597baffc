/**
 * Hashed text features for the linear sentiment models: character n-grams (which carry Thai and
 * Chinese without a word list), and optionally Intl.Segmenter words and word pairs. Features are
 * hashed into 2^bits buckets, so a model's size is fixed whatever the vocabulary.
 */
export type FeatureOptions = {
  /** log2 of the number of hash buckets. */
  bits: number;
  /** Shortest and longest character n-gram (UTF-16 units, after normalisation). */
  charMin: number;
  charMax: number;
  /** Words from Intl.Segmenter, and pairs of neighbouring words. */
  words: boolean;
  wordPairs: boolean;
};

/** Bucket ids with their values; only the first `length` entries count. Reused between calls. */
export type FeatureVector = { ids: Int32Array; values: Float32Array; length: number };

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 16777619;
const WORD_SEED = 0x5bd1e995;
const PAIR_SEED = 0x27d4eb2f;
const NAMED_SEED = 0x165667b1;

/** Murmur3's finaliser: FNV alone leaves the low bits (the bucket) poorly mixed. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function hashString(text: string, seed: number): number {
  let h = FNV_OFFSET ^ seed;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

const URL_PATTERN = /https?:\/\/\S+|www\.\S+/g;
const MENTION_PATTERN = /@[\p{L}\p{N}_.]+/gu;
// Four or more of one character carry no more than three ("5555555" is "555", "sooooo" is "sooo").
const RUN_PATTERN = /(.)\1{3,}/gu;

/** Four of one character (or of one surrogate pair, as emoji are) in a row. */
function hasLongRun(text: string): boolean {
  for (let i = 3; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === text.charCodeAt(i - 1) && c === text.charCodeAt(i - 2) && c === text.charCodeAt(i - 3)) return true;
    if (i >= 7 && c === text.charCodeAt(i - 2) && c === text.charCodeAt(i - 4) && c === text.charCodeAt(i - 6) && c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}

let lastText = '';
let lastNormal = '';

/**
 * Lower case, links and @handles reduced to one placeholder each, long repeats shortened. The
 * patterns only run where a cheap test finds something for them; the last result is kept, as the
 * engine and a workspace model featurise the same text one after the other.
 */
export function normaliseForFeatures(text: string): string {
  if (text === lastText) return lastNormal;
  let normal = text.toLowerCase();
  if (normal.includes('http') || normal.includes('www.')) normal = normal.replace(URL_PATTERN, ' http ');
  if (normal.includes('@')) normal = normal.replace(MENTION_PATTERN, '@user');
  if (hasLongRun(normal)) normal = normal.replace(RUN_PATTERN, '$1$1$1');
  lastText = text;
  lastNormal = normal;
  return normal;
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(locale: string): Intl.Segmenter {
  let found = segmenters.get(locale);
  if (!found) {
    found = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, found);
  }
  return found;
}

export function createFeatureVector(capacity = 1024): FeatureVector {
  return { ids: new Int32Array(capacity), values: new Float32Array(capacity), length: 0 };
}

function push(vector: FeatureVector, id: number, value: number): void {
  if (vector.length === vector.ids.length) {
    const ids = new Int32Array(vector.ids.length * 2);
    const values = new Float32Array(vector.values.length * 2);
    ids.set(vector.ids);
    values.set(vector.values);
    vector.ids = ids;
    vector.values = values;
  }
  vector.ids[vector.length] = id;
  vector.values[vector.length] = value;
  vector.length++;
}

/**
 * Fills `into` with the text's features, each worth 1/sqrt(count) so that long and short texts
 * weigh alike (the vector has unit length when no feature repeats).
 */
export function extractFeatures(text: string, options: FeatureOptions, locale: string, into: FeatureVector): FeatureVector {
  into.length = 0;
  const mask = (1 << options.bits) - 1;
  const normal = normaliseForFeatures(text);
  // Spaces around the text mark its edges, so n-grams know a word's start and end.
  const padded = ` ${normal} `;
  const n = padded.length;
  for (let i = 0; i < n; i++) {
    let h = FNV_OFFSET;
    const end = Math.min(n, i + options.charMax);
    for (let j = i; j < end; j++) {
      h = Math.imul(h ^ padded.charCodeAt(j), FNV_PRIME);
      if (j - i + 1 >= options.charMin) push(into, mix(h) & mask, 1);
    }
  }
  if (options.words) {
    let previous = 0;
    for (const segment of segmenter(locale).segment(normal)) {
      if (!segment.isWordLike) continue;
      const h = hashString(segment.segment, WORD_SEED);
      push(into, mix(h) & mask, 1);
      if (options.wordPairs && previous !== 0) push(into, mix(Math.imul(previous, PAIR_SEED) ^ h) & mask, 1);
      previous = h;
    }
  }
  const weight = into.length > 0 ? 1 / Math.sqrt(into.length) : 0;
  into.values.fill(weight, 0, into.length);
  return into;
}

/** The bucket of a named feature outside the text (a rule's cue, an engine's score). */
export function namedFeatureId(name: string, bits: number): number {
  return mix(hashString(name, NAMED_SEED)) & ((1 << bits) - 1);
}

export function addNamedFeature(into: FeatureVector, name: string, value: number, bits: number): void {
  push(into, namedFeatureId(name, bits), value);
}
