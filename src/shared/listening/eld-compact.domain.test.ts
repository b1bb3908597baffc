import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { eld } from 'eld/small';
import { createEldDetector, type EldResult } from './eld-compact.domain.ts';
import { ELD_TEST_TEXTS as CORPUS } from './eld-compact.fixtures.ts';
import { eldSmallTablesFromModule } from './eld-compact.source.ts';
import { readEldTables } from './eld-compact.tables.ts';

// eld itself is the oracle: the compact detector must give its language and isReliable() exactly.
const tables = await eldSmallTablesFromModule();
const compact = createEldDetector(tables);

function oracle(text: string): EldResult {
  const result = eld.detect(text);
  return { language: result.language, reliable: result.isReliable() };
}

test('the corpus is varied: a few hundred texts, many languages, reliable and not', () => {
  assert.ok(CORPUS.length >= 300, `${CORPUS.length} texts`);
  const answers = CORPUS.map(oracle);
  assert.ok(new Set(answers.map((a) => a.language)).size >= 25);
  assert.ok(answers.filter((a) => a.reliable).length >= 50);
  assert.ok(answers.filter((a) => !a.reliable && a.language !== '').length >= 50);
  assert.ok(answers.some((a) => a.language === ''));
});

test("language and isReliable() are eld's, text by text", () => {
  for (const text of CORPUS) assert.deepEqual(compact.detect(text), oracle(text), JSON.stringify(text));
});

test("random strings of letters, marks, spaces and punctuation get eld's answers too", () => {
  const alphabet = "abcdefghijklmnopqrstuvwxyzéèàüöäßçñãâêôíóúđơưạảấầ  ,.'’`-абвгдежзийклмнопрстуфхцчшщыэюяαβγδεζηθابتثجحخدذرزسشصضطظعغفقكلمنهوي中文ไทย한국어";
  let seed = 7;
  const random = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  for (let n = 0; n < 3000; n++) {
    let text = '';
    for (let i = 1 + Math.floor(random() * 120); i > 0; i--) text += alphabet[Math.floor(random() * alphabet.length)];
    assert.deepEqual(compact.detect(text), oracle(text), JSON.stringify(text));
  }
});

test('the tables hold all of eld/small: 60 languages, 81,206 n-grams, in under 2 MB', () => {
  const read = readEldTables(tables);
  assert.deepEqual(read.languages, Object.values(eld.info().Languages));
  assert.equal(read.keys.filter((key) => key !== 0).length, 81_206);
  assert.equal(read.pairs.length, 141_339);
  assert.ok(tables.byteLength < 2 * 1024 * 1024, `${tables.byteLength} bytes`);
  assert.throws(() => readEldTables(new ArrayBuffer(64)), /not a buffer of eld tables/);
});

test('another thread reads the same shared buffer it is sent and answers the same', async () => {
  const texts = CORPUS.slice(0, 120);
  const code = `const { parentPort, workerData } = require('node:worker_threads');
    import(workerData.module).then(({ createEldDetector }) => {
      const detector = createEldDetector(workerData.tables);
      parentPort.postMessage({ shared: workerData.tables instanceof SharedArrayBuffer, answers: workerData.texts.map((t) => detector.detect(t)) });
    });`;
  const module = new URL('./eld-compact.domain.ts', import.meta.url).href;
  const worker = new Worker(code, { eval: true, workerData: { tables, texts, module } });
  const reply = await new Promise<{ shared: boolean; answers: EldResult[] }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await worker.terminate();
  assert.equal(reply.shared, true);
  assert.deepEqual(reply.answers, texts.map(oracle));
});
