import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { and, eq, isNull } from 'drizzle-orm';
import { auditEvents, mentionDailyRollups, mentions } from '../../db/schema/index.ts';
import type { AppDeps } from '../../http/request-context.ts';
import { createSecretBox } from '../../lib/secret-box.ts';
import { createTestApp, type TestApp, type TestClient, testConfig } from '../../test-support/test-app.ts';
import { addMember } from '../../test-support/tenants.ts';
import { api, ingest, newWorkspace, type Posted, webhookToken } from './listening-test.fixtures.ts';
import { ALL_TOPICS } from './mention-rollup.domain.ts';
import { retrainWorkspaceModels } from './sentiment-model.service.ts';

let t: TestApp;
let owner: TestClient;
let orgId: string;
let ws: string;
let topicId: string;

const MENTIONS: Posted[] = [
  { id: 'a', text: 'I love the Kafe Dee latte, wonderful', publishedAt: '2026-03-18T09:00:00+07:00', channel: 'facebook', reach: 100 },
  { id: 'b', text: 'Kafe Dee queue was terrible and slow', publishedAt: '2026-03-18T23:30:00+07:00', channel: 'x', reach: 50 },
  // 17:30 UTC is 00:30 the next day in Bangkok, the workspace's time zone.
  { id: 'c', text: 'กาแฟอร่อยมาก ร้านนี้ดีที่สุด', publishedAt: '2026-03-18T17:30:00Z', channel: 'line', reach: 10 },
  { id: 'd', text: 'A 100% arabica_blend review', publishedAt: '2026-03-19T10:00:00+07:00', channel: 'x', reach: 5 },
  { id: 'e', text: 'A 100 arabica blend note', publishedAt: '2026-03-19T10:00:00+07:00', channel: 'x', reach: 1 },
];

before(async () => {
  t = await createTestApp();
  t.clock.now = new Date('2026-03-20T03:00:00Z');
  owner = t.client();
  orgId = (await owner.setup('owner@example.com')).organizations[0]!.id;
  ws = await newWorkspace(owner, orgId, 'Stream');
  topicId = (await owner.post(api(ws, '/topics'), { name: 'Kafe Dee', kind: 'brand', query: '"Kafe Dee"' })).body.id;
  await ingest(t, ws, await webhookToken(owner, ws), MENTIONS);
});
after(() => t.close());

const ids = (res: { body: { mentions: { externalId: string }[] } }) => res.body.mentions.map((m) => m.externalId);
const stream = (query = '') => owner.get(api(ws, `/mentions${query}`));

test('the stream is newest first and filters by topic, language, sentiment, channel and days', async () => {
  // d and e share a timestamp: the higher id (stored later) comes first.
  assert.deepEqual(ids(await stream()), ['e', 'd', 'c', 'b', 'a']);
  assert.deepEqual(ids(await stream(`?topicId=${topicId}`)), ['b', 'a']);
  assert.deepEqual(ids(await stream('?language=th')), ['c']);
  assert.deepEqual(ids(await stream('?channel=x')), ['e', 'd', 'b']);
  assert.deepEqual(ids(await stream('?sentiment=neg')), ['b']);
  assert.deepEqual(ids(await stream('?from=2026-03-18&to=2026-03-18')), ['b', 'a']);
  assert.deepEqual(ids(await stream('?from=2026-03-19')), ['e', 'd', 'c']);
  const first = (await stream('?channel=facebook')).body.mentions[0];
  assert.equal(first.sourceKind, 'webhook');
  assert.equal(first.reach, 100);
  assert.equal(first.sentiment, 'pos');
  assert.equal(first.corrected, false);
});

test('text search is case-insensitive and takes % and _ literally', async () => {
  assert.deepEqual(ids(await stream('?q=kafe%20dee')), ['b', 'a']);
  assert.deepEqual(ids(await stream(`?q=${encodeURIComponent('100%')}`)), ['d']);
  assert.deepEqual(ids(await stream('?q=arabica_blend')), ['d']);
  assert.deepEqual(ids(await stream('?q=nothing-like-this')), []);
});

