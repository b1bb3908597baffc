import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatOf, IMPORT_MAX_BYTES, readImportFile } from './import-file.ts';

test('the format follows the file extension, in any case', () => {
  assert.equal(formatOf('strategy.json'), 'json');
  assert.equal(formatOf('Strategy.YAML'), 'yaml');
  assert.equal(formatOf('q1.review.yml'), 'yaml');
  assert.equal(formatOf('strategy.docx'), null);
  assert.equal(formatOf('json'), null);
});

test('a strategy file is read with its format', async () => {
  const read = await readImportFile(new File(['schemaVersion: 1\n'], 'strategy.yaml'));
  assert.deepEqual(read, { ok: true, file: { name: 'strategy.yaml', format: 'yaml', content: 'schemaVersion: 1\n' } });
});

test('files the API would refuse are stopped before sending', async () => {
  assert.deepEqual(await readImportFile(new File(['{}'], 'notes.txt')), { ok: false, problem: 'wrongType' });
  assert.deepEqual(await readImportFile(new File(['x'.repeat(IMPORT_MAX_BYTES + 1)], 'big.json')), { ok: false, problem: 'tooLarge' });
  assert.deepEqual(await readImportFile(new File([''], 'empty.json')), { ok: false, problem: 'empty' });
  assert.deepEqual(await readImportFile(new File(['  \n'], 'blank.yml')), { ok: false, problem: 'empty' });
});

test('a file that fits only before JSON escaping is refused too, as the request would be', async () => {
  const lines = 'a\n'.repeat(IMPORT_MAX_BYTES / 2 - 1024);
  assert.deepEqual(await readImportFile(new File([lines], 'many-lines.yaml')), { ok: false, problem: 'tooLarge' });
  assert.equal((await readImportFile(new File(['x'.repeat(IMPORT_MAX_BYTES - 1024)], 'edge.json'))).ok, true);
});
