import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { completeStrategy } from '../../../shared/strategy/strategy.fixtures.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.ts';
import { addMember, createWorkspaceAs } from '../../test-support/tenants.ts';
import { zipEntries } from '../../test-support/zip-entries.ts';
import { contentDisposition, documentFileNames } from './document-file.domain.ts';

let t: TestApp;
let owner: TestClient;
let viewer: TestClient;
let ws: string;

const url = (rest: string) => `/api/v1/workspaces/${ws}/strategy${rest}`;
const bytes = (res: { raw: { rawPayload: Buffer } }) => res.raw.rawPayload;

before(async () => {
  t = await createTestApp();
  owner = t.client();
  const orgId = (await owner.setup('owner@example.com')).organizations[0]!.id;
  ws = await createWorkspaceAs(owner, orgId, 'Baan Doi บ้านดอย');
  viewer = (await addMember(t, owner, ws, 'viewer@example.com', 'viewer')).client;
  const doc = completeStrategy();
  doc.goals.goals[0]!.description = 'ยอดขายเว็บช็อปโต 50%';
  const saved = await owner.request('PUT', url(''), { revision: 0, document: doc });
  assert.equal(saved.status, 200, JSON.stringify(saved.body));
});
after(() => t.close());

test('each format has its content type and a download name in ASCII and in UTF-8', async () => {
  const expected = { md: 'text/markdown; charset=utf-8', html: 'text/html; charset=utf-8', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' };
  for (const [format, type] of Object.entries(expected)) {
    const res = await viewer.get(url(`/export.${format}?locale=en`));
    assert.equal(res.status, 200, `${format}: ${res.raw.body.slice(0, 200)}`);
    assert.equal(res.headers['content-type'], type);
    const disposition = String(res.headers['content-disposition']);
    assert.match(disposition, new RegExp(`^attachment; filename="baan-doi-strategy-r1-en\\.${format}"; filename\\*=UTF-8''`));
    const unicode = decodeURIComponent(disposition.split("UTF-8''")[1] ?? '');
    assert.equal(unicode, `Baan Doi บ้านดอย – Social media strategy r1.${format}`);
  }
  const docx = await owner.get(url('/export.docx'));
  assert.ok(zipEntries(bytes(docx)).get('word/document.xml')?.toString('utf8').includes('ยอดขายเว็บช็อปโต 50%'));
});

test('the language is the workspace default unless one is asked for; an unknown one is refused', async () => {
  assert.match((await owner.get(url('/export.md'))).raw.body, /^# Social media strategy\n/);
  await owner.patch(`/api/v1/workspaces/${ws}`, { defaultLocale: 'th' });
  const th = await owner.get(url('/export.md'));
  assert.match(th.raw.body, /^# กลยุทธ์โซเชียลมีเดีย\n/);
  assert.match(String(th.headers['content-disposition']), /filename="baan-doi-strategy-r1-th\.md"/);
  const hant = await owner.get(url('/export.html?locale=zh-Hant'));
  assert.match(hant.raw.body, /<html lang="zh-Hant">/);
  assert.match(hant.raw.body, /<h1>社群媒體策略<\/h1>/);
  const bad = await owner.get(url('/export.md?locale=fr'));
  assert.equal(bad.status, 400);
  assert.equal(bad.body.error.details[0].path, 'query.locale');
  await owner.patch(`/api/v1/workspaces/${ws}`, { defaultLocale: 'en' });
});

test('a published version exports as published, not as the draft is now; an unknown version is 404', async () => {
  const published = await owner.post(url('/versions'), { label: 'แผนปี 2026', revision: 1 });
  assert.equal(published.status, 201, JSON.stringify(published.body));
  const edited = completeStrategy();
  edited.goals.statement = 'A newer statement in the draft';
  await owner.request('PUT', url(''), { revision: 1, document: edited });

  const version = await viewer.get(url('/export.md?version=1&locale=en'));
  assert.equal(version.status, 200);
  assert.match(version.raw.body, /Version 1: แผนปี 2026 · Published /);
  assert.ok(version.raw.body.includes('ยอดขายเว็บช็อปโต 50%'));
  assert.ok(!version.raw.body.includes('A newer statement'));
  assert.match(String(version.headers['content-disposition']), /filename="baan-doi-strategy-v1-en\.md"/);
  const draft = await viewer.get(url('/export.md?locale=en'));
  assert.match(draft.raw.body, /Working draft, revision 2/);
  assert.ok(draft.raw.body.includes('A newer statement in the draft'));

  const missing = await viewer.get(url('/export.docx?version=9'));
  assert.equal(missing.status, 404);
  assert.equal(missing.body.error.code, 'not_found');
  assert.equal((await viewer.get(url('/export.html?version=0'))).status, 400);
});

test('the RACI in the exported document names the members', async () => {
  const md = (await owner.get(url('/export.md?locale=en'))).raw.body;
  assert.match(md, /^\| Why social & goals \| Former member \| Former member \| Former member \| — \|$/m);
  const doc = completeStrategy();
  const me = (await owner.get('/api/v1/session')).body.user.id as string;
  doc.team.raci.goals.accountable = [me];
  await owner.request('PUT', url(''), { revision: 2, document: doc });
  assert.match((await owner.get(url('/export.md?locale=en'))).raw.body, /^\| Why social & goals \| Former member \| Olivia Owner \|/m);
});

test('file names are safe in any file system and encoded as RFC 5987 asks', () => {
  const names = documentFileNames({ workspaceName: 'A/B: "ร้าน" (1)*', title: '社群媒體策略', source: { kind: 'version', number: 3, label: '', publishedAt: '2026-01-01' }, locale: 'zh-Hant', format: 'docx' });
  assert.deepEqual(names, { ascii: 'ab-1-strategy-v3-zh-hant.docx', unicode: 'A B ร้าน (1) – 社群媒體策略 v3.docx' });
  assert.equal(
    contentDisposition(names),
    `attachment; filename="ab-1-strategy-v3-zh-hant.docx"; filename*=UTF-8''A%20B%20%E0%B8%A3%E0%B9%89%E0%B8%B2%E0%B8%99%20%281%29%20%E2%80%93%20%E7%A4%BE%E7%BE%A4%E5%AA%92%E9%AB%94%E7%AD%96%E7%95%A5%20v3.docx`,
  );
  assert.equal(documentFileNames({ workspaceName: 'บ้านดอย', title: 'x', source: { kind: 'draft', revision: 0 }, locale: 'th', format: 'md' }).ascii, 'socialplan-strategy-r0-th.md');
});
