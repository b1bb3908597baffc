import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LOGO_MAX_BYTES } from '../../../shared/api/workspace-logo.schemas.ts';
import { fitInto, inspectLogo } from './workspace-logo.domain.ts';
import { jpegHead, pngImage } from './workspace-logo.fixtures.ts';

const refused = (bytes: Uint8Array, claimed: 'image/png' | 'image/jpeg' = 'image/png') => {
  const verdict = inspectLogo(bytes, claimed);
  assert.equal(verdict.ok, false);
  return verdict.ok ? '' : verdict.message;
};

test('PNG and JPEG are recognised by their bytes and measured', () => {
  assert.deepEqual(inspectLogo(pngImage(120, 40), 'image/png'), { ok: true, image: { mediaType: 'image/png', width: 120, height: 40 } });
  assert.deepEqual(inspectLogo(jpegHead(640, 200), 'image/jpeg'), { ok: true, image: { mediaType: 'image/jpeg', width: 640, height: 200 } });
});

test('other images are refused by name, anything else as not an image', () => {
  assert.match(refused(Buffer.from('RIFF\u0000\u0000\u0000\u0000WEBPVP8 ', 'latin1')), /this is a WebP image, not a PNG or JPEG/);
  assert.match(refused(Buffer.from('GIF89a\u0001\u0000\u0001\u0000', 'latin1')), /this is a GIF image/);
  assert.match(refused(Buffer.from('<?xml version="1.0"?><svg onload="alert(1)"/>')), /this is an SVG image/);
  assert.match(refused(Buffer.from('#!/bin/sh\nrm -rf /\n')), /^this is not a PNG or JPEG image; save the logo as PNG or JPEG/);
  assert.match(refused(new Uint8Array()), /the file is empty/);
});

test('the bytes decide, not the claimed type; a damaged header is refused', () => {
  assert.match(refused(pngImage(10, 10), 'image/jpeg'), /the file is a PNG image but was sent as image\/jpeg/);
  assert.match(refused(pngImage(10, 10).subarray(0, 20)), /damaged/);
  assert.match(refused(pngImage(9000, 1)), /9000×1 pixels; at most 8192/);
});

test('a logo over 256 KB is refused with its size', () => {
  const big = pngImage(10, 10, { padding: LOGO_MAX_BYTES });
  assert.match(refused(big), /^the image is 257 KB; the limit is 256 KB$/);
});

test('fitting into a box keeps the proportions and never enlarges', () => {
  assert.deepEqual(fitInto({ width: 1000, height: 250 }, { width: 264, height: 84 }), { width: 264, height: 66 });
  assert.deepEqual(fitInto({ width: 200, height: 400 }, { width: 264, height: 84 }), { width: 42, height: 84 });
  assert.deepEqual(fitInto({ width: 32, height: 16 }, { width: 264, height: 84 }), { width: 32, height: 16 });
});
