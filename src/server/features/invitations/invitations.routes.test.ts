import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, TEST_PASSWORD, type TestApp, type TestClient } from '../../test-support/test-app.ts';
import { addMember, createWorkspaceAs, signedIn } from '../../test-support/tenants.ts';

let t: TestApp;
let owner: TestClient;
let ws: string;
const base = () => `/api/v1/workspaces/${ws}`;
const tokenOf = (url: string) => url.split('/invite/')[1]!;

before(async () => {
  t = await createTestApp();
  owner = t.client();
  const setup = await owner.setup('owner@example.com');
  ws = await createWorkspaceAs(owner, setup.organizations[0]!.id, 'กาแฟบ้านดอย');
});
after(() => t.close());

test('invite, preview, accept with a new account: the member joins with role and function', async () => {
  const created = await owner.post(`${base()}/invitations`, { email: 'Nok@Example.com', role: 'contributor', businessFunction: 'customer_service' });
  assert.equal(created.status, 201);
  assert.match(created.body.url, /^http:\/\/localhost(:\d+)?\/invite\/[\w-]{40,}$/);
  assert.equal(created.body.invitation.status, 'pending');
  const token = tokenOf(created.body.url);
  const preview = await t.client().get(`/api/v1/invitations/${token}`);
  assert.equal(preview.status, 200);
  assert.equal(preview.body.workspaceName, 'กาแฟบ้านดอย');
  assert.equal(preview.body.email, 'nok@example.com');
  assert.equal(preview.body.accountExists, false);
  const invitee = t.client();
  const missing = await invitee.post(`/api/v1/invitations/${token}/accept`, {});
  assert.equal(missing.status, 400);
  assert.deepEqual(missing.body.error.details.map((d: { path: string }) => d.path), ['body.name', 'body.password']);
  const accepted = await invitee.post(`/api/v1/invitations/${token}/accept`, { name: 'Nok', password: TEST_PASSWORD });
  assert.equal(accepted.status, 200);
  assert.deepEqual(accepted.body, { workspaceId: ws });
  const session = await invitee.get('/api/v1/session');
  assert.equal(session.status, 200, 'accepting signs the new member in');
  assert.deepEqual(session.body.workspaces.map((w: { role: string; businessFunction: string }) => [w.role, w.businessFunction]), [['contributor', 'customer_service']]);
  const team = await owner.get(`${base()}/team`);
  assert.ok(team.body.members.some((m: { email: string }) => m.email === 'nok@example.com'));
  assert.ok(!team.body.missingFunctions.includes('customer_service'));
});

test('a used link cannot be used again', async () => {
  const created = await owner.post(`${base()}/invitations`, { email: 'once@example.com', role: 'viewer', businessFunction: 'sales' });
  const token = tokenOf(created.body.url);
  assert.equal((await t.client().post(`/api/v1/invitations/${token}/accept`, { name: 'Once', password: TEST_PASSWORD })).status, 200);
  const reuse = await t.client().post(`/api/v1/invitations/${token}/accept`, { name: 'Twice', password: TEST_PASSWORD });
  assert.equal(reuse.status, 410);
  assert.equal(reuse.body.error.code, 'invitation_used');
});

test('an expired link is refused; a revoked one too', async () => {
  const expiring = await owner.post(`${base()}/invitations`, { email: 'late@example.com', role: 'viewer', businessFunction: 'sales', expiresInDays: 1 });
  const revoked = await owner.post(`${base()}/invitations`, { email: 'nope@example.com', role: 'viewer', businessFunction: 'sales' });
  assert.equal((await owner.delete(`${base()}/invitations/${revoked.body.invitation.id}`)).status, 200);
  const revokedRes = await t.client().get(`/api/v1/invitations/${tokenOf(revoked.body.url)}`);
  assert.equal(revokedRes.body.error.code, 'invitation_revoked');
  t.clock.now = new Date(t.clock.now.getTime() + 2 * 86_400_000);
  const late = await t.client().post(`/api/v1/invitations/${tokenOf(expiring.body.url)}/accept`, { name: 'Late', password: TEST_PASSWORD });
  assert.equal(late.status, 410);
  assert.equal(late.body.error.code, 'invitation_expired');
  const list = await owner.get(`${base()}/invitations`);
  const status = Object.fromEntries(list.body.invitations.map((i: { email: string; status: string }) => [i.email, i.status]));
  assert.equal(status['late@example.com'], 'expired');
  assert.equal(status['nope@example.com'], 'revoked');
  assert.equal(status['nok@example.com'], 'accepted');
});

test('an unknown token is a 404', async () => {
  const res = await t.client().get(`/api/v1/invitations/${'x'.repeat(43)}`);
  assert.equal(res.status, 404);
});

test('an existing account must sign in, as the invited e-mail, to accept', async () => {
  const created = await owner.post(`${base()}/invitations`, { email: 'owner2@example.com', role: 'editor', businessFunction: 'sales' });
  const token = tokenOf(created.body.url);
  // Make the account exist through another invitation first.
  const { client: member } = await addMember(t, owner, ws, 'someone@example.com', 'viewer');
  const mismatch = await member.post(`/api/v1/invitations/${token}/accept`, {});
  assert.equal(mismatch.status, 403);
  assert.equal(mismatch.body.error.code, 'invitation_email_mismatch');
  const forSomeone = await owner.post(`${base()}/invitations`, { email: 'someone@example.com', role: 'editor', businessFunction: 'sales' });
  assert.equal(forSomeone.status, 409, 'already a member');
  assert.equal(forSomeone.body.error.code, 'already_member');
});

test('an account that exists elsewhere accepts after signing in', async () => {
  const ws2 = await createWorkspaceAs(owner, (await owner.get('/api/v1/session')).body.organizations[0].id, 'Second');
  const inv = await owner.post(`/api/v1/workspaces/${ws2}/invitations`, { email: 'nok@example.com', role: 'editor', businessFunction: 'content' });
  const token = tokenOf(inv.body.url);
  assert.equal((await t.client().get(`/api/v1/invitations/${token}`)).body.accountExists, true);
  const anon = await t.client().post(`/api/v1/invitations/${token}/accept`, { name: 'Nok again', password: TEST_PASSWORD });
  assert.equal(anon.status, 409);
  assert.equal(anon.body.error.code, 'account_exists');
  const nok = await signedIn(t, 'nok@example.com');
  assert.equal((await nok.post(`/api/v1/invitations/${token}/accept`, {})).status, 200);
  assert.equal((await nok.get('/api/v1/session')).body.workspaces.length, 2);
});

test('an admin cannot invite an owner', async () => {
  const { client: admin } = await addMember(t, owner, ws, 'admin@example.com', 'admin');
  const res = await admin.post(`${base()}/invitations`, { email: 'boss@example.com', role: 'owner', businessFunction: 'leadership' });
  assert.equal(res.status, 403);
  assert.equal(res.body.error.code, 'role_not_assignable');
  assert.equal(res.body.error.details[0].path, 'body.role');
});
