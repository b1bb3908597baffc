import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CsvDelimiter } from './csv-delimiter.domain.ts';
import { type CsvItem, createCsvParser, isCsvRow } from './csv-reader.domain.ts';

function parse(text: string, options: { chunk?: number; delimiter?: CsvDelimiter; maxRecordChars?: number; maxQuotedChars?: number } = {}): CsvItem[] {
  const parser = createCsvParser(options);
  const out: CsvItem[] = [];
  const size = options.chunk ?? text.length;
  for (let i = 0; i < text.length; i += size) parser.push(text.slice(i, i + size), out);
  parser.end(out);
  return out;
}

const rows = (items: CsvItem[]) => items.filter(isCsvRow).map((r) => [r.line, ...r.fields]);
const problems = (items: CsvItem[]) => items.filter((i) => !isCsvRow(i));

test('quotes, escaped quotes, line breaks inside quotes and every line ending, in any chunk size', () => {
  const text = 'text,author\r\n"Hello, world",a\n"say ""hi""",b\r"two\r\nlines",c\r\nplain,"d"\n\n,\n"last"';
  const expected = [
    [1, 'text', 'author'],
    [2, 'Hello, world', 'a'],
    [3, 'say "hi"', 'b'],
    [4, 'two\nlines', 'c'],
    [6, 'plain', 'd'],
    [9, 'last'],
  ];
  for (const chunk of [1, 2, 3, 7, 1000]) assert.deepEqual(rows(parse(text, { chunk })), expected, `chunk ${chunk}`);
});

test('the delimiter is sniffed (, ; tab), or taken from an Excel sep= line', () => {
  assert.deepEqual(rows(parse('a;b;c\n1,5;2;3\n')), [
    [1, 'a', 'b', 'c'],
    [2, '1,5', '2', '3'],
  ]);
  assert.deepEqual(rows(parse('a\tb\n"x\ty"\tz\n')), [
    [1, 'a', 'b'],
    [2, 'x\ty', 'z'],
  ]);
  assert.deepEqual(rows(parse('sep=;\r\na;b\r\n1;2\r\n', { chunk: 2 })), [
    [2, 'a', 'b'],
    [3, '1', '2'],
  ]);
  assert.deepEqual(rows(parse('only\none column, with a comma?\n')).length, 2);
});

test('text after a closing quote rejects that record only, naming its line', () => {
  const items = parse('a,b\n"x"y,1\nok,2\n');
  assert.deepEqual(rows(items), [
    [1, 'a', 'b'],
    [3, 'ok', '2'],
  ]);
  assert.deepEqual(
    problems(items).map((p) => !isCsvRow(p) && [p.line, p.reason, p.excerpt]),
    [[2, 'bad_quote', '"x"y,1']],
  );
});

test('a broken quote on line 40,000 of a generated file: that line is rejected, every other row imports', () => {
  const lines = ['id,text,likes'];
  for (let i = 2; i <= 60_000; i++) lines.push(i === 40_000 ? `${i},"broken quote here,7` : `${i},"post ${i}, with comma",${i % 100}`);
  const items = parse(`${lines.join('\r\n')}\r\n`, { chunk: 65_536 });
  const bad = problems(items);
  assert.equal(bad.length, 1);
  assert.equal(bad[0]!.line, 40_000);
  assert.equal(!isCsvRow(bad[0]!) && bad[0]!.reason, 'bad_quote');
  const good = items.filter(isCsvRow);
  assert.equal(good.length, 60_000 - 1);
  assert.deepEqual(good.at(-1), { line: 60_000, fields: ['60000', 'post 60000, with comma', '0'] });
  assert.ok(good.every((r) => r.line === 1 || r.fields[0] === String(r.line)));
});

test('a quote never closed before the end of the file is rejected and the lines after it still parse', () => {
  const items = parse('a,b\n1,"never closed\n2,x\n3,y\n', { chunk: 4 });
  assert.deepEqual(rows(items), [
    [1, 'a', 'b'],
    [3, '2', 'x'],
    [4, '3', 'y'],
  ]);
  assert.deepEqual(problems(items).map((p) => !isCsvRow(p) && [p.line, p.reason]), [[2, 'unterminated_quote']]);
});

test('a quoted field that runs past the limit across lines is a broken quote, found without reading to the end', () => {
  const body = Array.from({ length: 2000 }, (_, i) => `${i + 3},row`).join('\n');
  const items = parse(`a,b\n1,"open\n${body}\n`, { chunk: 100, maxQuotedChars: 1000 });
  assert.deepEqual(problems(items).map((p) => !isCsvRow(p) && [p.line, p.reason]), [[2, 'unterminated_quote']]);
  assert.equal(items.filter(isCsvRow).length, 2001);
});

test('a 2 MB single line is accepted under the cap, rejected as line_too_long over it, and parsing goes on', () => {
  const long = 'ก'.repeat(2 * 1024 * 1024);
  const text = `text,n\n"${long}",1\n${long},2\nafter,3\n`;
  const accepted = parse(text, { chunk: 65_536 });
  assert.equal(accepted.filter(isCsvRow)[1]!.fields[0]!.length, long.length);
  assert.equal(accepted.filter(isCsvRow).length, 4);
  const capped = parse(text, { chunk: 65_536, maxRecordChars: 1024 * 1024 });
  assert.deepEqual(problems(capped).map((p) => !isCsvRow(p) && [p.line, p.reason]), [
    [2, 'line_too_long'],
    [3, 'line_too_long'],
  ]);
  assert.deepEqual(rows(capped), [
    [1, 'text', 'n'],
    [4, 'after', '3'],
  ]);
});

test('blank lines and rows of empty cells are skipped; the last line needs no line break', () => {
  assert.deepEqual(rows(parse('a,b\n\n,\n"",""\nx,\n')), [
    [1, 'a', 'b'],
    [5, 'x', ''],
  ]);
  assert.deepEqual(rows(parse('a,b\nx,y')), [
    [1, 'a', 'b'],
    [2, 'x', 'y'],
  ]);
  assert.deepEqual(rows(parse('')), []);
});
