import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import { auditEvents, mentions } from '../../db/schema/index.ts';
import { JOB_DEFINITIONS } from '../../jobs/job-definitions.ts';
import { depsFor } from '../../main.ts';
import { createTestApp, type TestApp, type TestClient, testConfig } from '../../test-support/test-app.ts';
import { addMember } from '../../test-support/tenants.ts';
import { api, ingest, mentionsOn, newWorkspace, type Posted, webhookToken } from './listening-test.fixtures.ts';
import { type RetagOptions, runRetag } from './retag-run.service.ts';

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

// A closed day (trimmed to its top terms) and yesterday; Latin and Thai; every topic gains and loses some.
const POSTED: Posted[] = [
  ...mentionsOn('2026-03-15', 4, 'coffee and cake', { channel: 'facebook', reach: 10 }),
  ...mentionsOn('2026-03-15', 3, 'latte art class #latteart', { channel: 'x', reach: 5 }),
  ...mentionsOn('2026-03-19', 2, 'coffee latte combo', { channel: 'x', reach: 7 }),
  ...mentionsOn('2026-03-19', 3, 'mocha awful terrible', { channel: 'tiktok', reach: 20 }),
  ...mentionsOn('2026-03-19', 2, 'green tea and cake', { channel: 'line', reach: 1 }),
  { text: 'ชอบ latte ร้านนี้มาก', publishedAt: '2026-03-19T08:00:00+07:00', channel: 'line', author: 'somchai' },
];
const RANGE = 'from=2026-03-15&to=2026-03-20';

type Topics = Record<string, string>;

async function createTopics(ws: string, queries: Record<string, string>): Promise<Topics> {
  const ids: Topics = {};
  for (const [name, query] of Object.entries(queries)) {
    const res = await owner.post(api(ws, '/topics'), { name, kind: name === 'Brand' ? 'brand' : 'theme', query });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    ids[name] = res.body.id;
  }
  return ids;
}

/** A workspace whose topics had `queries` from the start: what re-tagging must arrive at. */
async function fresh(name: string, queries: Record<string, string>): Promise<{ ws: string; topics: Topics }> {
  const ws = await newWorkspace(owner, orgId, name);
  const topics = await createTopics(ws, queries);
  await ingest(t, ws, await webhookToken(owner, ws), POSTED);
  assert.equal((await owner.get(api(ws, '/retag'))).body.status, 'idle', 'topics made before any mention need no re-tag');
  return { ws, topics };
}

/** The answer with topic ids replaced by topic names and per-topic lists in name order, so two workspaces compare. */
function named(body: unknown, topics: Topics): unknown {
  let text = JSON.stringify(body);
  for (const [name, id] of Object.entries(topics)) text = text.replaceAll(id, name);
  const parsed = JSON.parse(text) as Record<string, unknown>;
  for (const key of ['volume', 'shareOfVoice', 'spikes']) {
    if (Array.isArray(parsed[key])) parsed[key] = parsed[key].map((x) => JSON.stringify(x)).sort();
  }
  return parsed;
}

async function streamTexts(ws: string, topicId: string): Promise<string[]> {
  const res = await owner.get(api(ws, `/mentions?topicId=${topicId}&limit=100`));
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body.mentions.map((m: { text: string }) => m.text).sort();
}

/** Stream and dashboards, per topic and overall, exactly as in a workspace that had these topics from the start. */
async function assertMatchesFresh(a: { ws: string; topics: Topics }, b: { ws: string; topics: Topics }): Promise<void> {
  for (const name of Object.keys(b.topics)) {
    assert.deepEqual(await streamTexts(a.ws, a.topics[name]!), await streamTexts(b.ws, b.topics[name]!), `stream of ${name}`);
    const dashboard = async (side: typeof a) => named((await owner.get(api(side.ws, `/dashboard?${RANGE}&topicId=${side.topics[name]}`))).body, side.topics);
    assert.deepEqual(await dashboard(a), await dashboard(b), `dashboard of ${name}`);
  }
  const overall = async (side: typeof a) => named((await owner.get(api(side.ws, `/dashboard?${RANGE}`))).body, side.topics);
  assert.deepEqual(await overall(a), await overall(b), 'dashboard of all topics');
}

const retag = (ws: string, options: RetagOptions = {}) => runRetag({ db: t.database.db, now: () => t.clock.now }, ws, { batchSize: 4, ...options });
const waitingJobs = async (ws: string) => (await t.jobs.boss.findJobs('listening.retag', { key: ws })).filter((j) => j.state === 'created');

