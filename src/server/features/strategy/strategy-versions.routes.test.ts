import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { completeStrategy, ID } from '../../../shared/strategy/strategy.fixtures.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.ts';
import { addMember, createWorkspaceAs } from '../../test-support/tenants.ts';

let t: TestApp;
let owner: TestClient;
let ws: string;

const url = (rest = '') => `/api/v1/workspaces/${ws}/strategy${rest}`;

before(async () => {
  t = await createTestApp();
  owner = t.client();
  const orgId = (await owner.setup('owner@example.com')).organizations[0]!.id;
  ws = await createWorkspaceAs(owner, orgId, 'Versions');
  await owner.request('PUT', url(), { revision: 0, document: completeStrategy() });
});
after(() => t.close());

test('publishing numbers versions 1, 2, … and lists them newest first without documents', async () => {
  const first = await owner.post(url('/versions'), { label: 'แผนปี 2027', revision: 1 });
  assert.equal(first.status, 201, JSON.stringify(first.body));
  assert.deepEqual({ ...first.body, publishedAt: undefined, publishedBy: first.body.publishedBy.name }, {
    number: 1,
    label: 'แผนปี 2027',
    revision: 1,
    publishedAt: undefined,
    publishedBy: 'Olivia Owner',
  });
  const edited = completeStrategy();
  edited.channels.channels.reverse();
  edited.channels.channels[0]!.reason = 'คนรุ่นใหม่ค้นหาร้านกาแฟบน Instagram';
  await owner.request('PUT', url(), { revision: 1, document: edited });
  const second = await owner.post(url('/versions'), { label: 'After review', revision: 2 });
  assert.equal(second.body.number, 2);

  const list = await owner.get(url('/versions'));
  assert.deepEqual(list.body.versions.map((v: { number: number; label: string }) => [v.number, v.label]), [[2, 'After review'], [1, 'แผนปี 2027']]);
  assert.ok(!('document' in list.body.versions[0]));
  const one = await owner.get(url('/versions/1'));
  assert.deepEqual(one.body.document, completeStrategy());
  assert.equal((await owner.get(url('/versions/9'))).status, 404);
  assert.equal((await owner.get(url('/versions/abc'))).status, 404);
});

test('publishing needs the current revision, like every write', async () => {
  const res = await owner.post(url('/versions'), { label: 'Stale', revision: 1 });
  assert.equal(res.status, 409);
  assert.equal(res.body.error.code, 'stale_revision');
  assert.equal((await owner.get(url('/versions'))).body.versions.length, 2);
});

test('the diff between versions shows changed fields by item id, not the reorder', async () => {
  const res = await owner.get(url('/diff?from=1&to=2'));
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assert.deepEqual(res.body.from, 1);
  assert.deepEqual(res.body.changes, [
    { path: `channels.channels[id=${ID.igChannel}].reason`, kind: 'changed', before: 'Our customers reorder through chat', after: 'คนรุ่นใหม่ค้นหาร้านกาแฟบน Instagram' },
  ]);
  const back = await owner.get(url('/diff?from=2&to=1'));
  assert.equal(back.body.changes[0].after, 'Our customers reorder through chat');
});

test('the draft is "current" in a diff, and the default other side', async () => {
  const draft = (await owner.get(url())).body;
  const doc = draft.document;
  doc.goals.statement = 'ใหม่';
  await owner.request('PUT', url(), { revision: draft.revision, document: doc });
  const res = await owner.get(url('/diff?from=2'));
  assert.equal(res.body.to, 'current');
  assert.deepEqual(res.body.changes.map((c: { path: string }) => c.path), ['goals.statement']);
  assert.deepEqual((await owner.get(url('/diff?from=current&to=current'))).body.changes, []);
  const bad = await owner.get(url('/diff?from=latest'));
  assert.equal(bad.status, 400);
  assert.equal(bad.body.error.details[0].path, 'query.from');
});

test('viewers read versions and diffs; publishing needs an editor', async () => {
  const { client: viewer } = await addMember(t, owner, ws, 'viewer@example.com', 'viewer');
  assert.equal((await viewer.get(url('/versions'))).status, 200);
  assert.equal((await viewer.get(url('/versions/1'))).status, 200);
  assert.equal((await viewer.get(url('/diff?from=1&to=2'))).status, 200);
  assert.equal((await viewer.post(url('/versions'), { label: 'x', revision: 3 })).status, 403);
});

test('each published version is in the audit trail', async () => {
  const audit = await owner.get(`/api/v1/workspaces/${ws}/audit?limit=100`);
  const published = audit.body.events.filter((e: { action: string }) => e.action === 'strategy.version_published');
  assert.deepEqual(published.map((e: { targetId: string }) => e.targetId), ['2', '1']);
  assert.deepEqual(published[1].changes, { number: 1, label: 'แผนปี 2027', revision: 1 });
});
