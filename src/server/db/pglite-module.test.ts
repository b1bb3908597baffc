import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { BASELINE_ONLY, moduleLayout, PGLITE_V8_FLAGS, pgliteModule, pgliteWasmPath, withBaselineOnly } from './pglite-module.ts';

const original = readFileSync(pgliteWasmPath());

/** Where the hints section's first byte (declared function 0) is. */
function firstHintAt(bytes: Uint8Array): number {
  const at = Buffer.from(bytes).indexOf(Buffer.from('compilationHints'));
  assert.ok(at > 0 && at < moduleLayout(bytes, []).codeSectionAt, 'the hints section comes before the code section');
  let p = at + 'compilationHints'.length;
  while (bytes[p]! & 0x80) p++; // the count, LEB128
  return p + 1;
}

/** The hint byte V8 will read for a function (by its index in the whole module). */
function hintOf(bytes: Uint8Array, functionIndex: number): number {
  return bytes[firstHintAt(bytes) + functionIndex - moduleLayout(bytes, []).importedFunctions]!;
}

test('the grammar function is found by name in the PGlite module', () => {
  const layout = moduleLayout(original, BASELINE_ONLY);
  assert.ok(layout.importedFunctions > 0);
  assert.ok(layout.declaredFunctions > 1000);
  assert.equal(typeof layout.names.get('raw_parser'), 'number');
  assert.equal(layout.hinted, false);
});

test('the hinted module keeps raw_parser on the baseline tier and every other function on the default', () => {
  const { bytes, hinted } = withBaselineOnly(original, BASELINE_ONLY);
  assert.deepEqual(hinted, ['raw_parser']);
  const layout = moduleLayout(bytes, BASELINE_ONLY);
  assert.equal(layout.hinted, true);
  const parser = layout.names.get('raw_parser')!;
  assert.equal(hintOf(bytes, parser), 0x14);
  assert.equal(hintOf(bytes, parser + 1), 0);
  assert.equal(hintOf(bytes, layout.importedFunctions), 0);
  assert.ok(WebAssembly.validate(bytes as Uint8Array<ArrayBuffer>));
  // Hinting twice, or a function that is not there, leaves the module as it is.
  assert.equal(withBaselineOnly(bytes, BASELINE_ONLY).bytes, bytes);
  assert.equal(withBaselineOnly(original, ['no_such_function']).bytes, original);
});

test('V8 started with the flags reads the section (a malformed hint is refused)', () => {
  const broken = Uint8Array.from(withBaselineOnly(original, BASELINE_ONLY).bytes);
  broken[firstHintAt(broken)] = (1 << 4) | (2 << 2); // top tier below the baseline tier: V8 rejects it
  const script = `WebAssembly.compile(require('node:fs').readFileSync(0)).then(() => console.log('compiled'), (e) => console.log('refused: ' + e.message))`;
  const run = (flags: string[]) => execFileSync(process.execPath, [...flags, '-e', script], { input: broken, encoding: 'utf8' }).trim();
  assert.match(run(PGLITE_V8_FLAGS), /^refused: .*compilation hint/);
  assert.equal(run([]), 'compiled');
});

test('PGlite runs on the hinted module', async () => {
  const { PGlite } = await import('@electric-sql/pglite');
  const client = await PGlite.create({ pgliteWasmModule: await pgliteModule() });
  const result = await client.query<{ n: number }>('select 6 * 7 as n');
  assert.equal(result.rows[0]!.n, 42);
  await client.close();
});
