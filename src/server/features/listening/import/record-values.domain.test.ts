import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseFormat } from './import-records.domain.ts';
import { cellText, csvValues, jsonCell, jsonColumns, jsonValues } from './record-values.domain.ts';

test('JSON columns are leaf paths; values are read by key or dotted path, own keys only', () => {
  const record = { id: 7, 'post.text': 'literal key', user: { name: 'ann', stats: { followers: 12 } }, tags: ['a', 'b'], gone: null };
  assert.deepEqual([...jsonColumns(record)], ['id', 'post.text', 'user.name', 'user.stats.followers', 'tags', 'gone']);
  assert.equal(jsonCell(record, 'user.name'), 'ann');
  assert.equal(jsonCell(record, 'post.text'), 'literal key');
  assert.equal(jsonCell(record, 'user.stats.followers'), '12');
  assert.equal(jsonCell(record, 'tags'), '["a","b"]');
  assert.equal(jsonCell(record, 'gone'), '');
  assert.equal(jsonCell(record, 'missing.path'), '');
  assert.equal(jsonCell(record, 'constructor'), '');
  assert.equal(jsonCell(record, 'user.__proto__'), '');
  assert.equal(cellText(true), 'true');
  assert.deepEqual(jsonValues({ text: 'post.text', author: 'user.name', likes: 'nope' })(record), { text: 'literal key', author: 'ann', likes: '' });
});

test('CSV values are read by header position; a short row gives empty cells', () => {
  const read = csvValues({ text: 'Message', likes: 'Likes' }, ['Likes', 'Message']);
  assert.deepEqual(read(['3', 'hello']), { text: 'hello', likes: '3' });
  assert.deepEqual(read(['3']), { text: '', likes: '3' });
});

test('the format comes from the file name when it says, else from the first character', () => {
  assert.equal(chooseFormat('export.CSV', '['), 'csv');
  assert.equal(chooseFormat('x.jsonl', '{'), 'ndjson');
  assert.equal(chooseFormat('x.json', '['), 'json');
  assert.equal(chooseFormat('x.json', '{'), 'ndjson');
  assert.equal(chooseFormat(undefined, 't'), 'csv');
});
