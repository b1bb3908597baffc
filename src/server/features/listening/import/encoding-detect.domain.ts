import iconv from 'iconv-lite';
import { FREQUENT_HAN_SIMPLIFIED, FREQUENT_HAN_TRADITIONAL } from './han-frequent.data.ts';
import { scoreThai } from './thai-plausibility.domain.ts';

/*
 * Which encoding a file is in, from its first bytes. Order of evidence, strongest first:
 * a byte order mark; NUL bytes on one side of every pair (UTF-16 without a mark: 8-bit text never
 * holds NUL); valid UTF-8 (legacy Thai and Chinese bytes almost never form valid UTF-8 by chance);
 * then the legacy encodings are each tried and scored on how natural the decoded text looks.
 */

export const IMPORT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-874', 'big5', 'gb18030'] as const;
export type ImportEncoding = (typeof IMPORT_ENCODINGS)[number];

/** `asciiOnly`: the sample had no byte above 0x7F, so the encoding is still open (see the decoder). */
export type EncodingDetection = { encoding: ImportEncoding; confidence: number; bom: boolean; asciiOnly: boolean };

export const SNIFF_BYTES = 64 * 1024;

// Names people and programs use for the same encodings; the supersets read their subsets correctly.
const ALIASES: Record<string, ImportEncoding> = {
  utf8: 'utf-8',
  utf16le: 'utf-16le',
  utf16: 'utf-16le',
  ucs2: 'utf-16le',
  utf16be: 'utf-16be',
  windows874: 'windows-874',
  cp874: 'windows-874',
  tis620: 'windows-874',
  iso885911: 'windows-874',
  big5: 'big5',
  big5hkscs: 'big5',
  cp950: 'big5',
  gb18030: 'gb18030',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  cp936: 'gb18030',
};

/** An encoding name as a user or a file header writes it ("TIS-620", "UTF8", "GBK"), or null. */
export function parseEncodingName(name: string): ImportEncoding | null {
  return ALIASES[name.toLowerCase().replace(/[^a-z0-9]/g, '')] ?? null;
}

type Utf8Stats = { ascii: boolean; multibyte: number; invalid: number };

/** Strict UTF-8 (no overlong forms, no surrogates); a sequence cut by the end of the sample is fine. */
function utf8Stats(bytes: Uint8Array): Utf8Stats {
  let multibyte = 0;
  let invalid = 0;
  let ascii = true;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    ascii = false;
    let need = 0;
    let min = 0x80;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) min = 0xa0;
      if (b === 0xed) max = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) min = 0x90;
      if (b === 0xf4) max = 0x8f;
    }
    if (need === 0) {
      invalid++;
      i++;
      continue;
    }
    if (i + need >= n) break;
    let ok = true;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]!;
      if (c < (k === 1 ? min : 0x80) || c > (k === 1 ? max : 0xbf)) ok = false;
    }
    if (ok) {
      multibyte++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { ascii, multibyte, invalid };
}

function utf16WithoutBom(bytes: Uint8Array): EncodingDetection | null {
  let even = 0;
  let odd = 0;
  const n = bytes.length & ~1;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const total = even + odd;
  if (total < Math.max(2, n * 0.005)) return null;
  const share = Math.max(even, odd) / total;
  if (share < 0.9) return null;
  return { encoding: odd > even ? 'utf-16le' : 'utf-16be', confidence: share, bom: false, asciiOnly: false };
}

const FREQUENT = new Set<number>();
for (const text of [FREQUENT_HAN_SIMPLIFIED, FREQUENT_HAN_TRADITIONAL]) for (const ch of text) FREQUENT.add(ch.codePointAt(0)!);

function isHan(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x3ffff);
}

/**
 * Share of decoded characters that look right for Chinese: no replacement characters, and among
 * the Han characters a fair share of the most frequent ones (about a third in real text, a few
 * per cent when the bytes were decoded with the wrong table).
 */
function scoreChinese(text: string): { score: number; volume: number } {
  let nonAscii = 0;
  let bad = 0;
  let han = 0;
  let frequent = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) continue;
    nonAscii++;
    if (c === 0xfffd) bad++;
    else if (isHan(c)) {
      han++;
      if (FREQUENT.has(c)) frequent++;
    }
  }
  if (nonAscii === 0) return { score: 0, volume: 0 };
  const natural = han === 0 ? 0 : Math.min(1, frequent / han / 0.15);
  return { score: natural * (han / nonAscii) ** 0.25 * (1 - bad / nonAscii), volume: nonAscii };
}

const LEGACY: readonly ImportEncoding[] = ['windows-874', 'big5', 'gb18030'];

function scoreLegacy(bytes: Uint8Array, encoding: ImportEncoding): { score: number; volume: number } {
  const text = iconv.decode(bytes, encoding);
  return encoding === 'windows-874' ? scoreThai(text) : scoreChinese(text);
}

/** Detection from a sample (the first ~64 KB); an explicit encoding wins, but a BOM is still noted. */
export function detectEncoding(sample: Uint8Array, override?: ImportEncoding): EncodingDetection {
  const [b0, b1, b2] = [sample[0], sample[1], sample[2]];
  const bomEncoding: ImportEncoding | null =
    b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? 'utf-8' : b0 === 0xff && b1 === 0xfe ? 'utf-16le' : b0 === 0xfe && b1 === 0xff ? 'utf-16be' : null;
  if (override) return { encoding: override, confidence: 1, bom: bomEncoding === override, asciiOnly: false };
  if (bomEncoding) return { encoding: bomEncoding, confidence: 1, bom: true, asciiOnly: false };
  const utf16 = utf16WithoutBom(sample);
  if (utf16) return utf16;
  const utf8 = utf8Stats(sample);
  if (utf8.ascii) return { encoding: 'utf-8', confidence: 1, bom: false, asciiOnly: true };
  if (utf8.invalid === 0) return { encoding: 'utf-8', confidence: 1, bom: false, asciiOnly: false };
  // A UTF-8 export with a stray broken byte or two is still UTF-8; its rows holding them get rejected.
  if (utf8.multibyte >= 8 && utf8.invalid * 50 <= utf8.multibyte) {
    return { encoding: 'utf-8', confidence: 0.9 - utf8.invalid / utf8.multibyte, bom: false, asciiOnly: false };
  }
  const scored = LEGACY.map((encoding) => ({ encoding, ...scoreLegacy(sample, encoding) })).sort((a, b) => b.score - a.score);
  const [best, second] = scored as [(typeof scored)[0], (typeof scored)[0]];
  // Little text or two readings that both look plausible: say so, so the caller can ask the user.
  const volume = Math.min(1, 0.5 + best.volume / 32);
  const confidence = best.score * Math.min(1, 0.5 + best.score - second.score) * volume;
  return { encoding: best.encoding, confidence: Math.round(confidence * 100) / 100, bom: false, asciiOnly: false };
}
