import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { openImportFile } from './import-file.source.ts';
import { type ImportBatch, type ImportOptions, importMentions } from './import-pipeline.domain.ts';
import { previewImport } from './import-preview.domain.ts';
import { ImportFailure } from './import-problems.domain.ts';
import { rejectionsCsv } from './rejections-csv.domain.ts';

async function* chunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function runImport(bytes: Uint8Array, options: ImportOptions = {}, size = 4096): Promise<ImportBatch[]> {
  const batches: ImportBatch[] = [];
  for await (const batch of importMentions(chunks(bytes, size), { timeZone: 'Asia/Bangkok', totalBytes: bytes.length, ...options })) batches.push(batch);
  return batches;
}

const all = (batches: ImportBatch[]) => ({ mentions: batches.flatMap((b) => b.mentions), rejections: batches.flatMap((b) => b.rejections) });

test('a Big5 CSV with Chinese headers imports through the suggested mapping, in batches with progress', async () => {
  const lines = ['編號,內容,發布時間,作者,讚,分享數'];
  for (let i = 1; i <= 2500; i++) lines.push(`${i},"今天去了這家店，客服態度很好 ${i}",2024年1月5日 10:${String(i % 60).padStart(2, '0')},用戶${i},${i % 7 === 0 ? '1.2萬' : i},${i * 2}`);
  const bytes = iconv.encode(`${lines.join('\r\n')}\r\n`, 'big5');
  const batches = await runImport(bytes, { batchSize: 1000 });
  assert.deepEqual(
    batches.map((b) => b.mentions.length + b.rejections.length),
    [1000, 1000, 500],
  );
  const last = batches.at(-1)!;
  assert.deepEqual(last.progress, { bytesRead: bytes.length, totalBytes: bytes.length, rows: 2500, accepted: 2500, rejected: 0, done: true });
  assert.equal(last.encoding?.encoding, 'big5');
  assert.equal(last.format, 'csv');
  assert.deepEqual(last.mapping, { id: '編號', text: '內容', date: '發布時間', author: '作者', likes: '讚', shares: '分享數' });
  const { mentions } = all(batches);
  assert.deepEqual(mentions[6], {
    externalId: 'id:7',
    text: '今天去了這家店，客服態度很好 7',
    publishedAt: '2024-01-05T03:07:00.000Z',
    author: '用戶7',
    channel: null,
    url: null,
    reach: null,
    likes: 12000,
    shares: 14,
    comments: null,
  });
  assert.ok(batches.slice(0, -1).every((b) => !b.progress.done && b.progress.bytesRead <= bytes.length));
});

test('a broken quote on line 40,000: that row is rejected with its line, all the others import', async () => {
  const lines = ['id,text,date,likes'];
  for (let i = 2; i <= 50_000; i++) lines.push(i === 40_000 ? `${i},"unclosed quote,05/01/2024,1` : `${i},"post ${i}, ok",05/01/2024,${i}`);
  const { mentions, rejections } = all(await runImport(Buffer.from(lines.join('\n')), {}, 65_536));
  assert.equal(mentions.length, 50_000 - 2);
  assert.deepEqual(
    rejections.map((r) => [r.line, r.reason]),
    [[40_000, 'bad_quote']],
  );
});

test('re-importing the same file gives the same external ids; rejected rows say why, line by line', async () => {
  const csv = [
    'Message;Created at;Author;Likes',
    '"Great coffee ☕";05/01/2024 09:00;ann;12',
    '🔥🔥🔥;05/01/2024 09:05;bob;1,234',
    ';05/01/2024 09:10;carl;1',
    'Nice;2567-01-05 10:00;dan;lots',
    'Too;many;cells;here;x',
    'ร้านนี้ดี;5 ม.ค. 2567;eve;',
  ].join('\r\n');
  const first = all(await runImport(Buffer.from(csv)));
  const second = all(await runImport(Buffer.from(csv), {}, 7));
  assert.deepEqual(
    first.mentions.map((m) => m.text),
    ['Great coffee ☕', '🔥🔥🔥', 'ร้านนี้ดี'],
  );
  assert.deepEqual(
    second.mentions.map((m) => m.externalId),
    first.mentions.map((m) => m.externalId),
  );
  assert.deepEqual(
    first.rejections.map((r) => [r.line, r.reason]),
    [
      [4, 'empty_text'],
      [5, 'invalid_number'],
      [6, 'wrong_field_count'],
    ],
  );
  assert.equal(first.rejections[1]!.excerpt, 'Nice;2567-01-05 10:00;dan;lots');
});

