import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import iconv from 'iconv-lite';
import { auditEvents, listeningImports, mentions } from '../../db/schema/index.ts';
import { depsFor } from '../../main.ts';
import { createTestApp, type TestApp, type TestClient, testConfig } from '../../test-support/test-app.ts';
import { addMember } from '../../test-support/tenants.ts';
import { runImportJob } from './import-run.service.ts';
import { api, newWorkspace } from './listening-test.fixtures.ts';

let t: TestApp;
let owner: TestClient;
let orgId: string;
before(async () => {
  t = await createTestApp();
  owner = t.client();
  orgId = (await owner.setup('owner@example.com')).organizations[0]!.id;
});
after(() => t.close());

const CSV = [
  'Message,Created,Author,Source,Likes',
  '"BaanDoi coffee is great",2024-05-01 10:00,nok,Facebook,5',
  '"Lotus, slow again",01/05/2024 11:00,pim,Twitter,3',
  '"no date here",not a date,joe,LINE,1',
  '"ร้านบ้านดอยอร่อยมาก",2567-05-02 09:00,ploy,LINE,7',
].join('\r\n');

const upload = (client: TestClient, ws: string, name: string, bytes: Uint8Array, query = '') =>
  client.request('POST', `${api(ws, '/imports')}?fileName=${encodeURIComponent(name)}${query}`, Buffer.from(bytes), { 'content-type': 'application/octet-stream' });

/** Runs the queued `listening.import` job the way a worker would. */
async function runQueuedImport(): Promise<void> {
  const [job] = await t.jobs.boss.fetch<Record<string, unknown>>('listening.import');
  assert.ok(job, 'the start queued a listening.import job');
  await runImportJob(depsFor({ config: testConfig(), database: t.database, secretKey: 'k'.repeat(40), release: async () => {} }, t.jobs), job.data);
}

async function mentionCount(ws: string): Promise<number> {
  const [row] = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(mentions).where(eq(mentions.workspaceId, ws));
  return row!.n;
}

async function importFile(ws: string, name: string, bytes: Uint8Array) {
  const uploaded = await upload(owner, ws, name, bytes);
  assert.equal(uploaded.status, 201, JSON.stringify(uploaded.body));
  const started = await owner.post(api(ws, `/imports/${uploaded.body.import.id}/start`), { mapping: uploaded.body.suggestedMapping });
  assert.equal(started.status, 200, JSON.stringify(started.body));
  await runQueuedImport();
  return (await owner.get(api(ws, `/imports/${uploaded.body.import.id}`))).body;
}

test('upload, preview, start, progress and the rejected rows as CSV', async () => {
  const ws = await newWorkspace(owner, orgId, 'Imports');
  const bytes = new TextEncoder().encode(CSV);
  const res = await upload(owner, ws, 'mentions.csv', bytes);
  assert.equal(res.status, 201, JSON.stringify(res.body));
  assert.deepEqual(res.body.headers, ['Message', 'Created', 'Author', 'Source', 'Likes']);
  assert.equal(res.body.sampleRows.length, 4);
  assert.equal(res.body.sampleRows[3].Message, 'ร้านบ้านดอยอร่อยมาก');
  assert.deepEqual(res.body.suggestedMapping, { text: 'Message', date: 'Created', author: 'Author', channel: 'Source', likes: 'Likes' });
  assert.equal(res.body.import.status, 'uploaded');
  assert.equal(res.body.import.byteSize, bytes.byteLength);
  assert.equal(res.body.import.format, 'csv');
  const id = res.body.import.id as string;

  const started = await owner.post(api(ws, `/imports/${id}/start`), { mapping: res.body.suggestedMapping, options: { timezone: 'Asia/Bangkok', dateOrder: 'dmy' } });
  assert.equal(started.status, 200, JSON.stringify(started.body));
  assert.equal(started.body.status, 'queued');
  const audit = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.workspaceId, ws), eq(auditEvents.action, 'listening.import_started')));
  assert.equal(audit.length, 1);
  assert.equal((await owner.post(api(ws, `/imports/${id}/start`), { mapping: res.body.suggestedMapping })).body.error.code, 'import_not_startable');

  await runQueuedImport();
  const done = await owner.get(api(ws, `/imports/${id}`));
  assert.equal(done.body.status, 'done', JSON.stringify(done.body));
  assert.deepEqual([done.body.rowsImported, done.body.rowsDuplicate, done.body.rowsRejected], [3, 0, 1]);
  assert.equal(done.body.bytesProcessed, bytes.byteLength);
  assert.equal(await mentionCount(ws), 3);
  const channels = await t.database.db.select({ channel: mentions.channel }).from(mentions).where(eq(mentions.workspaceId, ws));
  assert.deepEqual(channels.map((c) => c.channel).sort(), ['facebook', 'line', 'x']);

  const list = await owner.get(api(ws, '/imports'));
  assert.deepEqual(list.body.imports.map((i: { id: string }) => i.id), [id]);
  const csv = await owner.get(api(ws, `/imports/${id}/rejections.csv`));
  assert.equal(csv.status, 200);
  assert.match(String(csv.headers['content-type']), /^text\/csv/);
  assert.match(String(csv.headers['content-disposition']), /filename="mentions-rejected\.csv"/);
  const lines = String(csv.body).replace(/^\ufeff/, '').trim().split(/\r?\n/);
  assert.equal(lines[0], 'line,reason,message,excerpt');
  assert.match(lines[1]!, /^4,invalid_date,/);
  assert.equal(lines.length, 2);
});

