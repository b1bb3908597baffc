import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { emptyStrategy, type Strategy } from '../../../shared/strategy/strategy.schemas.ts';
import { completeStrategy, ID, uid } from '../../../shared/strategy/strategy.fixtures.ts';
import { auditEvents } from '../../db/schema/index.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.ts';
import { addMember, createWorkspaceAs } from '../../test-support/tenants.ts';

let t: TestApp;
let owner: TestClient;
let orgId: string;

before(async () => {
  t = await createTestApp();
  t.clock.now = new Date('2026-03-15T03:00:00Z');
  owner = t.client();
  orgId = (await owner.setup('owner@example.com')).organizations[0]!.id;
});
after(() => t.close());

const url = (ws: string, rest = '') => `/api/v1/workspaces/${ws}/strategy${rest}`;
const put = (client: TestClient, ws: string, body: unknown, rest = '') => client.request('PUT', url(ws, rest), body);
const ruleIds = (body: { findings: Array<{ ruleId: string }> }) => body.findings.map((f) => f.ruleId);
const auditOf = (ws: string, action: string) =>
  t.database.db.select().from(auditEvents).where(and(eq(auditEvents.workspaceId, ws), eq(auditEvents.action, action)));

test('a new workspace has the empty strategy at revision 0, in its local currency', async () => {
  const ws = await createWorkspaceAs(owner, orgId, 'Empty');
  const res = await owner.get(url(ws));
  assert.equal(res.status, 200);
  assert.deepEqual(res.body.document, emptyStrategy('THB'));
  assert.equal(res.body.revision, 0);
  assert.equal(res.body.updatedAt, null);
  assert.ok(ruleIds(res.body).includes('goal-primary-missing'));
  assert.ok(res.body.completeness.overall < 0.2);
});

test('a saved strategy comes back with the next revision and who saved it', async () => {
  const ws = await createWorkspaceAs(owner, orgId, 'Saved');
  const doc = completeStrategy();
  const res = await put(owner, ws, { revision: 0, document: doc });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assert.equal(res.body.revision, 1);
  assert.equal(res.body.updatedBy.name, 'Olivia Owner');
  assert.equal(res.body.updatedAt, '2026-03-15T03:00:00.000Z');
  assert.deepEqual((await owner.get(url(ws))).body.document, doc);
  const [entry] = await auditOf(ws, 'strategy.updated');
  assert.deepEqual((entry!.changes as Record<string, unknown>).revision, { from: 0, to: 1 });
  // A save that changes nothing keeps the revision and writes no entry.
  assert.equal((await put(owner, ws, { revision: 1, document: doc })).body.revision, 1);
  assert.equal((await auditOf(ws, 'strategy.updated')).length, 1);
});

test('the check uses the real team: members who are not in the workspace are reported', async () => {
  const ws = await createWorkspaceAs(owner, orgId, 'Team facts');
  const res = await put(owner, ws, { revision: 0, document: completeStrategy() });
  // The fixture names Ploy, Somchai and Nok, who are not members here; nobody covers sales either.
  assert.ok(ruleIds(res.body).includes('team-member-unknown'));
  assert.ok(ruleIds(res.body).includes('team-function-missing'));
  await addMember(t, owner, ws, 'sales@example.com', 'editor', 'sales');
  assert.ok(!ruleIds((await owner.get(url(ws))).body).includes('team-function-missing'));
});

test('a stale write is refused with the current revision and changes nothing', async () => {
  const ws = await createWorkspaceAs(owner, orgId, 'Stale');
  const first = completeStrategy();
  await put(owner, ws, { revision: 0, document: first });
  const second = structuredClone(first);
  second.goals.statement = 'Second writer';
  assert.equal((await put(owner, ws, { revision: 1, document: second })).body.revision, 2);
  const late = structuredClone(first);
  late.goals.statement = 'Late writer who saw revision 1';
  const res = await put(owner, ws, { revision: 1, document: late });
  assert.equal(res.status, 409);
  assert.equal(res.body.error.code, 'stale_revision');
  assert.equal(res.body.error.currentRevision, 2);
  assert.deepEqual(res.body.error.details, [{ path: 'body.revision', message: 'the current revision is 2' }]);
  const now = (await owner.get(url(ws))).body;
  assert.equal(now.revision, 2);
  assert.equal(now.document.goals.statement, 'Second writer');
});

