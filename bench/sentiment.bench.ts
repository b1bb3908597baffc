/**
 * `npm run bench:sentiment -- --data DIR [--json]`
 *
 * DIR holds one folder per data set (named `<language>-<name>`, e.g. `th-wisesight`) of JSON Lines
 * files `{ "text", "label" }`. Every `.jsonl` file but `train.jsonl` is scored: accuracy and macro-F1
 * out of the box, then the learning curve, macro-F1 after 100, 500 and 2,000 user corrections drawn
 * (fixed seed) from the folder's `train.jsonl`; a folder without one has no curve (`null`). A file
 * whose labels are only pos and neg is scored as a two-class task: positive when the score is
 * above zero, negative otherwise. Progress goes to stderr; `--json` prints one JSON object.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { SentimentLabel } from '../src/shared/listening/sentiment.schemas.ts';
import { parseLabelledJsonl } from '../src/server/features/listening/sentiment-dataset.domain.ts';
import type { LinearModel } from '../src/server/features/listening/sentiment-linear.domain.ts';
import { scorePredictions } from '../src/server/features/listening/sentiment-metrics.domain.ts';
import type { LabelledText } from '../src/server/features/listening/sentiment-th.domain.ts';
import { seededRandom, shuffledIndices } from '../src/server/features/listening/sentiment-training.domain.ts';
import { analyseSentiment } from '../src/server/features/listening/sentiment.domain.ts';
import { learnFromCorrections } from '../src/server/features/listening/sentiment-workspace.domain.ts';

const CURVE_POINTS = [100, 500, 2000] as const;
const CORRECTION_SEED = 20240;
const THROUGHPUT_SECONDS = 1;

type FileResult = {
  language: string;
  count: number;
  classes: 2 | 3;
  accuracy: number;
  macroF1: number;
  /** Macro-F1 after 100, 500 and 2,000 corrections; null without a train.jsonl to draw them from. */
  curve: Record<string, number | null> | null;
  curveAccuracy: Record<string, number | null> | null;
  /** analyseSentiment calls per second on one core, out of the box and with the model of 2,000 corrections. */
  textsPerSecond: { outOfTheBox: Speed; withWorkspaceModel: Speed | null };
};

type Speed = { wall: number; cpu: number };

const progress = (message: string) => process.stderr.write(`${message}\n`);

function readSet(file: string): LabelledText[] {
  return parseLabelledJsonl(readFileSync(file, 'utf8'), file);
}

function predict(rows: readonly LabelledText[], language: string, binary: boolean, model?: LinearModel): SentimentLabel[] {
  return rows.map((row) => {
    const result = analyseSentiment(row.text, language, model);
    if (!binary) return result.label;
    return result.score > 0 ? 'pos' : 'neg';
  });
}

/** Texts per second of wall time and per second of CPU time (the machine may be shared). */
function throughput(rows: readonly LabelledText[], language: string, model?: LinearModel): Speed {
  for (const row of rows.slice(0, 200)) analyseSentiment(row.text, language, model);
  let count = 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  while (performance.now() - started < THROUGHPUT_SECONDS * 1000) {
    for (const row of rows) analyseSentiment(row.text, language, model);
    count += rows.length;
  }
  const wall = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  return { wall: Math.round(count / wall), cpu: Math.round(count / ((cpu.user + cpu.system) / 1e6)) };
}

/** Corrections are a fixed-seed shuffle of train.jsonl; each curve point takes the first N of it. */
function correctionModels(trainFile: string, language: string): Map<number, LinearModel> {
  const train = readSet(trainFile);
  const order = shuffledIndices(train.length, seededRandom(CORRECTION_SEED));
  const models = new Map<number, LinearModel>();
  for (const size of CURVE_POINTS) {
    if (size > train.length) continue;
    progress(`  learning from ${size} corrections drawn from ${trainFile}`);
    const corrections = Array.from(order.subarray(0, size), (i) => ({ ...train[i]!, language }));
    models.set(size, learnFromCorrections(corrections));
  }
  return models;
}

