import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { auditEvents, mentionDailyRollups } from '../../db/schema/index.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.ts';
import { addMember } from '../../test-support/tenants.ts';
import { api, ingest, mentionsOn, newWorkspace, webhookToken } from './listening-test.fixtures.ts';

let t: TestApp;
let owner: TestClient;
let orgId: string;

before(async () => {
  t = await createTestApp();
  t.clock.now = new Date('2026-03-20T03:00:00Z');
  owner = t.client();
  orgId = (await owner.setup('owner@example.com')).organizations[0]!.id;
});
after(() => t.close());

const auditOf = (ws: string, action: string) => t.database.db.select().from(auditEvents).where(and(eq(auditEvents.workspaceId, ws), eq(auditEvents.action, action)));

test('topics are created, listed brand first, changed and deleted, each change audited', async () => {
  const ws = await newWorkspace(owner, orgId, 'Topics CRUD');
  const theme = await owner.post(api(ws, '/topics'), { name: 'Cold brew', kind: 'theme', query: '"cold brew" OR #coldbrew' });
  assert.equal(theme.status, 201, JSON.stringify(theme.body));
  assert.equal(theme.body.competitorId, null);
  const brand = await owner.post(api(ws, '/topics'), { name: 'Kafe Dee', kind: 'brand', query: '"Kafe Dee"' });
  const list = await owner.get(api(ws, '/topics'));
  assert.deepEqual(
    list.body.topics.map((x: { name: string }) => x.name),
    ['Kafe Dee', 'Cold brew'],
  );

  const changed = await owner.request('PUT', api(ws, `/topics/${theme.body.id}`), { name: 'Iced coffee', kind: 'theme', query: '"iced coffee" -decaf' });
  assert.equal(changed.status, 200, JSON.stringify(changed.body));
  assert.equal(changed.body.query, '"iced coffee" -decaf');
  const [updated] = await auditOf(ws, 'listening.topic_updated');
  assert.deepEqual((updated!.changes as Record<string, unknown>).name, { from: 'Cold brew', to: 'Iced coffee' });

  assert.equal((await owner.delete(api(ws, `/topics/${brand.body.id}`))).status, 200);
  assert.equal((await owner.delete(api(ws, `/topics/${brand.body.id}`))).status, 404);
  assert.equal((await owner.get(api(ws, '/topics'))).body.topics.length, 1);
  assert.equal((await auditOf(ws, 'listening.topic_created')).length, 2);
  assert.equal((await auditOf(ws, 'listening.topic_deleted')).length, 1);
});

test('a wrong query is refused at body.query with the position of each problem', async () => {
  const ws = await newWorkspace(owner, orgId, 'Topics validation');
  const res = await owner.post(api(ws, '/topics'), { name: 'Broken', kind: 'theme', query: 'coffee AND (tea OR' });
  assert.equal(res.status, 400);
  assert.equal(res.body.error.code, 'validation_failed');
  assert.deepEqual(res.body.error.details, [
    { path: 'body.query', message: 'unbalanced parenthesis at character 12' },
    { path: 'body.query', message: 'operator without a term on both sides at characters 17–18' },
  ]);
  const fields = await owner.post(api(ws, '/topics'), { name: ' ', kind: 'rumour', query: 'x', extra: 1 });
  assert.deepEqual(
    fields.body.error.details.map((d: { path: string }) => d.path).sort(),
    ['body.extra', 'body.kind', 'body.name'],
  );
  assert.equal((await owner.get(api(ws, '/topics'))).body.topics.length, 0, 'nothing was saved');
});

test('viewers and contributors read topics but only editors change them', async () => {
  const ws = await newWorkspace(owner, orgId, 'Topics roles');
  const viewer = (await addMember(t, owner, ws, 'topics-viewer@example.com', 'viewer')).client;
  const contributor = (await addMember(t, owner, ws, 'topics-contributor@example.com', 'contributor')).client;
  const editor = (await addMember(t, owner, ws, 'topics-editor@example.com', 'editor')).client;
  const body = { name: 'Brand', kind: 'brand', query: 'kafe' };
  assert.equal((await viewer.post(api(ws, '/topics'), body)).status, 403);
  assert.equal((await contributor.post(api(ws, '/topics'), body)).status, 403);
  const created = await editor.post(api(ws, '/topics'), body);
  assert.equal(created.status, 201);
  assert.equal((await viewer.get(api(ws, '/topics'))).body.topics.length, 1);
  assert.equal((await contributor.request('PUT', api(ws, `/topics/${created.body.id}`), body)).status, 403);
  assert.equal((await viewer.delete(api(ws, `/topics/${created.body.id}`))).status, 403);
});

