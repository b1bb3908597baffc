import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { emptyStrategy } from '../../shared/strategy/strategy.schemas.ts';
import { API_ROUTES } from '../routes.ts';
import { createTestApp, type TestApp, type TestClient } from '../test-support/test-app.ts';
import { addMember, createTenant, createWorkspaceAs } from '../test-support/tenants.ts';
import { API_PREFIX } from './route.ts';

/**
 * Walks every registered route. A route added without a sample body here fails the test on purpose:
 * whoever adds a route must think about who may call it.
 */
const SAMPLE_BODIES: Record<string, unknown> = {
  'PATCH /workspaces/:workspaceId': { name: 'Renamed' },
  'DELETE /workspaces/:workspaceId': { confirmName: 'Workspace A' },
  'PATCH /workspaces/:workspaceId/members/:userId': { role: 'viewer' },
  'DELETE /workspaces/:workspaceId/members/:userId': {},
  'POST /workspaces/:workspaceId/invitations': { email: 'new@example.com', role: 'viewer', businessFunction: 'hr' },
  'DELETE /workspaces/:workspaceId/invitations/:invitationId': {},
  'PUT /workspaces/:workspaceId/strategy': { revision: 0, document: emptyStrategy() },
  'PUT /workspaces/:workspaceId/strategy/sections/:section': { revision: 0, value: emptyStrategy().goals },
  'DELETE /workspaces/:workspaceId/strategy/personas/:personaId': { revision: 0 },
  'DELETE /workspaces/:workspaceId/strategy/competitors/:competitorId': { revision: 0 },
  'DELETE /workspaces/:workspaceId/strategy/objectives/:objectiveId': { revision: 0 },
  'DELETE /workspaces/:workspaceId/strategy/goals/:goalId': { revision: 0 },
  'POST /workspaces/:workspaceId/strategy/import': { format: 'json', content: JSON.stringify(emptyStrategy()), revision: 0 },
  'POST /workspaces/:workspaceId/strategy/versions': { label: 'v1', revision: 0 },
  'POST /workspaces/:workspaceId/strategy/templates/:key/apply': { revision: 0, locale: 'th' },
  // A 1×1 PNG, as the web app would send it.
  'PUT /workspaces/:workspaceId/logo': { mediaType: 'image/png', dataBase64: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=' },
  'DELETE /workspaces/:workspaceId/logo': {},
  'POST /workspaces/:workspaceId/listening/topics': { name: 'Brand', kind: 'brand', query: 'brand' },
  'POST /workspaces/:workspaceId/listening/topics/from-strategy': {},
  'POST /workspaces/:workspaceId/listening/retag': {},
  'PUT /workspaces/:workspaceId/listening/topics/:topicId': { name: 'Brand', kind: 'brand', query: 'brand' },
  'DELETE /workspaces/:workspaceId/listening/topics/:topicId': {},
  'PATCH /workspaces/:workspaceId/listening/mentions/:mentionId/sentiment': { sentiment: 'pos' },
  'POST /workspaces/:workspaceId/listening/evidence': { revision: 0, text: 'Finding', chart: 'volume', query: { from: '2026-03-01', to: '2026-03-07' } },
  'POST /workspaces/:workspaceId/listening/alerts/rules': { kind: 'volume_spike' },
  'PUT /workspaces/:workspaceId/listening/alerts/rules/:ruleId': { kind: 'volume_spike' },
  'DELETE /workspaces/:workspaceId/listening/alerts/rules/:ruleId': {},
  'POST /workspaces/:workspaceId/listening/alerts/:alertId/read': {},
  'PUT /workspaces/:workspaceId/listening/settings': { retentionDays: null, userWords: [] },
  'POST /workspaces/:workspaceId/listening/tokens': { name: 'Tool' },
  'DELETE /workspaces/:workspaceId/listening/tokens/:tokenId': {},
  // The upload's body is the file (application/octet-stream); access is refused before it is read.
  'POST /workspaces/:workspaceId/listening/imports': {},
  'POST /workspaces/:workspaceId/listening/imports/:importId/start': { mapping: { text: 'text' } },
  'POST /workspaces/:workspaceId/listening/sources': { name: 'Feed', config: { kind: 'rss', url: 'https://feeds.example.com/rss' } },
  'PUT /workspaces/:workspaceId/listening/sources/:sourceId': { name: 'Feed', config: { kind: 'rss', url: 'https://feeds.example.com/rss' } },
  'DELETE /workspaces/:workspaceId/listening/sources/:sourceId': {},
  'POST /workspaces/:workspaceId/listening/sources/:sourceId/poll': {},
  // Called with a workspace token, not a session (access kind `token`).
  'POST /workspaces/:workspaceId/mentions': { mentions: [{ text: 'Hello from another tool', publishedAt: '2026-03-01T09:00:00+07:00' }] },
};

// Ids of strategy items and versions only need the right shape: the tenant check runs first.
const STRATEGY_ITEM = '00000000-0000-4000-8000-000000000001';
const STRATEGY_IDS = { section: 'goals', personaId: STRATEGY_ITEM, competitorId: STRATEGY_ITEM, objectiveId: STRATEGY_ITEM, goalId: STRATEGY_ITEM, number: '1', key: 'local_retailer', topicId: STRATEGY_ITEM, mentionId: '1', ruleId: STRATEGY_ITEM, alertId: STRATEGY_ITEM, tokenId: STRATEGY_ITEM, importId: STRATEGY_ITEM, sourceId: STRATEGY_ITEM };

let t: TestApp;
let ids: { workspaceId: string; userId: string; invitationId: string } & typeof STRATEGY_IDS;
let outsider: TestClient;
let owner: TestClient;
let workspaceB: string;
let viewer: TestClient;

before(async () => {
  t = await createTestApp();
  owner = t.client();
  const setup = await owner.setup('owner@a.example', 'Org A');
  const workspaceId = await createWorkspaceAs(owner, setup.organizations[0]!.id, 'Workspace A');
  const editor = await addMember(t, owner, workspaceId, 'editor@a.example', 'editor');
  viewer = (await addMember(t, owner, workspaceId, 'viewer@a.example', 'viewer')).client;
  const pending = await owner.post(`/api/v1/workspaces/${workspaceId}/invitations`, { email: 'pending@a.example', role: 'viewer', businessFunction: 'hr' });
  // The resources of A that B's owner must not reach: A's workspace, a member of A, an invitation of A.
  ids = { workspaceId, userId: editor.userId, invitationId: pending.body.invitation.id, ...STRATEGY_IDS };
  const b = await createTenant(t, 'owner@b.example', 'Org B');
  workspaceB = await createWorkspaceAs(b.client, b.organizationId, 'Workspace B');
  outsider = b.client;
});
after(() => t.close());

const workspaceRoutes = API_ROUTES.filter((r) => r.access.kind === 'workspace');
const fill = (path: string) => API_PREFIX + path.replace(/:(\w+)/g, (_m, name: keyof typeof ids) => ids[name]);

test('every route under /workspaces/:workspaceId declares workspace access', () => {
  for (const route of API_ROUTES) {
    // Token routes (the mentions webhook) check the token's workspace instead of a membership: tested below.
    if (route.path.includes(':workspaceId')) assert.ok(route.access.kind === 'workspace' || route.access.kind === 'token', `${route.method} ${route.path}`);
  }
  assert.ok(workspaceRoutes.length >= 9, 'the walk below covers the workspace routes');
});

test('a member of another workspace gets 404 on every workspace route', async () => {
  for (const route of workspaceRoutes) {
    const key = `${route.method} ${route.path}`;
    const body = route.method === 'GET' ? undefined : SAMPLE_BODIES[key];
    assert.ok(route.method === 'GET' || body !== undefined, `add a sample body for ${key}`);
    const res = await outsider.request(route.method, fill(route.path), body);
    assert.equal(res.status, 404, `${key} answered ${res.status}: ${JSON.stringify(res.body)}`);
    assert.equal(res.body.error.code, 'not_found');
    // Control: the route exists, so the 404 came from the tenant check, not from a mistyped path.
    assert.ok(t.app.hasRoute({ method: route.method, url: API_PREFIX + route.path }), `${key} is registered`);
    assert.doesNotMatch(res.body.error.message, /^No route/);
  }
});

test('a viewer cannot write through any workspace route', async () => {
  for (const route of workspaceRoutes.filter((r) => r.method !== 'GET')) {
    const key = `${route.method} ${route.path}`;
    const res = await viewer.request(route.method, fill(route.path), SAMPLE_BODIES[key]);
    assert.equal(res.status, 403, `${key} answered ${res.status}: ${JSON.stringify(res.body)}`);
  }
});

test('a viewer may read but not see admin-only lists', async () => {
  assert.equal((await viewer.get(fill('/workspaces/:workspaceId/team'))).status, 200);
  assert.equal((await viewer.get(fill('/workspaces/:workspaceId/invitations'))).status, 403);
  assert.equal((await viewer.get(fill('/workspaces/:workspaceId/audit'))).status, 403);
});

test('organisation-level writes are refused to outsiders', async () => {
  const orgA = (await t.client().login('owner@a.example')).body.organizations[0].id;
  assert.equal((await outsider.post('/api/v1/workspaces', { organizationId: orgA, name: 'Sneaky' })).status, 404);
  assert.equal((await outsider.post('/api/v1/demo', { organizationId: orgA })).status, 404);
  // The viewer belongs to org A as a plain member: it exists for them, but they may not create.
  assert.equal((await viewer.post('/api/v1/workspaces', { organizationId: orgA, name: 'Nope' })).status, 403);
});

test('an anonymous caller gets 401 on every non-public route', async () => {
  const anonymous = t.client();
  for (const route of API_ROUTES.filter((r) => r.access.kind !== 'public')) {
    const res = await anonymous.request(route.method, fill(route.path), route.method === 'GET' ? undefined : SAMPLE_BODIES[`${route.method} ${route.path}`] ?? {});
    assert.equal(res.status, 401, `${route.method} ${route.path}`);
  }
});

test('a workspace token reaches only its own workspace, and nothing else stands in for it', async () => {
  const tokenRoutes = API_ROUTES.filter((r) => r.access.kind === 'token');
  assert.ok(tokenRoutes.length >= 1);
  const token = (await owner.post(fill('/workspaces/:workspaceId/listening/tokens'), { name: 'Isolation' })).body.token as string;
  for (const route of tokenRoutes) {
    const key = `${route.method} ${route.path}`;
    const body = SAMPLE_BODIES[key];
    assert.ok(body !== undefined, `add a sample body for ${key}`);
    const call = (workspaceId: string, headers: Record<string, string>) =>
      t.app.inject({ method: route.method, url: API_PREFIX + route.path.replace(':workspaceId', workspaceId), headers, payload: body as object });
    assert.equal((await call(workspaceB, { authorization: `Bearer ${token}` })).statusCode, 404, `${key} with another workspace's token`);
    assert.equal((await call(ids.workspaceId, {})).statusCode, 401, `${key} without a token`);
    assert.equal((await call(ids.workspaceId, { authorization: 'Bearer spw_not-a-real-token' })).statusCode, 401, `${key} with an unknown token`);
    // A signed-in member's cookie is not a token: token routes ignore sessions.
    const withCookie = await owner.request(route.method, fill(route.path), body);
    assert.equal(withCookie.status, 401, `${key} with a session cookie`);
    assert.equal((await call(ids.workspaceId, { authorization: `Bearer ${token}` })).statusCode, 200, `${key} with its own token`);
  }
});
