import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DATA_MAX, summarizeValue, TEXT_MAX } from './diff-value.ts';

test('text and numbers are shown as they are', () => {
  assert.deepEqual(summarizeValue('Grow repeat orders'), { kind: 'text', text: 'Grow repeat orders', truncated: false });
  assert.deepEqual(summarizeValue(1200), { kind: 'text', text: '1200', truncated: false });
  assert.deepEqual(summarizeValue(false), { kind: 'text', text: 'false', truncated: false });
});

test('nothing, blank text and empty lists are told apart from values', () => {
  assert.deepEqual(summarizeValue(null), { kind: 'none' });
  assert.deepEqual(summarizeValue(undefined), { kind: 'none' });
  assert.deepEqual(summarizeValue('  '), { kind: 'empty' });
  assert.deepEqual(summarizeValue([]), { kind: 'empty' });
  assert.deepEqual(summarizeValue({}), { kind: 'empty' });
});

test('a list of plain values reads as one line, with a dash for an unset quarter', () => {
  assert.deepEqual(summarizeValue(['coffee', 'latte art']), { kind: 'text', text: 'coffee, latte art', truncated: false });
  assert.deepEqual(summarizeValue([100, null, 300, null]), { kind: 'text', text: '100, —, 300, —', truncated: false });
});

test('whole items become compact JSON, cut at the limit', () => {
  assert.deepEqual(summarizeValue({ id: 'a', title: 'Launch' }), { kind: 'data', text: '{"id":"a","title":"Launch"}', truncated: false });
  const long = summarizeValue({ description: 'x'.repeat(500) });
  assert.equal(long.kind, 'data');
  assert.ok(long.kind === 'data' && long.truncated && long.text.length === DATA_MAX && long.text.endsWith('…'));
});

test('long text is cut with an ellipsis', () => {
  const long = summarizeValue('y'.repeat(1000));
  assert.ok(long.kind === 'text' && long.truncated && long.text.length === TEXT_MAX && long.text.endsWith('…'));
});