async function changeQuery(ws: string, id: string, name: string, query: string) {
  const res = await owner.request('PUT', api(ws, `/topics/${id}`), { name, kind: name === 'Brand' ? 'brand' : 'theme', query });
  assert.equal(res.status, 200, JSON.stringify(res.body));
}

let main: { ws: string; topics: Topics };

test('a changed query re-tags the stored mentions: stream and dashboards as if the query had always been so', async () => {
  const ws = await newWorkspace(owner, orgId, 'Retag');
  const topics = await createTopics(ws, { Brand: 'coffee', Tea: 'tea', Cake: 'cake' });
  await ingest(t, ws, await webhookToken(owner, ws), POSTED);
  main = { ws, topics };
  assert.equal((await streamTexts(ws, topics.Brand!)).length, 6);

  await changeQuery(ws, topics.Brand!, 'Brand', 'latte OR mocha');
  const status = (await owner.get(api(ws, '/retag'))).body;
  assert.deepEqual([status.status, status.processed, status.total], ['queued', 0, 0]);
  const [job] = await waitingJobs(ws);
  assert.deepEqual(job?.data, { workspaceId: ws });

  // The job as a worker runs it.
  const definition = JOB_DEFINITIONS.find((d) => d.name === 'listening.retag')!;
  const deps = { ...depsFor({ config: testConfig(), database: t.database, secretKey: 'k'.repeat(40), release: async () => {} }, t.jobs), now: () => t.clock.now };
  assert.deepEqual(await definition.run(deps, job!.data), { runs: 1 });

  const done = (await owner.get(api(ws, '/retag'))).body;
  assert.equal(done.status, 'done');
  assert.deepEqual([done.processed, done.total], [POSTED.length, POSTED.length]);
  // Lost: 4 "coffee and cake"; gained: 3 latte art, 3 mocha, the Thai latte; "coffee latte" stays.
  assert.equal(done.changed, 11);
  assert.ok(done.finishedAt && done.startedAt);
  assert.equal((await streamTexts(ws, topics.Brand!)).length, 9);
  await assertMatchesFresh(main, await fresh('Fresh 1', { Brand: 'latte OR mocha', Tea: 'tea', Cake: 'cake' }));
});

test('a deleted topic’s tag leaves the stored mentions', async () => {
  const { ws, topics } = main;
  const tagged = async (id: string) => (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(mentions).where(and(eq(mentions.workspaceId, ws), sql`${mentions.topicIds} @> array[${id}]::uuid[]`)))[0]!.n;
  assert.equal(await tagged(topics.Cake!), 6);
  assert.equal((await owner.delete(api(ws, `/topics/${topics.Cake}`))).status, 200);
  assert.equal((await owner.get(api(ws, '/retag'))).body.status, 'queued');
  await retag(ws);
  assert.equal(await tagged(topics.Cake!), 0);
  assert.deepEqual(await streamTexts(ws, topics.Cake!), []);
  const { Cake: _, ...left } = topics;
  main = { ws, topics: left };
  await assertMatchesFresh(main, await fresh('Fresh 2', { Brand: 'latte OR mocha', Tea: 'tea' }));
});

test('a name-only or kind-only edit queues nothing', async () => {
  const { ws, topics } = main;
  const before = (await owner.get(api(ws, '/retag'))).body;
  const waiting = (await waitingJobs(ws)).length;
  assert.equal((await owner.request('PUT', api(ws, `/topics/${topics.Tea}`), { name: 'Tea time', kind: 'theme', query: 'tea' })).status, 200);
  assert.equal((await owner.request('PUT', api(ws, `/topics/${topics.Tea}`), { name: 'Tea time', kind: 'competitor', query: 'tea' })).status, 200);
  assert.deepEqual((await owner.get(api(ws, '/retag'))).body, before);
  assert.equal((await waitingJobs(ws)).length, waiting);
  assert.equal(before.status, 'done');
});

test('a run that fails half-way resumes after its last stored batch, and the rollups come out exact', async () => {
  const { ws, topics } = main;
  await changeQuery(ws, topics.Tea!, 'Tea', 'cake OR tea');
  let batches = 0;
  await assert.rejects(
    retag(ws, {
      afterBatch: () => {
        if (++batches === 2) throw new Error('worker went away');
      },
    }),
    /worker went away/,
  );
  const failed = (await owner.get(api(ws, '/retag'))).body;
  assert.deepEqual([failed.status, failed.processed, failed.total], ['failed', 8, POSTED.length]);
  assert.match(failed.error, /worker went away/);
  assert.deepEqual(await retag(ws), { runs: 1 });
  const done = (await owner.get(api(ws, '/retag'))).body;
  assert.deepEqual([done.status, done.processed, done.total, done.error], ['done', POSTED.length, POSTED.length, null]);
  await assertMatchesFresh(main, await fresh('Fresh 3', { Brand: 'latte OR mocha', Tea: 'cake OR tea' }));
});