test('uploading and importing the same file again adds nothing', async () => {
  const ws = await newWorkspace(owner, orgId, 'Twice');
  const bytes = new TextEncoder().encode(CSV);
  const first = await importFile(ws, 'mentions.csv', bytes);
  assert.equal(first.rowsImported, 3);
  const second = await importFile(ws, 'mentions-copy.csv', bytes);
  assert.deepEqual([second.status, second.rowsImported, second.rowsDuplicate, second.rowsRejected], ['done', 0, 3, 1]);
  assert.equal(await mentionCount(ws), 3);
});

test('a Thai file in Windows-874 (TIS-620) is detected and read', async () => {
  const ws = await newWorkspace(owner, orgId, 'Thai');
  const thai = ['ข้อความ,วันที่,ผู้เขียน', 'กาแฟบ้านดอยอร่อยมากค่ะ ชอบมาก,02/05/2567 09:30,น้องนก', 'ส่งของช้ามาก ไม่ประทับใจเลย,03/05/2567 10:15,พี่ปลา'].join('\r\n');
  const bytes = iconv.encode(thai, 'windows-874');
  const res = await upload(owner, ws, 'thai.csv', bytes);
  assert.equal(res.status, 201, JSON.stringify(res.body));
  assert.equal(res.body.import.encoding, 'windows-874');
  assert.deepEqual(res.body.suggestedMapping, { text: 'ข้อความ', date: 'วันที่', author: 'ผู้เขียน' });
  assert.equal(res.body.sampleRows[0].ผู้เขียน, 'น้องนก');
  await owner.post(api(ws, `/imports/${res.body.import.id}/start`), { mapping: res.body.suggestedMapping });
  await runQueuedImport();
  const stored = await t.database.db.select({ text: mentions.text, language: mentions.language, publishedAt: mentions.publishedAt }).from(mentions).where(eq(mentions.workspaceId, ws));
  assert.equal(stored.length, 2);
  assert.ok(stored.every((m) => m.language === 'th'));
  assert.ok(stored.some((m) => m.text === 'กาแฟบ้านดอยอร่อยมากค่ะ ชอบมาก' && m.publishedAt.toISOString() === '2024-05-02T02:30:00.000Z'));
});

test('a mapping or options that cannot work are refused before anything is queued', async () => {
  const ws = await newWorkspace(owner, orgId, 'Mapping');
  const res = await upload(owner, ws, 'mentions.csv', new TextEncoder().encode(CSV));
  const id = res.body.import.id as string;
  const noText = await owner.post(api(ws, `/imports/${id}/start`), { mapping: { date: 'Created', author: 'Nope' } });
  assert.equal(noText.status, 400);
  assert.equal(noText.body.error.code, 'import_mapping_invalid');
  assert.deepEqual(noText.body.error.details.map((d: { path: string }) => d.path).sort(), ['body.mapping.author', 'body.mapping.text']);
  const zone = await owner.post(api(ws, `/imports/${id}/start`), { mapping: { text: 'Message' }, options: { timezone: 'Mars/Olympus' } });
  assert.equal(zone.body.error.code, 'validation_failed');
  assert.equal(zone.body.error.details[0].path, 'body.options.timezone');
  const encoding = await owner.post(api(ws, `/imports/${id}/start`), { mapping: { text: 'Message' }, options: { encoding: 'ebcdic' } });
  assert.equal(encoding.body.error.details[0].path, 'body.options.encoding');
  assert.equal((await owner.get(api(ws, `/imports/${id}`))).body.status, 'uploaded');
  const missing = await owner.post(api(ws, '/imports/00000000-0000-4000-8000-000000000009/start'), { mapping: { text: 'Message' } });
  assert.equal(missing.status, 404);
});

test('empty, oversized and non-file uploads are refused and leave no import behind', async () => {
  const ws = await newWorkspace(owner, orgId, 'Refusals');
  const empty = await upload(owner, ws, 'empty.csv', new Uint8Array(0));
  assert.equal(empty.status, 422);
  assert.equal(empty.body.error.code, 'import_file_empty');
  const huge = await owner.request('POST', `${api(ws, '/imports')}?fileName=big.csv`, Buffer.from('text\nhello'), {
    'content-type': 'application/octet-stream',
    'content-length': String(513 * 1024 * 1024),
  });
  assert.equal(huge.status, 413);
  assert.equal(huge.body.error.code, 'payload_too_large');
  const json = await owner.post(`${api(ws, '/imports')}?fileName=x.csv`, { text: 'not a file' });
  assert.equal(json.status, 415);
  const noName = await upload(owner, ws, '', new TextEncoder().encode(CSV));
  assert.equal(noName.status, 400);
  // The JSON routes still refuse other media types.
  const octetOnJson = await owner.request('POST', api(ws, '/topics'), Buffer.from('{}'), { 'content-type': 'application/octet-stream' });
  assert.equal(octetOnJson.status, 415);
  const rows = await t.database.db.select().from(listeningImports).where(eq(listeningImports.workspaceId, ws));
  assert.equal(rows.length, 0);
});

test('viewers may follow imports but not upload or start them', async () => {
  const ws = await newWorkspace(owner, orgId, 'Roles');
  const res = await upload(owner, ws, 'mentions.csv', new TextEncoder().encode(CSV));
  const viewer = (await addMember(t, owner, ws, 'viewer-imports@example.com', 'viewer')).client;
  assert.equal((await upload(viewer, ws, 'mentions.csv', new TextEncoder().encode(CSV))).status, 403);
  assert.equal((await viewer.post(api(ws, `/imports/${res.body.import.id}/start`), { mapping: { text: 'Message' } })).status, 403);
  assert.equal((await viewer.get(api(ws, '/imports'))).status, 200);
  assert.equal((await viewer.get(api(ws, `/imports/${res.body.import.id}`))).status, 200);
  assert.equal((await viewer.get(api(ws, `/imports/${res.body.import.id}/rejections.csv`))).status, 200);
});
