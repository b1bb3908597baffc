import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.ts';
import { DEMO_PEOPLE } from './demo.data.ts';

let t: TestApp;
let owner: TestClient;
let orgId: string;

before(async () => {
  t = await createTestApp();
  owner = t.client();
  orgId = (await owner.setup('owner@example.com')).organizations[0]!.id;
});
after(() => t.close());

test('the demo loads a populated coffee-roaster workspace with real gaps in the team', async () => {
  const res = await owner.post('/api/v1/demo', { organizationId: orgId });
  assert.equal(res.status, 201);
  const ws = await owner.get(`/api/v1/workspaces/${res.body.workspaceId}`);
  assert.equal(ws.body.isDemo, true);
  assert.equal(ws.body.defaultLocale, 'th');
  assert.equal(ws.body.myRole, 'owner');
  const team = await owner.get(`/api/v1/workspaces/${res.body.workspaceId}/team`);
  assert.equal(team.body.members.length, DEMO_PEOPLE.length + 1);
  assert.deepEqual(team.body.missingFunctions.sort(), ['hr', 'legal_compliance']);
  const invitations = await owner.get(`/api/v1/workspaces/${res.body.workspaceId}/invitations`);
  assert.equal(invitations.body.invitations[0].status, 'pending');
  const audit = await owner.get(`/api/v1/workspaces/${res.body.workspaceId}/audit?limit=500`);
  assert.equal(audit.body.events.length, 1 + DEMO_PEOPLE.length + 1);
});

test('loading it twice gives a second workspace and reuses the demo people', async () => {
  const again = await owner.post('/api/v1/demo', { organizationId: orgId });
  assert.equal(again.status, 201);
  const team = await owner.get(`/api/v1/workspaces/${again.body.workspaceId}/team`);
  assert.equal(team.body.members.length, DEMO_PEOPLE.length + 1);
});

test('demo people cannot sign in', async () => {
  const res = await t.client().login(DEMO_PEOPLE[0]!.email, 'anything at all');
  assert.equal(res.status, 401);
});
