import type { DictGroup } from 'opencc-js/core';
import { from, to } from 'opencc-js/preset/t2cn';

/*
 * Simplified and Traditional Chinese folded one character at a time. OpenCC's phrase tables pick
 * the right simplified form in context, which matters for display but not for matching: the text
 * and every pattern go through the same fold, so they meet whatever form it picks. A lookup table
 * keeps the fold O(n) and lets it run on every mention.
 *
 * Only pairs of the same UTF-16 length are kept (a few rare BMP characters map to astral ones), so
 * folding never moves an offset: a range found in folded text is the same range in the unfolded.
 */

const BMP = 0x10000;
/** BMP code unit → folded code unit, 0 when the character stays as it is. */
const bmpFold = new Uint16Array(BMP);
/** Astral code point → folded code point (both astral). */
const astralFold = new Map<number, number>();

function singleCodePoint(s: string): number | null {
  const cp = s.codePointAt(0);
  if (cp === undefined) return null;
  return s.length === (cp >= BMP ? 2 : 1) ? cp : null;
}

/** Character entries of a group; earlier dictionaries win, as in OpenCC's own trie. */
function characterPairs(groups: readonly DictGroup[]): Map<number, number> {
  const pairs = new Map<number, number>();
  for (const group of groups) {
    for (let d = group.length - 1; d >= 0; d--) {
      const dict = group[d];
      const entries: readonly (readonly [string, string])[] =
        typeof dict === 'string'
          ? dict.split('|').map((line): [string, string] => {
              const [source = '', target = ''] = line.split(' ');
              return [source, target];
            })
          : (dict ?? []);
      for (const [source, target] of entries) {
        const s = singleCodePoint(source);
        const t = singleCodePoint(target);
        if (s !== null && t !== null && s !== t && (s >= BMP) === (t >= BMP)) pairs.set(s, t);
      }
    }
  }
  return pairs;
}

const variants = characterPairs([...(from.hk ?? []), ...(from.tw ?? [])]);
const toSimplified = characterPairs(to.cn ?? []);

function foldOnce(cp: number): number {
  const standard = variants.get(cp) ?? cp;
  return toSimplified.get(standard) ?? standard;
}

const sources = new Set<number>([...variants.keys(), ...toSimplified.keys()]);
for (const cp of sources) {
  let folded = foldOnce(cp);
  // Chains such as 裡 → 裏 → 里 settle within a few steps; the fold must be idempotent.
  for (let i = 0; i < 4; i++) {
    const next = foldOnce(folded);
    if (next === folded) break;
    folded = next;
  }
  if (folded === cp) continue;
  if (cp < BMP) bmpFold[cp] = folded;
  else astralFold.set(cp, folded);
}

/** The folded form of a code point (itself when OpenCC has no simpler form). */
export function foldHanCodePoint(cp: number): number {
  if (cp < BMP) return bmpFold[cp] || cp;
  return astralFold.get(cp) ?? cp;
}

/** Folds a BMP code unit; returns 0 when it stays as it is. Hot loop helper. */
export function foldHanUnit(unit: number): number {
  return bmpFold[unit] ?? 0;
}

export function foldHanAstral(cp: number): number {
  return astralFold.get(cp) ?? cp;
}

/*
 * Which characters say "Traditional" or "Simplified". OpenCC changing a character is not enough:
 * 台, 里, 后 and 干 are changed by one direction yet are everyday characters in Taiwan. So a
 * character counts only when it also lies outside the other script's classic character set (GB2312
 * for Simplified, Big5 for Traditional), read through the standard TextDecoder.
 */
function decodedHan(label: string, leads: readonly [number, number][], trails: readonly [number, number][]): Set<number> {
  const bytes: number[] = [];
  for (const [leadFrom, leadTo] of leads) {
    for (let lead = leadFrom; lead <= leadTo; lead++) {
      for (const [trailFrom, trailTo] of trails) for (let t = trailFrom; t <= trailTo; t++) bytes.push(lead, t);
    }
  }
  const set = new Set<number>();
  for (const ch of new TextDecoder(label).decode(new Uint8Array(bytes))) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0x3400 && cp !== 0xfffd) set.add(cp);
  }
  return set;
}

const big5 = decodedHan('big5', [[0xa4, 0xc6], [0xc9, 0xf9]], [[0x40, 0x7e], [0xa1, 0xfe]]);
const gb2312 = decodedHan('gbk', [[0xb0, 0xf7]], [[0xa1, 0xfe]]);

export const SCRIPT_NEUTRAL = 0;
export const SCRIPT_TRADITIONAL = 1;
export const SCRIPT_SIMPLIFIED = 2;
/** BMP code unit → 0 neutral, 1 Traditional-only, 2 Simplified-only. */
const scriptSignal = new Uint8Array(BMP);
for (let cp = 0; cp < BMP; cp++) {
  const folded = bmpFold[cp] ?? 0;
  if (folded === 0) continue;
  if (!gb2312.has(cp)) scriptSignal[cp] = SCRIPT_TRADITIONAL;
  if (!big5.has(folded) && gb2312.has(folded)) scriptSignal[folded] = SCRIPT_SIMPLIFIED;
}

export function hanScriptSignal(unit: number): number {
  return scriptSignal[unit] ?? SCRIPT_NEUTRAL;
}
