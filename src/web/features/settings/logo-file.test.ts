import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LOGO_MAX_BYTES } from '../../../shared/api/workspace-logo.schemas.ts';
import { readLogoFile } from './logo-file.ts';

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

test('a PNG or JPEG is read by its bytes and encoded for the API', async () => {
  assert.deepEqual(await readLogoFile(new Blob([png], { type: 'image/jpeg' })), { ok: true, mediaType: 'image/png', dataBase64: Buffer.from(png).toString('base64') });
  const jpeg = await readLogoFile(new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])]));
  assert.equal(jpeg.ok && jpeg.mediaType, 'image/jpeg');
});

test('other files and files over the limit are refused before sending', async () => {
  assert.deepEqual(await readLogoFile(new Blob(['GIF89a'], { type: 'image/png' })), { ok: false, problem: 'wrongType', sizeKb: 1 });
  assert.deepEqual(await readLogoFile(new Blob([new Uint8Array(LOGO_MAX_BYTES + 1)])), { ok: false, problem: 'tooLarge', sizeKb: 257 });
});

test('a large logo is encoded whole, not cut at an argument limit', async () => {
  const bytes = new Uint8Array(200_000).map((_, i) => i % 251);
  bytes.set(png.subarray(0, 8));
  const read = await readLogoFile(new Blob([bytes]));
  assert.ok(read.ok);
  assert.deepEqual(Buffer.from(read.ok ? read.dataBase64 : '', 'base64'), Buffer.from(bytes));
});
