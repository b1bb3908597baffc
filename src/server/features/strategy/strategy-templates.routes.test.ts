import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { emptyStrategy } from '../../../shared/strategy/strategy.schemas.ts';
import { auditEvents } from '../../db/schema/index.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.ts';
import { addMember, createWorkspaceAs } from '../../test-support/tenants.ts';

let t: TestApp;
let owner: TestClient;
let orgId: string;

before(async () => {
  t = await createTestApp();
  // 15 March 2026 in Bangkok: with an October fiscal year that is FY2026 Q2, so FY2026 is planned.
  t.clock.now = new Date('2026-03-15T03:00:00Z');
  owner = t.client();
  orgId = (await owner.setup('owner@example.com')).organizations[0]!.id;
});
after(() => t.close());

const url = (ws: string, rest = '') => `/api/v1/workspaces/${ws}/strategy${rest}`;
const apply = (client: TestClient, ws: string, key: string, body: unknown) => client.post(url(ws, `/templates/${key}/apply`), body);
const THAI = /[\u0E00-\u0E7F]/;

async function workspace(name: string, settings: Record<string, unknown> = {}): Promise<string> {
  const res = await owner.post('/api/v1/workspaces', { organizationId: orgId, name, ...settings });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body.id as string;
}

test('the list is named in ?locale= or else in the workspace language, and viewers may read it', async () => {
  const ws = await workspace('List', { defaultLocale: 'zh-Hans' });
  const byWorkspace = await owner.get(url(ws, '/templates'));
  assert.equal(byWorkspace.status, 200);
  assert.equal(byWorkspace.body.locale, 'zh-Hans');
  assert.deepEqual(byWorkspace.body.templates.map((x: { key: string }) => x.key), ['local_retailer', 'b2b_services', 'agency_client', 'nonprofit', 'employer_brand']);
  assert.equal(byWorkspace.body.templates[3].name, '公益机构');
  const viewer = (await addMember(t, owner, ws, 'viewer-list@example.com', 'viewer')).client;
  const thai = await viewer.get(url(ws, '/templates?locale=th'));
  assert.equal(thai.status, 200);
  assert.equal(thai.body.templates[0].name, 'ร้านค้าปลีกในย่าน');
  assert.equal((await owner.get(url(ws, '/templates?locale=fr'))).status, 400);
});

test('applying a template replaces the draft with a complete strategy the check finds no errors in', async () => {
  const ws = await workspace('Shop', { fiscalYearStartMonth: 10 });
  const res = await apply(owner, ws, 'local_retailer', { revision: 0, locale: 'th' });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assert.equal(res.body.revision, 1);
  const doc = res.body.document;
  assert.deepEqual(doc.goals.goals.filter((g: { priority: string }) => g.priority === 'primary').map((g: { type: string }) => g.type), ['acquisition_sales']);
  assert.match(doc.goals.statement, THAI);
  assert.match(doc.goals.statement, /30 กันยายน 2569/, 'the end of FY2026 with an October start, in the Buddhist era');
  assert.equal(doc.metrics.fiscalYear, 2026);
  assert.equal(doc.context.planning.budget.currency, 'THB');
  assert.deepEqual(res.body.findings.filter((f: { severity: string }) => f.severity === 'error'), []);
  assert.ok(res.body.completeness.overall > 0.5, String(res.body.completeness.overall));
  assert.deepEqual((await owner.get(url(ws))).body.document, doc);
  const [entry] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.workspaceId, ws), eq(auditEvents.action, 'strategy.template_applied')));
  const changes = entry!.changes as Record<string, unknown>;
  assert.equal(entry!.targetId, 'local_retailer');
  assert.equal(changes.template, 'local_retailer');
  assert.equal(changes.locale, 'th');
  assert.deepEqual(changes.revision, { from: 0, to: 1 });
});