test('a change while a run is going makes it start over with the latest topics', async () => {
  const { ws, topics } = main;
  await changeQuery(ws, topics.Brand!, 'Brand', 'coffee');
  let changed = false;
  const result = await retag(ws, {
    afterBatch: async () => {
      if (changed) return;
      changed = true;
      await changeQuery(ws, topics.Brand!, 'Brand', 'mocha OR green');
      assert.equal((await owner.get(api(ws, '/retag'))).body.status, 'running', 'the run in progress stays running');
    },
  });
  assert.deepEqual(result, { runs: 2 });
  await assertMatchesFresh(main, await fresh('Fresh 4', { Brand: 'mocha OR green', Tea: 'cake OR tea' }));
});

test('topics from the strategy and a request by hand re-tag too; viewers only read the progress', async () => {
  const { ws } = main;
  const listening = { brandTerms: [], competitors: [{ id: '7d5d0d8e-2c44-4c1b-9a44-3f0f1c3a2b10', name: 'Bean Bros', handles: [], terms: ['latte'] }], categoryTerms: [], topicTerms: [], questions: [], findings: [] };
  const draft = (await owner.get(`/api/v1/workspaces/${ws}/strategy`)).body;
  assert.equal((await owner.request('PUT', `/api/v1/workspaces/${ws}/strategy/sections/listening`, { revision: draft.revision, value: listening })).status, 200);
  const created = (await owner.post(api(ws, '/topics/from-strategy'))).body.created;
  assert.equal(created.length, 1);
  assert.equal((await owner.get(api(ws, '/retag'))).body.status, 'queued');
  await retag(ws);
  assert.equal((await streamTexts(ws, created[0].id)).length, 6);

  const viewer = (await addMember(t, owner, ws, 'retag-viewer@example.com', 'viewer')).client;
  assert.equal((await viewer.get(api(ws, '/retag'))).body.status, 'done');
  assert.equal((await viewer.post(api(ws, '/retag'))).status, 403);
  const requested = await owner.post(api(ws, '/retag'));
  assert.equal(requested.status, 200, JSON.stringify(requested.body));
  assert.equal(requested.body.status, 'queued');
  const audit = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.workspaceId, ws), eq(auditEvents.action, 'listening.retag_requested')));
  assert.equal(audit.length, 1);
  assert.deepEqual(await retag(ws), { runs: 1 });
  assert.equal((await owner.get(api(ws, '/retag'))).body.changed, 0, 'nothing left to change');
});

test('a past day that gained term rows is trimmed to its top terms again, as ingest leaves it', async () => {
  const posted = Array.from({ length: 40 }, (_, i) => ({ text: `tea with w${i}x and w${i}y`, publishedAt: '2026-03-10T12:00:00+07:00', author: `a${i}` }));
  const ws = await newWorkspace(owner, orgId, 'Retag terms');
  const topics = await createTopics(ws, { Brand: 'coffee' });
  await ingest(t, ws, await webhookToken(owner, ws), posted);
  await changeQuery(ws, topics.Brand!, 'Brand', 'tea');
  await retag(ws, { batchSize: 2_000 });
  const kept = await t.database.db.execute(
    sql`select kind, count(*)::int as n from mention_term_rollups where workspace_id = ${ws} and topic_id = ${topics.Brand} and day = '2026-03-10' group by kind order by kind`,
  );
  assert.deepEqual((kept as unknown as { rows: unknown[] }).rows, [
    { kind: 'author', n: 25 },
    { kind: 'word', n: 25 },
  ]);
  const other = await newWorkspace(owner, orgId, 'Retag terms fresh');
  const freshTopics = await createTopics(other, { Brand: 'tea' });
  await ingest(t, other, await webhookToken(owner, other), posted);
  const terms = async (id: string, topicId: string) => {
    const body = (await owner.get(api(id, `/dashboard?from=2026-03-10&to=2026-03-10&topicId=${topicId}`))).body;
    return [body.topWords, body.topAuthors, body.totals];
  };
  assert.deepEqual(await terms(ws, topics.Brand!), await terms(other, freshTopics.Brand!));
});
