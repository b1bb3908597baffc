import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatFileSize } from './file-size.ts';

test('file sizes read in each language, in powers of 1,000', () => {
  assert.equal(formatFileSize(999, 'en'), '999 bytes');
  assert.equal(formatFileSize(4_234_000, 'en'), '4.2 MB');
  assert.equal(formatFileSize(512 * 1024 * 1024, 'en'), '537 MB');
  assert.equal(formatFileSize(1_500_000_000, 'en'), '1.5 GB');
  assert.equal(formatFileSize(999, 'th'), '999 ไบต์');
  assert.equal(formatFileSize(999, 'zh-Hans'), '999字节');
});