test('of two writes made on the same revision, exactly one wins', async () => {
  const ws = await createWorkspaceAs(owner, orgId, 'Race');
  // Revision 0 has no row to lock yet, which is the hardest case; then a second race on revision 1.
  for (const revision of [0, 1]) {
    const docs = ['A', 'B'].map((writer) => ({ ...completeStrategy(), goals: { ...completeStrategy().goals, statement: `${writer}${revision}` } }));
    const results = await Promise.all(docs.map((document) => put(owner, ws, { revision, document })));
    assert.deepEqual(results.map((r) => r.status).sort(), [200, 409], JSON.stringify(results.map((r) => r.body.error)));
    const winner = results.find((r) => r.status === 200)!;
    assert.equal((await owner.get(url(ws))).body.document.goals.statement, winner.body.document.goals.statement);
  }
  assert.equal((await owner.get(url(ws))).body.revision, 2);
});

test('a section is read and written on its own, and checked by its own schema', async () => {
  const ws = await createWorkspaceAs(owner, orgId, 'Sections');
  const goals = completeStrategy().goals;
  const saved = await put(owner, ws, { revision: 0, value: goals }, '/sections/goals');
  assert.equal(saved.status, 200, JSON.stringify(saved.body));
  assert.equal(saved.body.section, 'goals');
  assert.equal(saved.body.revision, 1);
  assert.deepEqual((await owner.get(url(ws, '/sections/goals'))).body.value, goals);
  assert.deepEqual((await owner.get(url(ws, '/sections/voice'))).body.value, emptyStrategy().voice);

  const bad = structuredClone(goals) as unknown as { objectives: Array<{ target: unknown }> };
  bad.objectives[0]!.target = 'abc';
  const res = await put(owner, ws, { revision: 1, value: bad }, '/sections/goals');
  assert.equal(res.status, 400);
  assert.equal(res.body.error.code, 'validation_failed');
  assert.deepEqual(res.body.error.details.map((d: { path: string }) => d.path), ['body.value.objectives[0].target']);
  const after = await owner.get(url(ws));
  assert.equal(after.body.revision, 1, 'nothing was saved');
  assert.equal(after.body.document.goals.objectives[0].target, goals.objectives[0]!.target);
  assert.equal((await owner.get(url(ws, '/sections/strategy'))).status, 404, 'only real sections exist');
  const [entry] = await auditOf(ws, 'strategy.section_updated');
  assert.equal(entry!.targetId, 'goals');
});

test('unknown enum values and unknown fields are refused, with their paths', async () => {
  const ws = await createWorkspaceAs(owner, orgId, 'Enums');
  const doc = JSON.parse(JSON.stringify(completeStrategy()));
  doc.channels.channels[1].channel = 'myspace';
  doc.goals.goals[0].priority = 'tertiary';
  doc.voice.tone = 'loud';
  const res = await put(owner, ws, { revision: 0, document: doc });
  assert.equal(res.status, 400);
  assert.deepEqual(res.body.error.details.map((d: { path: string }) => d.path).sort(), [
    'body.document.channels.channels[1].channel',
    'body.document.goals.goals[0].priority',
    'body.document.voice.tone',
  ]);
  assert.equal((await owner.get(url(ws))).body.revision, 0);
});