function benchFolder(folder: string, name: string, results: Record<string, FileResult>): void {
  const language = name.split('-')[0]!;
  const files = readdirSync(folder)
    .filter((f) => f.endsWith('.jsonl') && f !== 'train.jsonl')
    .sort();
  if (files.length === 0) return;
  const trainFile = path.join(folder, 'train.jsonl');
  const models = statSync(trainFile, { throwIfNoEntry: false })?.isFile() ? correctionModels(trainFile, language) : null;
  for (const file of files) {
    const key = `${name}/${file}`;
    progress(`  scoring ${key}`);
    const rows = readSet(path.join(folder, file));
    const gold = rows.map((r) => r.label);
    const binary = gold.every((label) => label !== 'neu');
    const outOfTheBox = scorePredictions(gold, predict(rows, language, binary));
    let curve: FileResult['curve'] = null;
    let curveAccuracy: FileResult['curveAccuracy'] = null;
    if (models) {
      curve = {};
      curveAccuracy = {};
      for (const size of CURVE_POINTS) {
        const model = models.get(size);
        const scores = model ? scorePredictions(gold, predict(rows, language, binary, model)) : null;
        curve[size] = scores?.macroF1 ?? null;
        curveAccuracy[size] = scores?.accuracy ?? null;
      }
    }
    progress(`  measuring speed on ${key}`);
    const largest = models?.get(CURVE_POINTS.at(-1)!);
    results[key] = {
      language,
      count: rows.length,
      classes: binary ? 2 : 3,
      accuracy: outOfTheBox.accuracy,
      macroF1: outOfTheBox.macroF1,
      curve,
      curveAccuracy,
      textsPerSecond: { outOfTheBox: throughput(rows, language), withWorkspaceModel: largest ? throughput(rows, language, largest) : null },
    };
  }
}

const pct = (value: number | null | undefined) => (value === null || value === undefined ? '   -  ' : value.toFixed(3).padStart(6));

function printTable(results: Record<string, FileResult>): void {
  const header = ['file'.padEnd(28), 'lang', 'n'.padStart(5), 'cls', ' acc  ', '  F1  ', ...CURVE_POINTS.map((n) => `F1@${n}`.padStart(7)), ...CURVE_POINTS.map((n) => `acc@${n}`.padStart(8)), '      texts/s', '     +model/s'];
  const speed = (s: Speed | null) => (s ? `${s.wall}/${s.cpu}` : '-').padStart(13);
  console.log(header.join(' '));
  for (const [key, r] of Object.entries(results)) {
    console.log(
      [
        key.padEnd(28),
        r.language.padEnd(4),
        String(r.count).padStart(5),
        String(r.classes).padStart(3),
        pct(r.accuracy),
        pct(r.macroF1),
        ...CURVE_POINTS.map((n) => pct(r.curve?.[n]).padStart(7)),
        ...CURVE_POINTS.map((n) => pct(r.curveAccuracy?.[n]).padStart(8)),
        speed(r.textsPerSecond.outOfTheBox),
        speed(r.textsPerSecond.withWorkspaceModel),
      ].join(' '),
    );
  }
  console.log(
    "\ncls 2: pos/neg only, scored on the score's sign. F1@N, acc@N: after N corrections from the folder's train.jsonl.\ntexts/s: per second of wall time / of CPU time, one core; +model: with the workspace model of 2,000 corrections.",
  );
}

function main(): number {
  const { values } = parseArgs({ options: { data: { type: 'string' }, json: { type: 'boolean' } } });
  if (!values.data) {
    console.error('Usage: npm run bench:sentiment -- --data DIR [--json]');
    return 1;
  }
  const root = values.data;
  const folders = readdirSync(root)
    .filter((name) => statSync(path.join(root, name)).isDirectory())
    .sort();
  const results: Record<string, FileResult> = {};
  for (const name of folders) {
    progress(`${name}:`);
    benchFolder(path.join(root, name), name, results);
  }
  if (values.json) console.log(JSON.stringify(results, null, 2));
  else printTable(results);
  return 0;
}

process.exitCode = main();
