import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { deserialiseModel } from '../features/listening/sentiment-model-codec.domain.ts';
import { thaiLogits } from '../features/listening/sentiment-th.domain.ts';
import { StartupError } from '../lib/app-error.ts';
import { runSentiment } from './sentiment.command.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'socialplan-sentiment-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const LINES = [
  { text: 'อร่อยมาก ชอบมาก', label: 'pos' },
  { text: 'บริการดี ประทับใจ', label: 'pos' },
  { text: 'แย่มาก ห่วย', label: 'neg' },
  { text: 'ผิดหวัง ไม่อร่อย', label: 'neg' },
  { text: 'ร้านเปิดกี่โมง', label: 'q' },
  { text: 'พรุ่งนี้ไปตลาด', label: 'neu' },
];

test('sentiment train writes a model the Thai engine loads, the same every time', (t) => {
  t.mock.method(console, 'log', () => {});
  const data = path.join(dir, 'train.jsonl');
  writeFileSync(data, `${LINES.map((line) => JSON.stringify(line)).join('\n')}\n`);
  const out = path.join(dir, 'model.json');
  assert.equal(runSentiment('train', { data, out }), 0);
  const first = readFileSync(out, 'utf8');
  assert.equal(runSentiment('train', { data, out }), 0);
  assert.equal(readFileSync(out, 'utf8'), first);
  const model = deserialiseModel(JSON.parse(first), 'th-default');
  const logits = thaiLogits('อร่อย ชอบ ประทับใจ', new Float32Array(3), model);
  assert.ok(logits[2]! > logits[0]!, 'positive words lean positive');
});

test('sentiment train explains what is missing or wrong', () => {
  const bad = path.join(dir, 'bad.jsonl');
  writeFileSync(bad, '{"text":"ดี","label":"pos"}\n{"text":"แย่","label":"bad"}\n');
  assert.throws(() => runSentiment('train', { out: 'x.json' }), (e) => e instanceof StartupError && /--data/.test(e.message));
  assert.throws(() => runSentiment('train', { data: bad }), (e) => e instanceof StartupError && /--out/.test(e.message));
  assert.throws(() => runSentiment('fit', {}), (e) => e instanceof StartupError && /Unknown sentiment command "fit"/.test(e.message));
  assert.throws(
    () => runSentiment('train', { data: bad, out: path.join(dir, 'never.json') }),
    (e) => e instanceof StartupError && e.message === 'bad.jsonl line 2: "label" must be one of pos, neu, neg, q (got "bad")',
  );
  assert.throws(() => runSentiment('train', { data: path.join(dir, 'missing.jsonl'), out: 'x.json' }), (e) => e instanceof StartupError && /ENOENT/.test(e.message));
});
