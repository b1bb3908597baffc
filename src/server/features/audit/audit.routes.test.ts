import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.ts';
import { addMember, createWorkspaceAs } from '../../test-support/tenants.ts';

let t: TestApp;
let owner: TestClient;
let ws: string;

before(async () => {
  t = await createTestApp();
  owner = t.client();
  const orgId = (await owner.setup('owner@example.com')).organizations[0]!.id;
  ws = await createWorkspaceAs(owner, orgId, 'Audit');
  await owner.patch(`/api/v1/workspaces/${ws}`, { name: 'ร้านกาแฟ, "Nimman"' });
  await addMember(t, owner, ws, 'member@example.com', 'editor', 'content');
});
after(() => t.close());

test('every change records who, what, when and from where', async () => {
  const res = await owner.get(`/api/v1/workspaces/${ws}/audit`);
  assert.equal(res.status, 200);
  const actions = res.body.events.map((e: { action: string }) => e.action);
  assert.deepEqual(actions, ['invitation.accepted', 'invitation.created', 'workspace.updated', 'workspace.created']);
  const update = res.body.events.find((e: { action: string }) => e.action === 'workspace.updated');
  assert.equal(update.actorEmail, 'owner@example.com');
  assert.deepEqual(update.changes.name, { from: 'Audit', to: 'ร้านกาแฟ, "Nimman"' });
  assert.equal(update.ip, '127.0.0.1');
  assert.ok(!Number.isNaN(Date.parse(update.createdAt)));
  const accepted = res.body.events[0];
  assert.equal(accepted.actorEmail, 'member@example.com', 'the invitee is the actor of their acceptance');
});

test('the trail pages with a cursor and loses nothing', async () => {
  const first = await owner.get(`/api/v1/workspaces/${ws}/audit?limit=3`);
  assert.equal(first.body.events.length, 3);
  assert.ok(first.body.nextBefore);
  const second = await owner.get(`/api/v1/workspaces/${ws}/audit?limit=3&before=${first.body.nextBefore}`);
  assert.equal(second.body.events.length, 1);
  assert.equal(second.body.nextBefore, null);
  assert.equal((await owner.get(`/api/v1/workspaces/${ws}/audit?before=yesterday`)).status, 400);
});

test('CSV export: UTF-8 with BOM, quoted cells, Thai intact', async () => {
  const res = await owner.get(`/api/v1/workspaces/${ws}/audit.csv`);
  assert.equal(res.status, 200);
  assert.match(String(res.headers['content-type']), /^text\/csv/);
  assert.match(String(res.headers['content-disposition']), /attachment; filename="socialplan-audit-\d{4}-\d{2}-\d{2}\.csv"/);
  const text = res.raw.body;
  assert.ok(text.startsWith('\uFEFFtime,actor_name,actor_email,action'));
  const lines = text.trim().split('\r\n');
  assert.equal(lines.length, 5, 'header and four events');
  // The changes cell is JSON (a quote becomes \") and then CSV-quoted (every " doubled).
  assert.ok(text.includes('""to"":""ร้านกาแฟ, \\""Nimman\\""""'), 'the JSON cell is CSV-quoted');
});