test('NDJSON and JSON arrays import with nested keys mapped by path; bad lines are rejected with their line', async () => {
  const ndjson = ['{"id":"a1","message":"hello","user":{"name":"ann"},"created_at":1704448800,"likes":3}', '{"id":"a2", broken', '{"id":"a3","message":"","user":{"name":"bob"},"created_at":1704448800}'].join('\n');
  const mapping = { id: 'id', text: 'message', author: 'user.name', date: 'created_at', likes: 'likes' };
  const fromNdjson = all(await runImport(Buffer.from(ndjson), { mapping }, 5));
  assert.deepEqual(
    fromNdjson.mentions.map((m) => [m.externalId, m.text, m.author, m.publishedAt, m.likes]),
    [['id:a1', 'hello', 'ann', '2024-01-05T10:00:00.000Z', 3]],
  );
  assert.deepEqual(
    fromNdjson.rejections.map((r) => [r.line, r.reason]),
    [
      [2, 'invalid_json'],
      [3, 'empty_text'],
    ],
  );
  const array = `[\n${ndjson.split('\n').filter((l) => !l.includes('broken')).join(',\n')}\n]`;
  const fromArray = await runImport(Buffer.from(array), { mapping });
  assert.equal(fromArray.at(-1)!.format, 'json');
  assert.deepEqual(
    all(fromArray).mentions.map((m) => m.externalId),
    ['id:a1'],
  );
});

test('whole-file problems stop the import with a coded failure', async () => {
  const failure = async (bytes: Uint8Array, options: ImportOptions = {}) => {
    try {
      await runImport(bytes, options);
    } catch (error) {
      assert.ok(error instanceof ImportFailure);
      return error.code;
    }
    assert.fail('should fail');
  };
  assert.equal(await failure(new Uint8Array()), 'empty_file');
  assert.equal(await failure(Buffer.from('colour,size\nred,1\n')), 'mapping_invalid');
  assert.equal(await failure(Buffer.from('text\nx\n'), { mapping: { text: 'body' } }), 'mapping_invalid');
  assert.equal(await failure(Buffer.from('text\nx\n'), { timeZone: 'Nowhere/Else' }), 'invalid_time_zone');
});

test('the preview reads only the start of a file from disk and suggests a mapping; rejected rows download as safe CSV', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'sp-import-'));
  try {
    const path = join(dir, 'mentions.csv');
    const rows = Array.from({ length: 5000 }, (_, i) => `"=cmd|' /C calc'!A${i}",ข้อความ ${i},2024-01-05`);
    await writeFile(path, iconv.encode(`author,ข้อความ,วันที่\n${rows.join('\n')}\n`, 'windows-874'));
    const file = await openImportFile(path);
    const preview = await previewImport(file.chunks, { sampleRows: 3 });
    assert.equal(preview.encoding.encoding, 'windows-874');
    assert.deepEqual(preview.columns, ['author', 'ข้อความ', 'วันที่']);
    assert.deepEqual(preview.suggestedMapping, { author: 'author', text: 'ข้อความ', date: 'วันที่' });
    assert.deepEqual(preview.sample[1], { line: 3, cells: { author: "=cmd|' /C calc'!A1", ข้อความ: 'ข้อความ 1', วันที่: '2024-01-05' } });
    let csv = '';
    for await (const piece of rejectionsCsv([{ line: 7, reason: 'invalid_date', message: 'date: "x"', excerpt: "=cmd|' /C calc'!A0,x" }])) csv += piece;
    assert.equal(csv, `\ufeffline,reason,message,excerpt\r\n7,invalid_date,"date: ""x""","'=cmd|' /C calc'!A0,x"\r\n`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
