import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildAutomaton } from './aho-corasick.domain.ts';

function hits(patterns: string[], text: string): string[] {
  const found: string[] = [];
  buildAutomaton(patterns).scan(text, (p, end) => found.push(`${patterns[p]}@${end}`));
  return found.sort();
}

function naive(patterns: string[], text: string): string[] {
  const found: string[] = [];
  patterns.forEach((p) => {
    if (p === '') return;
    for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) found.push(`${p}@${i + p.length}`);
  });
  return found.sort();
}

test('finds every occurrence, overlapping and nested (the textbook he/she/his/hers)', () => {
  assert.deepEqual(hits(['he', 'she', 'his', 'hers'], 'ushers'), ['he@4', 'hers@6', 'she@4']);
});

test('Thai and Chinese patterns are found inside unspaced text', () => {
  assert.deepEqual(hits(['บ้านดอย', 'ดอย', '客服', '微博'], 'ไปบ้านดอยมา 微博客服'), [
    'ดอย@9',
    'บ้านดอย@9',
    '客服@16',
    '微博@14',
  ]);
});

test('empty patterns and texts find nothing', () => {
  assert.deepEqual(hits(['', 'a'], ''), []);
  assert.deepEqual(hits([''], 'abc'), []);
  assert.deepEqual(hits([], 'abc'), []);
});

test('agrees with a naive search on random texts over a small alphabet', () => {
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const alphabet = ['a', 'b', 'ก', '皮', 'ab'];
  const word = (max: number) =>
    Array.from({ length: 1 + Math.floor(random() * max) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
  for (let round = 0; round < 200; round++) {
    const patterns = [...new Set(Array.from({ length: 1 + Math.floor(random() * 8) }, () => word(4)))];
    const text = word(40);
    assert.deepEqual(hits(patterns, text), naive(patterns, text), `${patterns.join(',')} in ${text}`);
  }
});
