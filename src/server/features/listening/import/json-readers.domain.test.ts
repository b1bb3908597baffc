import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ImportFailure } from './import-problems.domain.ts';
import { createJsonArrayParser } from './json-array-reader.domain.ts';
import { createNdjsonParser, isJsonRow, type JsonItem } from './ndjson-reader.domain.ts';

type Parser = { push(text: string, out: JsonItem[]): void; end(out: JsonItem[]): void };

function run(parser: Parser, text: string, chunk = text.length || 1): JsonItem[] {
  const out: JsonItem[] = [];
  for (let i = 0; i < text.length; i += chunk) parser.push(text.slice(i, i + chunk), out);
  parser.end(out);
  return out;
}

const summary = (items: JsonItem[]) => items.map((item) => (isJsonRow(item) ? [item.line, item.value] : [item.line, item.reason]));

test('NDJSON: each line an object; bad lines are rejected with their line and the JSON reason', () => {
  const text = '{"text":"a"}\r\n\n{"text":"กาแฟ 😀"}\n{"text": oops}\n[1]\n{"text":"c"}';
  for (const chunk of [1, 5, 1000]) {
    const items = run(createNdjsonParser(), text, chunk);
    assert.deepEqual(summary(items), [
      [1, { text: 'a' }],
      [3, { text: 'กาแฟ 😀' }],
      [4, 'invalid_json'],
      [5, 'not_an_object'],
      [6, { text: 'c' }],
    ]);
    const bad = items[2]!;
    assert.ok(!isJsonRow(bad) && /JSON/.test(bad.message) && bad.excerpt === '{"text": oops}');
  }
});

test('NDJSON: a line over the cap is rejected without being kept, the next lines still parse', () => {
  const long = `{"text":"${'x'.repeat(5000)}"}`;
  const items = run(createNdjsonParser({ maxLineChars: 1000 }), `{"a":1}\n${long}\n{"b":2}\n`, 64);
  assert.deepEqual(summary(items), [
    [1, { a: 1 }],
    [2, 'line_too_long'],
    [3, { b: 2 }],
  ]);
});

test('NDJSON: a pretty-printed JSON document is refused as a whole with a clear reason', () => {
  assert.throws(
    () => run(createNdjsonParser(), '{\n  "text": "a"\n}\n'),
    (error) => error instanceof ImportFailure && error.code === 'not_ndjson' && error.message.includes('line 1'),
  );
});

test('JSON array: streamed element by element in any chunk size, with lines; a bad element is rejected alone', () => {
  const text = '[\n  {"text": "a, [b] {c}", "n": 1},\n  {"text": "say \\"hi\\"\\\\"},\n  {"text": bad},\n  "str",\n  {"text": "中文"}\n]\n';
  for (const chunk of [1, 3, 1000]) {
    assert.deepEqual(summary(run(createJsonArrayParser(), text, chunk)), [
      [2, { text: 'a, [b] {c}', n: 1 }],
      [3, { text: 'say "hi"\\' }],
      [4, 'invalid_json'],
      [5, 'not_an_object'],
      [6, { text: '中文' }],
    ]);
  }
  assert.deepEqual(run(createJsonArrayParser(), ' [ ] '), []);
});

test('JSON array: an element over the cap is rejected and skipped in bounded memory', () => {
  const items = run(createJsonArrayParser({ maxElementChars: 100 }), `[{"a":1},{"text":"${'y'.repeat(1000)}"},{"b":2}]`, 10);
  assert.deepEqual(summary(items), [
    [1, { a: 1 }],
    [1, 'record_too_large'],
    [1, { b: 2 }],
  ]);
});

test('JSON array: damage to the array itself stops the import with the line where it is', () => {
  const failsAt = (text: string, pattern: RegExp) =>
    assert.throws(
      () => run(createJsonArrayParser(), text),
      (error) => error instanceof ImportFailure && error.code === 'json_structure' && pattern.test(error.message),
    );
  failsAt('{"a":1}', /line 1: expected "\["/);
  failsAt('[\n{"a":1}\n{"b":2}]', /line 3: expected "," or "\]"/);
  failsAt('[{"a":1},\n{"b":2', /ends before the JSON array is closed/);
  failsAt('[{"a":1}] x', /after the end/);
});
