import assert from 'node:assert/strict';
import { test } from 'node:test';
import { csvCell, csvLine, diffFields } from './audit.domain.ts';

test('diffFields keeps only what changed', () => {
  assert.deepEqual(diffFields({ name: 'A', tz: 'UTC' }, { name: 'B', tz: 'UTC' }), { name: { from: 'A', to: 'B' } });
  assert.deepEqual(diffFields({ name: 'A' }, { name: undefined }), {});
});

test('CSV cells are quoted when needed and defused against formulas', () => {
  assert.equal(csvCell('plain'), 'plain');
  assert.equal(csvCell('a,b'), '"a,b"');
  assert.equal(csvCell('say "hi"'), '"say ""hi"""');
  assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
  assert.equal(csvCell(null), '');
  assert.equal(csvCell({ a: 1 }), '"{""a"":1}"');
  assert.equal(csvLine(['กาแฟ', '咖啡']), 'กาแฟ,咖啡\r\n');
});
