import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { eldSmallTablesFromModule } from '../../../shared/listening/eld-compact.source.ts';
import { readTextArray } from '../../db/pg-binary-array.ts';
import { createAnalysisPool } from './analysis-pool.ts';
import { readEldNgramsFile } from './eld-ngrams-file.domain.ts';
import { incomingMention } from './incoming-mention.fixtures.ts';
import { languageTables } from './language-tables.ts';
import { MENTION_COLUMNS } from './mention-batch.domain.ts';

test("the tables read from eld's file as text are, byte for byte, those built from its module", async () => {
  const [scanned, imported] = await Promise.all([languageTables(), eldSmallTablesFromModule()]);
  assert.ok(scanned instanceof SharedArrayBuffer);
  assert.deepEqual(new Uint8Array(scanned), new Uint8Array(imported));
});

test('they are built once per process', async () => {
  assert.equal(languageTables(), languageTables());
  assert.equal(await languageTables(), await languageTables());
});

const SAMPLE = `/* header */
export const ngramsData = {type:'T2',languages:{0:'am',1:'ar'},isSubset:false,ngrams:{' a ':{0:5,1:17},L_QL:{1:9},'d\\'a\\\\':{0:1}}};
`;

function scanned(text: string) {
  const file = readEldNgramsFile(text);
  const grams: [string, number[], number[]][] = [];
  file.ngrams((gram, ids, scores) => grams.push([gram, [...ids], [...scores]]));
  return { languages: file.languages, grams };
}

test('the scan reads what the module holds: quoted and bare keys, escapes, every score', async () => {
  const module = (await import(`data:text/javascript,${encodeURIComponent(SAMPLE)}`)) as { ngramsData: { ngrams: Record<string, Record<string, number>> } };
  const expected = Object.entries(module.ngramsData.ngrams).map(([gram, scores]): [string, number[], number[]] => [gram, Object.keys(scores).map(Number), Object.values(scores)]);
  assert.deepEqual(scanned(SAMPLE), { languages: ['am', 'ar'], grams: expected });
});

test('the scan refuses anything else, saying what it expected and where', () => {
  const broken = (from: string, to: string) => () => scanned(SAMPLE.replace(from, to));
  assert.throws(broken("'d\\'a", "'d\\na"), /expected an escape eld writes .* at offset \d+/);
  assert.throws(broken('L_QL:{1:9}', 'L_QL:{1:x}'), /expected a number at offset \d+, found "x}/);
  assert.throws(broken('1:17}', '1:17]'), /expected "}" at offset/);
  assert.throws(broken("1:'ar'", "2:'ar'"), /language ids out of order/);
  assert.throws(broken('ngrams:{', 'grams:{'), /expected ",ngrams:{"/);
  assert.throws(broken('}}};', '}}};x'), /expected the end of the file/);
  assert.throws(broken(',L_QL', ',9LQL'), /expected a key at offset/);
});

const mention = (text: string, i: number) => incomingMention(text, { externalId: `m${i}`, author: 'a' });

test('analysis threads and the calling thread detect with the tables', async () => {
  const pool = createAnalysisPool({ size: 1, inThreadBelow: 3 });
  const texts = ['Le service client était vraiment excellent', 'Das Essen war gut aber der Kaffee war kalt', 'ok'];
  const languages = async (count: number) => {
    const task = { key: 'k', config: { topics: [], userWords: [], models: [], timeZone: 'UTC' }, source: 'file' as const, defaultChannel: 'other', nowMs: Date.now() };
    const batch = await pool.analyse({ ...task, mentions: texts.slice(0, count).map(mention) });
    return readTextArray(batch.parts[0]!.columns[MENTION_COLUMNS.findIndex((c) => c.name === 'language')]!);
  };
  try {
    assert.deepEqual(await languages(2), ['fr', 'de'], 'in the calling thread');
    assert.deepEqual(await languages(3), ['fr', 'de', 'en'], 'in a worker thread');
  } finally {
    await pool.close();
  }
});

/** Niceness of each of this process's threads (Linux), from field 19 of /proc/self/task/ID/stat. */
function threadNiceness(): Map<number, number> {
  const niceness = new Map<number, number>();
  for (const id of readdirSync('/proc/self/task')) {
    const stat = readFileSync(`/proc/self/task/${id}/stat`, 'utf8');
    niceness.set(Number(id), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]));
  }
  return niceness;
}

test('analysis threads run at a lower priority than the thread that writes the database', { skip: process.platform !== 'linux' }, async () => {
  const before = threadNiceness();
  const pool = createAnalysisPool({ size: 2, inThreadBelow: 0 });
  try {
    const task = { key: 'k', config: { topics: [], userWords: [], models: [], timeZone: 'UTC' }, source: 'file' as const, defaultChannel: 'other', nowMs: Date.now() };
    // Two batches at once, so both threads have started and answered.
    await Promise.all([pool.analyse({ ...task, mentions: [mention('hello', 1)] }), pool.analyse({ ...task, mentions: [mention('สวัสดี', 2)] })]);
    const started = [...threadNiceness()].filter(([id]) => !before.has(id));
    // Ten below the process, whatever it started at (a test run under `nice` too).
    const own = threadNiceness().get(process.pid) ?? 0;
    const expected = Math.min(19, own + 10);
    assert.deepEqual(
      started.filter(([, nice]) => nice === expected).length,
      2,
      `two new threads at niceness ${expected}: ${JSON.stringify(started)}`,
    );
    assert.equal(own, before.get(process.pid), 'the main thread keeps its priority');
  } finally {
    await pool.close();
  }
});