test('pages follow the cursor without repeats, and a bad cursor or range is a 400 with its path', async () => {
  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const res: Awaited<ReturnType<typeof stream>> = await stream(`?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
    assert.equal(res.status, 200);
    assert.ok(res.body.mentions.length <= 2);
    seen.push(...ids(res));
    cursor = res.body.nextCursor;
  } while (cursor);
  assert.deepEqual(seen, ['e', 'd', 'c', 'b', 'a']);
  const bad = await stream('?cursor=not-a-cursor');
  assert.equal(bad.status, 400);
  assert.deepEqual(bad.body.error.details, [{ path: 'query.cursor', message: 'not a cursor from this stream' }]);
  assert.equal((await stream('?from=2026-03-19&to=2026-03-18')).body.error.details[0].path, 'query.to');
  assert.equal((await stream('?limit=500')).body.error.details[0].path, 'query.limit');
  assert.equal((await stream('?sentiment=angry')).body.error.details[0].path, 'query.sentiment');
});

async function rollup(topic: string, day: string, channel: string) {
  const rows = await t.database.db
    .select()
    .from(mentionDailyRollups)
    .where(and(eq(mentionDailyRollups.workspaceId, ws), eq(mentionDailyRollups.topicId, topic), eq(mentionDailyRollups.day, day), eq(mentionDailyRollups.channel, channel)));
  return Object.fromEntries(rows.map((r) => [r.sentiment, [r.mentions, r.reach]]));
}

test('a correction wins in the stream and moves the mention in every rollup it counts in', async () => {
  const b = (await stream('?q=queue')).body.mentions[0];
  assert.deepEqual(await rollup(ALL_TOPICS, '2026-03-18', 'x'), { neg: [1, 50] });
  const contributor = (await addMember(t, owner, ws, 'fixer@example.com', 'contributor')).client;
  const res = await contributor.patch(api(ws, `/mentions/${b.id}/sentiment`), { sentiment: 'neu' });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assert.equal(res.body.sentiment, 'neu');
  assert.equal(res.body.modelSentiment, 'neg');
  assert.equal(res.body.corrected, true);
  assert.deepEqual(await rollup(ALL_TOPICS, '2026-03-18', 'x'), { neu: [1, 50] });
  assert.deepEqual(await rollup(topicId, '2026-03-18', 'x'), { neu: [1, 50] });
  assert.deepEqual(ids(await stream('?sentiment=neu&channel=x')).includes('b'), true);

  // Correcting again moves it from the corrected label; the same label again changes nothing.
  await owner.patch(api(ws, `/mentions/${b.id}/sentiment`), { sentiment: 'pos' });
  await owner.patch(api(ws, `/mentions/${b.id}/sentiment`), { sentiment: 'pos' });
  assert.deepEqual(await rollup(ALL_TOPICS, '2026-03-18', 'x'), { pos: [1, 50] });
  const dashboard = (await owner.get(api(ws, `/dashboard?from=2026-03-18&to=2026-03-19&topicId=${topicId}`))).body;
  assert.deepEqual(dashboard.totals, { mentions: 2, reach: 150, pos: 2, neu: 0, neg: 0 });

  const audit = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.workspaceId, ws), eq(auditEvents.action, 'listening.mention_sentiment_corrected')));
  assert.equal(audit.length, 3);
  assert.deepEqual((audit[0]!.changes as Record<string, unknown>).sentiment, { from: 'neg', to: 'neu' });
  // Retraining is queued once per burst of corrections, keyed on the workspace.
  const jobs = await t.jobs.boss.findJobs('listening.retrain', { key: ws });
  assert.ok(jobs.length >= 1 && jobs.length <= 2, `${jobs.length} retrain jobs`);
  assert.deepEqual(jobs[0]!.data, { workspaceId: ws });
});

test('corrections need a contributor, a known mention of this workspace and a known label', async () => {
  const a = (await stream('?channel=facebook')).body.mentions[0];
  const viewer = (await addMember(t, owner, ws, 'reader@example.com', 'viewer')).client;
  assert.equal((await viewer.patch(api(ws, `/mentions/${a.id}/sentiment`), { sentiment: 'neg' })).status, 403);
  assert.equal((await owner.patch(api(ws, '/mentions/999999/sentiment'), { sentiment: 'neg' })).status, 404);
  assert.equal((await owner.patch(api(ws, '/mentions/abc/sentiment'), { sentiment: 'neg' })).status, 404);
  const bad = await owner.patch(api(ws, `/mentions/${a.id}/sentiment`), { sentiment: 'angry' });
  assert.equal(bad.status, 400);
  assert.equal(bad.body.error.details[0].path, 'body.sentiment');
  const other = await newWorkspace(owner, orgId, 'Other stream');
  assert.equal((await owner.patch(api(other, `/mentions/${a.id}/sentiment`), { sentiment: 'neg' })).status, 404);
  assert.equal((await stream('?channel=facebook')).body.mentions[0].sentiment, 'pos');
});

test('retraining learns a model per language from corrections and reports its held-out accuracy', async () => {
  const trainWs = await newWorkspace(owner, orgId, 'Training');
  const token = await webhookToken(owner, trainWs);
  // Praise the team calls a complaint in this workspace ("sold out" is bad news for a café).
  // The model moves away from the default engine only on enough evidence: 65 corrections, 13 held back.
  const posted = Array.from({ length: 65 }, (_, i) => ({ id: `t${i}`, text: `Sold out again at branch ${i}, great`, publishedAt: '2026-03-19T10:00:00+07:00' }));
  await ingest(t, trainWs, token, posted);
  const listed = (await owner.get(api(trainWs, '/mentions?limit=5'))).body.mentions;
  for (const m of listed) await owner.patch(api(trainWs, `/mentions/${m.id}/sentiment`), { sentiment: 'neg' });
  assert.deepEqual((await owner.get(api(trainWs, '/sentiment-model'))).body, { models: [], pendingCorrections: 5 });
  // The other 60 as if corrected one by one earlier (the route is tested above).
  await t.database.db.update(mentions).set({ correctedSentiment: 'neg', correctedAt: new Date('2026-03-19T12:00:00Z') }).where(and(eq(mentions.workspaceId, trainWs), isNull(mentions.correctedAt)));

  const deps: AppDeps = { db: t.database.db, config: testConfig(), secrets: createSecretBox('test-secret-key-test-secret-key-0123456789'), jobs: t.jobs, now: () => t.clock.now };
  assert.deepEqual(await retrainWorkspaceModels(deps, trainWs), { languages: ['en'] });
  const status = (await owner.get(api(trainWs, '/sentiment-model'))).body;
  assert.equal(status.pendingCorrections, 0);
  assert.equal(status.models.length, 1);
  const [model] = status.models;
  assert.equal(model.language, 'en');
  assert.equal(model.corrections, 65);
  assert.equal(model.heldOut, 13);
  assert.equal(model.baselineAccuracy, 0, 'the default engine reads "great" as praise');
  assert.equal(model.accuracy, 1, 'the workspace model learnt otherwise');

  // New mentions are analysed with the workspace's model from now on.
  await ingest(t, trainWs, token, [{ id: 'new', text: 'Sold out again at the airport, great', publishedAt: '2026-03-19T12:00:00+07:00' }]);
  const fresh = (await owner.get(api(trainWs, '/mentions?q=airport'))).body.mentions[0];
  assert.equal(fresh.modelSentiment, 'neg');
});
