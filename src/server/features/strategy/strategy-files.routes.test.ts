import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { parse } from 'yaml';
import { completeStrategy } from '../../../shared/strategy/strategy.fixtures.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.ts';
import { createWorkspaceAs } from '../../test-support/tenants.ts';

let t: TestApp;
let owner: TestClient;
let orgId: string;

before(async () => {
  t = await createTestApp();
  owner = t.client();
  orgId = (await owner.setup('owner@example.com')).organizations[0]!.id;
});
after(() => t.close());

const url = (ws: string, rest = '') => `/api/v1/workspaces/${ws}/strategy${rest}`;

async function workspaceWithStrategy(name: string) {
  const ws = await createWorkspaceAs(owner, orgId, name);
  const doc = completeStrategy();
  doc.voice.perLanguage = { 'zh-Hant': { formality: 'neutral', emoji: 'sparing', notes: '用「您」' }, th: { formality: 'casual', emoji: 'liberal', notes: 'ใช้ค่ะ/ครับ' } };
  doc.goals.statement = 'yes: 2027-03-31 # not a comment\n第二行';
  const res = await owner.request('PUT', url(ws), { revision: 0, document: doc });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return ws;
}

test('the JSON export is a download that imports back byte for byte', async () => {
  const ws = await workspaceWithStrategy('Baan Doi Coffee Roasters');
  const first = await owner.get(url(ws, '/export.json'));
  assert.equal(first.status, 200);
  assert.match(String(first.headers['content-type']), /^application\/json/);
  assert.equal(first.headers['content-disposition'], 'attachment; filename="baan-doi-coffee-roasters-strategy-r1.json"');
  const text = first.raw.body;
  const imported = await owner.post(url(ws, '/import'), { format: 'json', content: text, revision: 1 });
  assert.equal(imported.status, 200, JSON.stringify(imported.body));
  // Identical content is no change: the revision stays, as after any save that changes nothing.
  assert.equal(imported.body.revision, 1);

  const other = await createWorkspaceAs(owner, orgId, 'Copy');
  const copy = await owner.post(url(other, '/import'), { format: 'json', content: text, revision: 0 });
  assert.equal(copy.body.revision, 1);
  assert.equal((await owner.get(url(other, '/export.json'))).raw.body, text);
});

test('the YAML export imports back to the same document', async () => {
  const ws = await workspaceWithStrategy('YAML');
  const first = await owner.get(url(ws, '/export.yaml'));
  assert.match(String(first.headers['content-type']), /^application\/yaml/);
  assert.match(String(first.headers['content-disposition']), /filename="yaml-strategy-r1\.yaml"/);
  const other = await createWorkspaceAs(owner, orgId, 'YAML copy');
  const imported = await owner.post(url(other, '/import'), { format: 'yaml', content: first.raw.body, revision: 0 });
  assert.equal(imported.status, 200, JSON.stringify(imported.body));
  const second = await owner.get(url(other, '/export.yaml'));
  assert.deepEqual(parse(second.raw.body), parse(first.raw.body));
  assert.deepEqual(imported.body.document, (await owner.get(url(ws))).body.document);
});

test('an invalid file is refused with every problem and nothing is saved', async () => {
  const ws = await workspaceWithStrategy('Invalid');
  const doc = JSON.parse((await owner.get(url(ws, '/export.json'))).raw.body);
  doc.goals.objectives[1].target = 'abc';
  doc.audience.personas[0].journeyStage = 'bored';
  doc.metrics.fiscalYear = 1999;
  const { stringify } = await import('yaml');
  const res = await owner.post(url(ws, '/import'), { format: 'yaml', content: stringify(doc), revision: 1 });
  assert.equal(res.status, 400);
  assert.equal(res.body.error.code, 'validation_failed');
  assert.deepEqual(res.body.error.details.map((d: { path: string }) => d.path).sort(), [
    'content.audience.personas[0].journeyStage',
    'content.goals.objectives[1].target',
    'content.metrics.fiscalYear',
  ]);
  const after = await owner.get(url(ws));
  assert.equal(after.body.revision, 1);
  assert.equal(after.body.document.goals.objectives[1].target, completeStrategy().goals.objectives[1]!.target);
});

test('YAML that is not a strategy is refused with a clear message', async () => {
  const ws = await workspaceWithStrategy('Not a strategy');
  const list = await owner.post(url(ws, '/import'), { format: 'yaml', content: '- espresso\n- latte\n', revision: 1 });
  assert.equal(list.status, 400);
  assert.match(list.body.error.message, /not a strategy: the file holds a list/);
  const config = await owner.post(url(ws, '/import'), { format: 'yaml', content: 'server:\n  port: 8080\nlogging:\n  level: debug\n', revision: 1 });
  assert.match(config.body.error.message, /not a Socialplan strategy.*found server, logging/);
  const broken = await owner.post(url(ws, '/import'), { format: 'yaml', content: 'goals: [1, 2\n', revision: 1 });
  assert.equal(broken.status, 400);
  assert.match(broken.body.error.details[0].message, /^not valid YAML/);
  assert.equal((await owner.get(url(ws))).body.revision, 1);
});

test('a valid import on a stale revision is refused', async () => {
  const ws = await workspaceWithStrategy('Stale import');
  const text = (await owner.get(url(ws, '/export.json'))).raw.body;
  const res = await owner.post(url(ws, '/import'), { format: 'json', content: text.replace('Second farm partner', 'Third'), revision: 0 });
  assert.equal(res.status, 409);
  assert.equal(res.body.error.code, 'stale_revision');
});

test('a 50 MB upload is refused before it is read, and nothing is saved', async () => {
  const ws = await workspaceWithStrategy('Huge');
  const huge = `goals:\n  statement: "${'ก'.repeat(50 * 1024 * 1024 / 3)}"\n`;
  const res = await owner.post(url(ws, '/import'), { format: 'yaml', content: huge, revision: 1 });
  assert.equal(res.status, 413);
  assert.equal(res.body.error.code, 'payload_too_large');
  const after = await owner.get(url(ws));
  assert.equal(after.body.revision, 1);
  assert.deepEqual(after.body.document.goals, (await owner.get(url(ws, '/sections/goals'))).body.value);
  assert.notEqual(after.body.document.goals.statement.length, huge.length);
});

test('the audit trail says a strategy was imported and in which format', async () => {
  const ws = await createWorkspaceAs(owner, orgId, 'Audit import');
  const content = JSON.stringify(completeStrategy());
  await owner.post(url(ws, '/import'), { format: 'json', content, revision: 0 });
  const audit = await owner.get(`/api/v1/workspaces/${ws}/audit`);
  const entry = audit.body.events.find((e: { action: string }) => e.action === 'strategy.imported');
  assert.equal(entry.changes.format, 'json');
  assert.deepEqual(entry.changes.revision, { from: 0, to: 1 });
});
