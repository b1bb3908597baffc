import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseLabelledJsonl } from './sentiment-dataset.domain.ts';
import { scorePredictions } from './sentiment-metrics.domain.ts';
import { buildLexicon, scanLexicon } from './sentiment-lexicon.domain.ts';

test('labelled JSON Lines: a question counts as neutral, blank lines are skipped', () => {
  const content = '{"text":"good","label":"pos"}\n\n{"text":"open at 9?","label":"q"}\n{"text":"bad","label":"neg"}\n';
  assert.deepEqual(parseLabelledJsonl(content, 'a.jsonl'), [
    { text: 'good', label: 'pos' },
    { text: 'open at 9?', label: 'neu' },
    { text: 'bad', label: 'neg' },
  ]);
});

test('a bad record is named by file and line', () => {
  assert.throws(() => parseLabelledJsonl('{"text":"a","label":"pos"}\n{oops', 'b.jsonl'), /^Error: b.jsonl line 2: not valid JSON$/);
  assert.throws(() => parseLabelledJsonl('{"text":"a","label":"happy"}', 'c.jsonl'), /c.jsonl line 1: "label" must be one of pos, neu, neg, q \(got "happy"\)/);
  assert.throws(() => parseLabelledJsonl('{"text":"  ","label":"pos"}', 'd.jsonl'), /d.jsonl line 1: "text" must be a non-empty string/);
  assert.throws(() => parseLabelledJsonl('[1]', 'e.jsonl'), /e.jsonl line 1: "text" must be a non-empty string/);
});

test('accuracy and macro-F1 over the classes present', () => {
  const scores = scorePredictions(['pos', 'pos', 'neg', 'neg'], ['pos', 'neg', 'neg', 'neg']);
  assert.equal(scores.accuracy, 0.75);
  // pos: P 1, R 0.5 → F1 2/3; neg: P 2/3, R 1 → F1 0.8.
  assert.ok(Math.abs(scores.macroF1 - (2 / 3 + 0.8) / 2) < 1e-12);
  assert.deepEqual(scorePredictions([], []), { count: 0, accuracy: 0, macroF1: 0 });
});

test('the lexicon scan takes the longest word at each place', () => {
  const lexicon = buildLexicon([
    ['不', 'negator'],
    ['不错', 'good'],
    ['错', 'bad'],
  ] as const);
  assert.equal(lexicon.size, 3);
  assert.deepEqual(
    scanLexicon(lexicon, '很不错，不错过').map((m) => [m.start, m.value]),
    [
      [1, 'good'],
      [4, 'good'],
    ],
  );
});