test('without a locale the workspace language is used, and the draft keeps its currency', async () => {
  const ws = await workspace('Taipei', { defaultLocale: 'zh-Hant', timezone: 'Asia/Taipei' });
  const draft = emptyStrategy('TWD');
  draft.goals.statement = 'An earlier idea';
  assert.equal((await owner.request('PUT', url(ws), { revision: 0, document: draft })).status, 200);
  const res = await apply(owner, ws, 'employer_brand', { revision: 1 });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assert.equal(res.body.revision, 2);
  assert.equal(res.body.document.context.planning.budget.currency, 'TWD');
  assert.match(res.body.document.goals.statement, /前，我們要透過 LinkedIn/);
  assert.equal(res.body.document.goals.goals[0].type, 'employee_engagement_recruiting');
});

test('published versions are kept when a template replaces the draft', async () => {
  const ws = await createWorkspaceAs(owner, orgId, 'Versions kept');
  const draft = emptyStrategy('THB');
  draft.goals.statement = 'Version one';
  await owner.request('PUT', url(ws), { revision: 0, document: draft });
  assert.equal((await owner.post(url(ws, '/versions'), { label: 'First', revision: 1 })).status, 201);
  assert.equal((await apply(owner, ws, 'nonprofit', { revision: 1, locale: 'en' })).status, 200);
  const versions = await owner.get(url(ws, '/versions'));
  assert.deepEqual(versions.body.versions.map((v: { label: string }) => v.label), ['First']);
  assert.equal((await owner.get(url(ws, '/versions/1'))).body.document.goals.statement, 'Version one');
});

test('an unknown template is a 404 that names the templates, and changes nothing', async () => {
  const ws = await createWorkspaceAs(owner, orgId, 'Unknown');
  const res = await apply(owner, ws, 'bakery', { revision: 0 });
  assert.equal(res.status, 404);
  assert.equal(res.body.error.code, 'not_found');
  assert.match(res.body.error.message, /local_retailer, b2b_services, agency_client, nonprofit, employer_brand/);
  assert.deepEqual(res.body.error.details, [{ path: 'params.key', message: 'one of local_retailer, b2b_services, agency_client, nonprofit, employer_brand' }]);
  assert.equal((await owner.get(url(ws))).body.revision, 0);
  const bad = await apply(owner, ws, 'nonprofit', { revision: 0, locale: 'fr' });
  assert.equal(bad.status, 400);
  assert.equal(bad.body.error.details[0].path, 'body.locale');
});

test('a stale revision is refused with 409 and the draft stays as it was', async () => {
  const ws = await createWorkspaceAs(owner, orgId, 'Stale');
  const draft = emptyStrategy('THB');
  draft.goals.statement = 'Written by someone else';
  await owner.request('PUT', url(ws), { revision: 0, document: draft });
  const res = await apply(owner, ws, 'agency_client', { revision: 0, locale: 'en' });
  assert.equal(res.status, 409);
  assert.equal(res.body.error.code, 'stale_revision');
  assert.equal(res.body.error.currentRevision, 1);
  const now = (await owner.get(url(ws))).body;
  assert.equal(now.revision, 1);
  assert.deepEqual(now.document, draft);
});

test('a viewer may not apply a template; an editor may', async () => {
  const ws = await createWorkspaceAs(owner, orgId, 'Roles');
  const viewer = (await addMember(t, owner, ws, 'viewer-apply@example.com', 'viewer')).client;
  const editor = (await addMember(t, owner, ws, 'editor-apply@example.com', 'editor')).client;
  const refused = await apply(viewer, ws, 'b2b_services', { revision: 0 });
  assert.equal(refused.status, 403);
  assert.equal(refused.body.error.code, 'forbidden');
  assert.equal((await owner.get(url(ws))).body.revision, 0);
  const done = await apply(editor, ws, 'b2b_services', { revision: 0, locale: 'zh-Hans' });
  assert.equal(done.status, 200);
  assert.equal(done.body.updatedBy.name, 'editor-apply');
});
