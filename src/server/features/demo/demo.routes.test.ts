import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.ts';
import { DEMO_PEOPLE } from './demo.data.ts';

let t: TestApp;
let owner: TestClient;
let orgId: string;

before(async () => {
  t = await createTestApp();
  // The demo plans for 2027; seen from late 2026 none of its deadlines has passed.
  t.clock.now = new Date('2026-11-22T03:00:00Z');
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
  // Workspace, members, invitation, and the strategy's first save, version 1 and the review edit.
  assert.equal(audit.body.events.length, 1 + DEMO_PEOPLE.length + 1 + 3);
});

test('the demo workspace has a complete strategy with a published first version', async () => {
  const { workspaceId } = (await owner.post('/api/v1/demo', { organizationId: orgId })).body;
  const strategy = await owner.get(`/api/v1/workspaces/${workspaceId}/strategy`);
  assert.equal(strategy.status, 200);
  assert.equal(strategy.body.revision, 2);
  assert.deepEqual(strategy.body.findings, [], 'the check runs with the real demo team and finds nothing');
  assert.equal(strategy.body.completeness.overall, 1);
  assert.equal(strategy.body.document.channels.channels.length, 5);
  const versions = await owner.get(`/api/v1/workspaces/${workspaceId}/strategy/versions`);
  assert.deepEqual(versions.body.versions.map((v: { number: number }) => v.number), [1]);
  const diff = await owner.get(`/api/v1/workspaces/${workspaceId}/strategy/diff?from=1&to=current`);
  assert.equal(diff.body.changes.length, 3);
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
