import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forEachAsciiWord } from './ascii-words.domain.ts';

function shortcut(text: string): string[] | null {
  const words: string[] = [];
  return forEachAsciiWord(text, (word) => words.push(word)) ? words : null;
}

const segmenters = ['en', 'th', 'zh'].map((locale) => ({ locale, segmenter: new Intl.Segmenter(locale, { granularity: 'word' }) }));

function segmenterWords(text: string, segmenter: Intl.Segmenter): string[] {
  return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

test('words of plain ASCII text: letters and digits join, and a single separator between two of a kind', () => {
  assert.deepEqual(shortcut("Don't wait: e.g. 3.5 or 1,000 at 10:30, rock'n'roll a1b2 x.y.z"), [
    "Don't",
    'wait',
    'e.g',
    '3.5',
    'or',
    '1,000',
    'at',
    '10',
    '30',
    "rock'n'roll",
    'a1b2',
    'x.y.z',
  ]);
  assert.deepEqual(shortcut("'quoted' a..b 1..2 a.1 1.a end."), ['quoted', 'a', 'b', '1', '2', 'a', '1', '1', 'a', 'end']);
  assert.deepEqual(shortcut(''), []);
});

test('text with other characters than ASCII, or with an underscore, is left to the segmenter', () => {
  assert.equal(shortcut('café'), null);
  assert.equal(shortcut('good 👍'), null);
  assert.equal(shortcut('snake_case'), null);
});

test('the words are those of Intl.Segmenter, in every locale the statistics use', () => {
  // Letters and digits, every separator the rules name, and some that end a word.
  const alphabet = "abZ09 .,:;'-!?#@/\"()\n\t";
  let seed = 2026;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  for (let n = 0; n < 5000; n++) {
    let text = '';
    const length = Math.floor(random() * 24);
    for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
    for (const { locale, segmenter } of segmenters) assert.deepEqual(shortcut(text), segmenterWords(text, segmenter), `${JSON.stringify(text)} in ${locale}`);
  }
});
