import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hashPassword, randomToken, unusablePasswordHash, verifyPassword } from './passwords.ts';

// A low cost keeps these tests fast; the default cost is checked once below.
const CHEAP = { N: 1024, r: 8, p: 1 };

test('a hash verifies its own password and no other', async () => {
  const hash = await hashPassword('correct horse battery', CHEAP);
  assert.equal(await verifyPassword('correct horse battery', hash), true);
  assert.equal(await verifyPassword('correct horse battery ', hash), false);
  assert.equal(await verifyPassword('Correct horse battery', hash), false);
  assert.equal(await verifyPassword('', hash), false);
});

test('the hash carries scheme, cost and salt, and verification uses the stored cost', async () => {
  const hash = await hashPassword('correct horse battery', CHEAP);
  const [scheme, n, r, p, salt, key] = hash.split('$');
  assert.deepEqual([scheme, n, r, p], ['scrypt', '1024', '8', '1']);
  assert.equal(Buffer.from(salt!, 'base64url').length, 16);
  assert.equal(Buffer.from(key!, 'base64url').length, 64);
  // The same salt and key under another cost must not verify: the cost is part of what is checked.
  assert.equal(await verifyPassword('correct horse battery', ['scrypt', 2048, r, p, salt, key].join('$')), false);
});

test('the default cost is N=32768, r=8, p=1', async () => {
  const hash = await hashPassword('correct horse battery');
  assert.match(hash, /^scrypt\$32768\$8\$1\$[\w-]+\$[\w-]+$/);
  assert.equal(await verifyPassword('correct horse battery', hash), true);
});

test('the same password hashes differently each time (random salt)', async () => {
  const a = await hashPassword('correct horse battery', CHEAP);
  const b = await hashPassword('correct horse battery', CHEAP);
  assert.notEqual(a, b);
});

test('passwords are compared after NFKC normalisation', async () => {
  // Full-width digits and letters, as typed with some CJK input methods, equal their ASCII forms.
  const hash = await hashPassword('passcode 1234567890', CHEAP);
  assert.equal(await verifyPassword('ｐａｓｓｃｏｄｅ １２３４５６７８９０', hash), true);
  // Composed and decomposed accents are the same password.
  const accented = await hashPassword('caf\u00e9 au lait!', CHEAP);
  assert.equal(await verifyPassword('cafe\u0301 au lait!', accented), true);
});

test('an unusable hash never verifies', async () => {
  const hash = unusablePasswordHash();
  assert.notEqual(unusablePasswordHash(), hash);
  for (const attempt of ['', 'disabled', hash, hash.split('$')[1]!]) {
    assert.equal(await verifyPassword(attempt, hash), false);
  }
});

test('stored values of an unknown scheme never verify', async () => {
  assert.equal(await verifyPassword('x', ''), false);
  assert.equal(await verifyPassword('x', 'bcrypt$10$abc'), false);
  assert.equal(await verifyPassword('x', 'scrypt$1024$8$1$$'), false);
});

test('random tokens are URL-safe and unique', () => {
  const a = randomToken();
  assert.match(a, /^[\w-]{43}$/);
  assert.notEqual(randomToken(), a);
  assert.match(randomToken(12), /^[\w-]{16}$/);
});