test('a second primary goal saves as a draft and the check reports it', async () => {
  const ws = await createWorkspaceAs(owner, orgId, 'Two primaries');
  const goals = completeStrategy().goals;
  goals.goals.push({ id: uid(5), type: 'awareness', priority: 'primary', description: 'Also primary' });
  const res = await put(owner, ws, { revision: 0, value: goals }, '/sections/goals');
  assert.equal(res.status, 200);
  const finding = res.body.findings.find((f: { ruleId: string }) => f.ruleId === 'goal-primary-multiple');
  assert.deepEqual(finding, { ruleId: 'goal-primary-multiple', severity: 'error', step: 2, path: 'goals.goals', params: { count: 2 } });
});

test('removing a persona takes it out of the channels and reports every reference', async () => {
  const ws = await createWorkspaceAs(owner, orgId, 'Personas');
  await put(owner, ws, { revision: 0, document: completeStrategy() });
  const res = await owner.request('DELETE', url(ws, `/personas/${ID.officeWorker}`), { revision: 1 });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assert.equal(res.body.revision, 2);
  assert.deepEqual(res.body.cleaned, [
    { path: 'channels.channels[0].personaIds[0]', itemId: ID.lineChannel, action: 'removed' },
    { path: 'channels.channels[1].personaIds[1]', itemId: ID.igChannel, action: 'removed' },
  ]);
  const doc: Strategy = res.body.document;
  assert.deepEqual(doc.audience.personas.map((p) => p.id), [ID.tourist]);
  assert.deepEqual(doc.channels.channels.map((c) => c.personaIds), [[], [ID.tourist]]);
  // The LINE channel now targets nobody, and no reference dangles.
  const paths = res.body.findings.map((f: { ruleId: string; path: string }) => `${f.ruleId} ${f.path}`);
  assert.ok(paths.includes('channel-no-persona channels.channels[0].personaIds'));
  assert.ok(!ruleIds(res.body).includes('reference-dangling'));
  const [entry] = await auditOf(ws, 'strategy.persona_removed');
  assert.equal(entry!.targetId, ID.officeWorker);
  assert.ok(`channels.channels[id=${ID.lineChannel}].personaIds` in (entry!.changes as object));

  const again = await owner.request('DELETE', url(ws, `/personas/${ID.officeWorker}`), { revision: 2 });
  assert.equal(again.status, 404);
  assert.equal((await owner.request('DELETE', url(ws, `/personas/${ID.tourist}`), { revision: 1 })).body.error.code, 'stale_revision');
});

test('removing an objective unlinks its KPIs and tactics; a competitor loses its comparison row', async () => {
  const ws = await createWorkspaceAs(owner, orgId, 'Objectives');
  await put(owner, ws, { revision: 0, document: completeStrategy() });
  const objective = await owner.request('DELETE', url(ws, `/objectives/${ID.leadsObjective}`), { revision: 1 });
  assert.deepEqual(objective.body.cleaned.map((c: { action: string }) => c.action), ['unlinked', 'unlinked']);
  assert.equal(objective.body.document.metrics.kpis[0].objectiveId, null);
  const competitor = await owner.request('DELETE', url(ws, `/competitors/${ID.competitor}`), { revision: 2 });
  assert.deepEqual(competitor.body.document.oneThing.comparison.rows.map((r: { subject: string }) => r.subject), ['us']);
  assert.equal(competitor.body.revision, 3);
});

test('a viewer reads the strategy but cannot change it', async () => {
  const ws = await createWorkspaceAs(owner, orgId, 'Viewer');
  await put(owner, ws, { revision: 0, document: completeStrategy() });
  const { client: viewer } = await addMember(t, owner, ws, 'viewer@example.com', 'viewer');
  assert.equal((await viewer.get(url(ws))).status, 200);
  assert.equal((await viewer.get(url(ws, '/export.json'))).status, 200);
  const res = await put(viewer, ws, { revision: 1, document: emptyStrategy() });
  assert.equal(res.status, 403);
  assert.equal((await owner.get(url(ws))).body.revision, 1);
});

test('the JSON Schema of the strategy is public', async () => {
  const res = await t.client().get('/api/v1/strategy.schema.json');
  assert.equal(res.status, 200);
  assert.equal(res.body.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.ok(res.body.properties.goals && res.body.properties.channels);
});