test('a topic of another workspace cannot be changed through this one', async () => {
  const mine = await newWorkspace(owner, orgId, 'Topics mine');
  const theirs = await newWorkspace(owner, orgId, 'Topics theirs');
  const other = await owner.post(api(theirs, '/topics'), { name: 'Theirs', kind: 'theme', query: 'theirs' });
  const body = { name: 'Hijacked', kind: 'theme', query: 'x' };
  assert.equal((await owner.request('PUT', api(mine, `/topics/${other.body.id}`), body)).status, 404);
  assert.equal((await owner.delete(api(mine, `/topics/${other.body.id}`))).status, 404);
  assert.equal((await owner.get(api(theirs, '/topics'))).body.topics[0].name, 'Theirs');
});

test('topics come from the strategy’s listening plan once: brand terms and each competitor', async () => {
  const ws = await newWorkspace(owner, orgId, 'Kafe Dee');
  const competitorId = '7d5d0d8e-2c44-4c1b-9a44-3f0f1c3a2b10';
  const listening = {
    brandTerms: ['Kafe Dee', 'กาแฟดี', '#kafedee'],
    competitors: [{ id: competitorId, name: 'Bean Bros', handles: ['@beanbros'], terms: ['บีนบรอส'] }],
    categoryTerms: [],
    topicTerms: [],
    questions: [],
    findings: [],
  };
  assert.equal((await owner.request('PUT', `/api/v1/workspaces/${ws}/strategy/sections/listening`, { revision: 0, value: listening })).status, 200);
  const first = await owner.post(api(ws, '/topics/from-strategy'));
  assert.equal(first.status, 200, JSON.stringify(first.body));
  assert.deepEqual(
    first.body.created.map((x: { name: string; kind: string; competitorId: string | null; query: string }) => [x.name, x.kind, x.competitorId, x.query]),
    [
      ['Kafe Dee', 'brand', null, '"Kafe Dee" OR "กาแฟดี" OR #kafedee'],
      ['Bean Bros', 'competitor', competitorId, '"Bean Bros" OR @beanbros OR "บีนบรอส"'],
    ],
  );
  assert.equal(first.body.existing, 0);
  const again = await owner.post(api(ws, '/topics/from-strategy'));
  assert.deepEqual(again.body, { created: [], existing: 2 });
  assert.equal((await auditOf(ws, 'listening.topics_from_strategy')).length, 1);

  // New mentions are tagged with the topics they match; the brand's Thai spelling needs no spaces.
  const token = await webhookToken(owner, ws);
  await ingest(t, ws, token, [
    { text: 'เช้านี้กาแฟดีมากที่สาขาสีลม', publishedAt: '2026-03-19T08:00:00+07:00' },
    { text: 'Trying @beanbros today', publishedAt: '2026-03-19T09:00:00+07:00' },
  ]);
  const stream = (await owner.get(api(ws, '/mentions'))).body.mentions;
  const [brandId, competitorTopicId] = first.body.created.map((x: { id: string }) => x.id);
  assert.deepEqual(stream.find((m: { text: string }) => m.text.includes('beanbros')).topicIds, [competitorTopicId]);
  assert.deepEqual(stream.find((m: { text: string }) => m.text.includes('กาแฟดี')).topicIds, [brandId]);

  // Deleting the topic removes its rollups; the all-mentions row stays.
  await owner.delete(api(ws, `/topics/${competitorTopicId}`));
  const rows = await t.database.db.select().from(mentionDailyRollups).where(eq(mentionDailyRollups.workspaceId, ws));
  assert.ok(rows.every((r) => r.topicId !== competitorTopicId));
  assert.equal(rows.filter((r) => r.topicId === '00000000-0000-0000-0000-000000000000').reduce((s, r) => s + r.mentions, 0), 2);
});

test('a workspace without a plan gets no topics from it', async () => {
  const ws = await newWorkspace(owner, orgId, 'No plan');
  assert.deepEqual((await owner.post(api(ws, '/topics/from-strategy'))).body, { created: [], existing: 0 });
  assert.equal((await ingest(t, ws, await webhookToken(owner, ws), mentionsOn('2026-03-19', 1, 'plain'))).accepted, 1);
});
