import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createSecretBox } from './secret-box.ts';

const KEY = 'test-secret-key-test-secret-key-0123456789';

/** Flips one bit of the decoded bytes of part `index` of a `v1.iv.tag.data` box. */
function tamper(sealed: string, index: 1 | 2 | 3): string {
  const parts = sealed.split('.');
  const bytes = Buffer.from(parts[index]!, 'base64url');
  bytes[0] = bytes[0]! ^ 0x01;
  parts[index] = bytes.toString('base64url');
  return parts.join('.');
}

test('opens what it sealed, including empty and non-ASCII text', () => {
  const box = createSecretBox(KEY);
  for (const plain of ['', 'token-123', 'ความลับ 秘密 🔑', 'x'.repeat(10_000)]) {
    const sealed = box.seal(plain);
    assert.match(sealed, /^v1\.[\w-]+\.[\w-]+\.[\w-]*$/);
    assert.equal(box.open(sealed), plain);
  }
});

test('a sealed box does not contain the plain text and differs on every seal', () => {
  const box = createSecretBox(KEY);
  const a = box.seal('access-token-abc');
  const b = box.seal('access-token-abc');
  assert.notEqual(a, b);
  assert.ok(!a.includes('access-token-abc'));
  assert.ok(!Buffer.from(a.split('.')[3]!, 'base64url').toString('utf8').includes('access-token'));
});

test('a box with changed ciphertext, tag or IV fails authentication', () => {
  const box = createSecretBox(KEY);
  const sealed = box.seal('webhook secret');
  for (const part of [1, 2, 3] as const) {
    assert.throws(() => box.open(tamper(sealed, part)), /unable to authenticate data|Unsupported state/i, `part ${part}`);
  }
});

test('a box sealed under one key does not open under another', () => {
  const sealed = createSecretBox(KEY).seal('webhook secret');
  assert.throws(() => createSecretBox(`${KEY}-other`).open(sealed), /unable to authenticate data|Unsupported state/i);
});

test('the same key opens boxes across instances', () => {
  assert.equal(createSecretBox(KEY).open(createSecretBox(KEY).seal('kept across restarts')), 'kept across restarts');
});

test('rejects text that is not a sealed box', () => {
  const box = createSecretBox(KEY);
  assert.throws(() => box.open('plain text'), /Unrecognised sealed secret/);
  assert.throws(() => box.open(box.seal('x').replace(/^v1/, 'v2')), /Unrecognised sealed secret/);
});
