import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { auditEvents } from '../../db/schema/index.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.ts';
import { addMember, createWorkspaceAs } from '../../test-support/tenants.ts';

let t: TestApp;
let owner: TestClient;
let orgId: string;
let ws: string;

before(async () => {
  t = await createTestApp();
  owner = t.client();
  orgId = (await owner.setup('owner@example.com')).organizations[0]!.id;
  ws = await createWorkspaceAs(owner, orgId, 'Baan Doi');
});
after(() => t.close());

test('creating a workspace makes the creator its owner and lists it in the session', async () => {
  const res = await owner.post('/api/v1/workspaces', { organizationId: orgId, name: '台北分店', defaultLocale: 'zh-Hant', timezone: 'Asia/Taipei', fiscalYearStartMonth: 4 });
  assert.equal(res.status, 201);
  assert.equal(res.body.myRole, 'owner');
  assert.equal(res.body.timezone, 'Asia/Taipei');
  assert.equal(res.body.fiscalYearStartMonth, 4);
  const names = (await owner.get('/api/v1/session')).body.workspaces.map((w: { workspaceName: string }) => w.workspaceName);
  assert.deepEqual(names.sort(), ['Baan Doi', '台北分店'].sort());
});

test('settings are validated and saved', async () => {
  const bad = await owner.patch(`/api/v1/workspaces/${ws}`, { timezone: 'Mars/Olympus', fiscalYearStartMonth: 13 });
  assert.equal(bad.status, 400);
  assert.deepEqual(bad.body.error.details.map((d: { path: string }) => d.path).sort(), ['body.fiscalYearStartMonth', 'body.timezone']);
  const good = await owner.patch(`/api/v1/workspaces/${ws}`, { name: 'Baan Doi Coffee', defaultLocale: 'th' });
  assert.equal(good.status, 200);
  assert.equal(good.body.name, 'Baan Doi Coffee');
  assert.equal((await owner.get(`/api/v1/workspaces/${ws}`)).body.defaultLocale, 'th');
});

test('the team page shows who covers which function and what is missing', async () => {
  await addMember(t, owner, ws, 'sales@example.com', 'editor', 'sales');
  const team = await owner.get(`/api/v1/workspaces/${ws}/team`);
  assert.equal(team.status, 200);
  assert.equal(team.body.members.length, 2);
  const count = (fn: string) => team.body.coverage.find((c: { businessFunction: string }) => c.businessFunction === fn).memberCount;
  assert.equal(count('sales'), 1);
  assert.equal(count('marketing'), 1, 'the creator starts in marketing');
  assert.ok(team.body.missingFunctions.includes('hr'));
  assert.ok(!team.body.missingFunctions.includes('sales'));
});

test('members change their own function; admins change roles; the last owner stays', async () => {
  const { client: editor, userId: editorId } = await addMember(t, owner, ws, 'content@example.com', 'editor', 'marketing');
  const self = await editor.patch(`/api/v1/workspaces/${ws}/members/${editorId}`, { businessFunction: 'content' });
  assert.equal(self.status, 200);
  assert.equal(self.body.businessFunction, 'content');
  const promote = await editor.patch(`/api/v1/workspaces/${ws}/members/${editorId}`, { role: 'admin' });
  assert.equal(promote.status, 403);
  const byOwner = await owner.patch(`/api/v1/workspaces/${ws}/members/${editorId}`, { role: 'admin' });
  assert.equal(byOwner.body.role, 'admin');
  const ownerId = (await owner.get('/api/v1/session')).body.user.id;
  const demoteSelf = await owner.patch(`/api/v1/workspaces/${ws}/members/${ownerId}`, { role: 'editor' });
  assert.equal(demoteSelf.status, 409);
  assert.equal(demoteSelf.body.error.code, 'last_owner');
  const leave = await owner.delete(`/api/v1/workspaces/${ws}/members/${ownerId}`);
  assert.equal(leave.body.error.code, 'last_owner');
});

test('a removed member loses access at once', async () => {
  const { client: gone, userId } = await addMember(t, owner, ws, 'gone@example.com', 'viewer');
  assert.equal((await gone.get(`/api/v1/workspaces/${ws}`)).status, 200);
  assert.equal((await owner.delete(`/api/v1/workspaces/${ws}/members/${userId}`)).status, 200);
  assert.equal((await gone.get(`/api/v1/workspaces/${ws}`)).status, 404);
});

test('deleting a workspace: owners only, the name must match, the trail keeps the deletion', async () => {
  const doomed = await createWorkspaceAs(owner, orgId, 'ลบทิ้ง');
  const { client: admin } = await addMember(t, owner, doomed, 'admin-del@example.com', 'admin');
  assert.equal((await admin.request('DELETE', `/api/v1/workspaces/${doomed}`, { confirmName: 'ลบทิ้ง' })).status, 403);
  const typo = await owner.request('DELETE', `/api/v1/workspaces/${doomed}`, { confirmName: 'ลบ' });
  assert.equal(typo.status, 400);
  assert.equal(typo.body.error.details[0].path, 'body.confirmName');
  assert.equal((await owner.get(`/api/v1/workspaces/${doomed}`)).status, 200, 'a failed confirmation deletes nothing');
  assert.equal((await owner.request('DELETE', `/api/v1/workspaces/${doomed}`, { confirmName: 'ลบทิ้ง' })).status, 200);
  assert.equal((await owner.get(`/api/v1/workspaces/${doomed}`)).status, 404);
  assert.equal((await admin.get('/api/v1/session')).body.workspaces.length, 0, 'members lose it too');
  const rows = await t.database.db.select().from(auditEvents).where(eq(auditEvents.targetId, doomed));
  assert.ok(rows.some((r) => r.action === 'workspace.deleted' && r.organizationId === orgId));
});
