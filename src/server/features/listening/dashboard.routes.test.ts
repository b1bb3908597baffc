import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { auditEvents, mentionChannelTotals, mentionDailyRollups, mentionDayTotals, mentionLanguageTotals } from '../../db/schema/index.ts';
import { addMember } from '../../test-support/tenants.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.ts';
import { eachDay } from './listening-days.domain.ts';
import { api, ingest, mentionsOn, newWorkspace, type Posted, webhookToken } from './listening-test.fixtures.ts';

let t: TestApp;
let owner: TestClient;
let orgId: string;
let ws: string;
const topic: Record<'brand' | 'rival' | 'theme', string> = { brand: '', rival: '', theme: '' };

// Two weeks of two brand mentions and one competitor mention a day, then a bad day for the brand.
const QUIET = eachDay('2026-03-01', '2026-03-14');
const POSTED: Posted[] = [
  ...QUIET.flatMap((day) => [
    ...mentionsOn(day, 2, 'I love Kafe Dee #kafedee', { channel: 'facebook', reach: 10 }),
    ...mentionsOn(day, 1, 'Visited Bean Bros', { channel: 'x', reach: 3, author: 'rival_fan' }),
  ]),
  ...mentionsOn('2026-03-15', 15, 'Kafe Dee terrible awful service #kafedee', { channel: 'x', reach: 100, author: 'angry' }),
  ...mentionsOn('2026-03-15', 5, 'Kafe Dee queue today', { channel: 'tiktok', reach: 20 }),
  { text: 'ชอบกาแฟ Kafe Dee มาก อร่อย', publishedAt: '2026-03-15T08:00:00+07:00', channel: 'line', author: 'somchai' },
];

before(async () => {
  t = await createTestApp();
  t.clock.now = new Date('2026-03-16T03:00:00Z');
  owner = t.client();
  orgId = (await owner.setup('owner@example.com')).organizations[0]!.id;
  ws = await newWorkspace(owner, orgId, 'Dashboard');
  topic.brand = (await owner.post(api(ws, '/topics'), { name: 'Kafe Dee', kind: 'brand', query: '"Kafe Dee"' })).body.id;
  topic.rival = (await owner.post(api(ws, '/topics'), { name: 'Bean Bros', kind: 'competitor', query: '"Bean Bros"' })).body.id;
  topic.theme = (await owner.post(api(ws, '/topics'), { name: 'Service', kind: 'theme', query: 'service OR queue' })).body.id;
  const result = await ingest(t, ws, await webhookToken(owner, ws), POSTED);
  assert.deepEqual(result, { accepted: POSTED.length, duplicates: 0 });
});
after(() => t.close());

const dashboard = (query: string) => owner.get(api(ws, `/dashboard?${query}`));

test('the dashboard counts exactly what was ingested', async () => {
  const res = await dashboard('from=2026-03-01&to=2026-03-15');
  assert.equal(res.status, 200, JSON.stringify(res.body));
  const d = res.body;
  assert.equal(d.totals.mentions, POSTED.length);
  assert.equal(d.totals.reach, POSTED.reduce((s, p) => s + (p.reach ?? 0), 0));
  assert.equal(d.totals.pos + d.totals.neu + d.totals.neg, POSTED.length);
  assert.equal(d.totals.neg, 15);

  const all = d.volume.filter((v: { topicId: string | null }) => v.topicId === null);
  assert.equal(all.length, 15, 'one point per day, quiet days included');
  assert.deepEqual(all[0], { day: '2026-03-01', topicId: null, mentions: 3, reach: 23 });
  assert.deepEqual(all.at(-1), { day: '2026-03-15', topicId: null, mentions: 21, reach: 1600 });
  const brandLastDay = d.volume.find((v: { topicId: string; day: string }) => v.topicId === topic.brand && v.day === '2026-03-15');
  assert.equal(brandLastDay.mentions, 21);

  const last = d.sentiment.at(-1);
  assert.equal(last.neg, 15);
  assert.equal(last.net, Math.round(((last.pos - last.neg) / 21) * 1000) / 1000);

  // Share of voice: brand against competitor; the theme is not a voice.
  assert.deepEqual(d.shareOfVoice, [
    { topicId: topic.brand, mentions: 49, share: 0.7778 },
    { topicId: topic.rival, mentions: 14, share: 0.2222 },
  ]);
  assert.deepEqual(d.channels, [
    { channel: 'facebook', mentions: 28, reach: 280 },
    { channel: 'x', mentions: 29, reach: 1542 },
    { channel: 'tiktok', mentions: 5, reach: 100 },
    { channel: 'line', mentions: 1, reach: 0 },
  ].sort((a, b) => b.mentions - a.mentions));
  assert.deepEqual(
    d.languages.map((l: { language: string }) => l.language),
    ['en', 'th'],
  );
  assert.deepEqual(d.topHashtags[0], { term: '#kafedee', mentions: 43 });
  assert.deepEqual(d.topAuthors.slice(0, 3), [
    { term: 'author0', mentions: 16 },
    { term: 'author1', mentions: 16 },
    { term: 'angry', mentions: 15 },
  ]);
  assert.ok(d.topWords.some((w: { term: string }) => w.term === 'terrible'));
  // The bad day is a spike of the whole stream, the brand and the service theme, each against its
  // own fortnight before (the strongest first).
  assert.deepEqual(
    d.spikes.map((s: { day: string; topicId: string | null; mentions: number; baseline: number }) => [s.day, s.topicId, s.mentions, s.baseline]),
    [
      ['2026-03-15', topic.theme, 20, 0],
      ['2026-03-15', topic.brand, 21, 2],
      ['2026-03-15', null, 21, 3],
    ],
  );
});

test('a topic, channel or language narrows the numbers', async () => {
  const brand = (await dashboard(`from=2026-03-10&to=2026-03-15&topicId=${topic.brand}`)).body;
  assert.equal(brand.totals.mentions, 5 * 2 + 21);
  assert.ok(brand.volume.every((v: { topicId: string }) => v.topicId === topic.brand));
  assert.equal(brand.topAuthors.some((a: { term: string }) => a.term === 'rival_fan'), false);
  const onX = (await dashboard('from=2026-03-15&to=2026-03-15&channel=x')).body;
  assert.deepEqual(onX.totals, { mentions: 15, reach: 1500, pos: onX.totals.pos, neu: onX.totals.neu, neg: 15 });
  const thai = (await dashboard('from=2026-03-15&to=2026-03-15&language=th')).body;
  assert.equal(thai.totals.mentions, 1);
  assert.equal(thai.totals.pos, 1);
  const theme = (await dashboard(`from=2026-03-15&to=2026-03-15&topicId=${topic.theme}`)).body;
  assert.equal(theme.totals.mentions, 20);
});

/** The channel and language totals as the triggers keep them, beside the same sums taken from the rollups. */
async function placeTotals(workspaceId: string) {
  const db = t.database.db;
  const r = mentionDailyRollups;
  const key = (row: { topicId: string; place: string; day: string; sentiment: string; mentions: number; reach: number }) =>
    `${row.topicId} ${row.place} ${row.day} ${row.sentiment} ${row.mentions} ${row.reach}`;
  const kept = async (table: typeof mentionChannelTotals | typeof mentionLanguageTotals, place: PgColumn) =>
    (await db.select({ topicId: table.topicId, place, day: table.day, sentiment: table.sentiment, mentions: table.mentions, reach: table.reach }).from(table).where(eq(table.workspaceId, workspaceId)))
      .filter((row) => row.mentions !== 0)
      .map(key)
      .sort();
  // Without a place (day totals), '-' stands in for it.
  const summed = async (place: PgColumn | null) =>
    (
      await db
        .select({ topicId: r.topicId, place: place ?? sql<string>`'-'`, day: r.day, sentiment: r.sentiment, mentions: sql<number>`sum(${r.mentions})::int`, reach: sql<number>`sum(${r.reach})::int` })
        .from(r)
        .where(eq(r.workspaceId, workspaceId))
        .groupBy(...(place ? [r.topicId, place, r.day, r.sentiment] : [r.topicId, r.day, r.sentiment]))
    )
      .map(key)
      .sort();
  const d = mentionDayTotals;
  const keptDays = (await db.select({ topicId: d.topicId, place: sql<string>`'-'`, day: d.day, sentiment: d.sentiment, mentions: d.mentions, reach: d.reach }).from(d).where(eq(d.workspaceId, workspaceId)))
    .filter((row) => row.mentions !== 0)
    .map(key)
    .sort();
  return {
    kept: { channels: await kept(mentionChannelTotals, mentionChannelTotals.channel), languages: await kept(mentionLanguageTotals, mentionLanguageTotals.language), days: keptDays },
    summed: { channels: await summed(r.channel), languages: await summed(r.language), days: await summed(null) },
  };
}

test('day, channel and language totals follow the rollups through ingest, more of the same days, a correction and a deleted topic', async () => {
  const own = await newWorkspace(owner, orgId, 'Place totals');
  const brand = (await owner.post(api(own, '/topics'), { name: 'Kafe Dee', kind: 'brand', query: '"Kafe Dee"' })).body.id;
  await ingest(t, own, await webhookToken(owner, own), [
    ...mentionsOn('2026-03-14', 3, 'I love Kafe Dee', { channel: 'facebook', reach: 10 }),
    ...mentionsOn('2026-03-15', 2, 'Kafe Dee terrible awful', { channel: 'x', reach: 5 }),
    { text: 'ชอบกาแฟ Kafe Dee มาก อร่อย', publishedAt: '2026-03-15T08:00:00+07:00', channel: 'x', author: 'somchai' },
  ]);
  const agree = async () => {
    const { kept, summed } = await placeTotals(own);
    assert.deepEqual(kept, summed);
    return kept;
  };
  assert.equal((await agree()).channels.length > 0, true);
  const onX = (await owner.get(api(own, `/dashboard?from=2026-03-14&to=2026-03-15&channel=x`))).body;
  assert.deepEqual([onX.totals.mentions, onX.channels, onX.languages.length], [3, [{ channel: 'x', mentions: 3, reach: 10 }], 2]);
  assert.deepEqual(
    onX.volume.filter((v: { topicId: string | null }) => v.topicId === brand).map((v: { mentions: number }) => v.mentions),
    [0, 3],
  );

  // More of days already counted: the rollups' upsert updates rows, and each total gets the net change.
  await ingest(t, own, await webhookToken(owner, own, 'Second tool'), [
    ...mentionsOn('2026-03-15', 4, 'Kafe Dee so slow never again', { channel: 'x', reach: 7 }),
    ...mentionsOn('2026-03-14', 1, 'Kafe Dee nice cup', { channel: 'line', reach: 1 }),
  ]);
  assert.equal((await agree()).days.some((row) => row.includes('2026-03-15')), true);

  const [thai] = (await owner.get(api(own, '/mentions?language=th'))).body.mentions;
  assert.equal((await owner.patch(api(own, `/mentions/${thai.id}/sentiment`), { sentiment: 'neg' })).status, 200);
  await agree();
  const thaiOnX = (await owner.get(api(own, `/dashboard?from=2026-03-15&to=2026-03-15&channel=x&language=th`))).body;
  assert.deepEqual(thaiOnX.totals, { mentions: 1, reach: 0, pos: 0, neu: 0, neg: 1 });

  assert.equal((await owner.delete(api(own, `/topics/${brand}`))).status, 200);
  const kept = await agree();
  assert.equal(kept.channels.some((row) => row.startsWith(brand)), false);
});

test('a wrong range or topic is a 400 that names the parameter', async () => {
  const path = async (query: string) => (await dashboard(query)).body.error.details.map((x: { path: string }) => x.path);
  assert.deepEqual(await path('from=2026-03-15&to=2026-03-01'), ['query.to']);
  assert.deepEqual(await path('from=2025-01-01&to=2026-03-01'), ['query.to']);
  assert.deepEqual(await path('to=2026-03-01'), ['query.from']);
  assert.deepEqual(await path('from=2026-03-01&to=2026-03-02&topicId=7d5d0d8e-2c44-4c1b-9a44-3f0f1c3a2b10'), ['query.topicId']);
  assert.deepEqual(await path('from=2026-03-01&to=2026-03-02&extra=1'), ['query.extra']);
});

test('a chart and a finding are saved into the strategy, with the revision check of any strategy edit', async () => {
  const strategy = (await owner.get(`/api/v1/workspaces/${ws}/strategy`)).body;
  const input = { revision: strategy.revision, text: 'Complaints about service spiked on 15 March.', chart: 'volume', query: { from: '2026-03-10', to: '2026-03-15', topicId: topic.brand } };
  const saved = await owner.post(api(ws, '/evidence'), input);
  assert.equal(saved.status, 201, JSON.stringify(saved.body));
  assert.equal(saved.body.section, 'listening');
  assert.equal(saved.body.revision, strategy.revision + 1);
  const [finding] = saved.body.value.findings;
  assert.equal(finding.text, input.text);
  assert.equal(finding.createdAt, '2026-03-16T03:00:00.000Z');
  assert.deepEqual(finding.evidence, {
    chart: 'volume',
    query: input.query,
    series: [2, 2, 2, 2, 2, 21].map((value, i) => ({ label: `2026-03-${10 + i}`, value })),
  });
  const [audit] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.workspaceId, ws), eq(auditEvents.action, 'strategy.listening_evidence_saved')));
  assert.equal((audit!.changes as Record<string, unknown>).chart, 'volume');

  const stale = await owner.post(api(ws, '/evidence'), input);
  assert.equal(stale.status, 409);
  assert.equal(stale.body.error.code, 'stale_revision');

  const share = await owner.post(api(ws, '/evidence'), { ...input, revision: saved.body.revision, chart: 'share_of_voice', query: { from: '2026-03-01', to: '2026-03-15' } });
  assert.deepEqual(share.body.value.findings[1].evidence.series, [
    { label: 'Kafe Dee', value: 0.7778 },
    { label: 'Bean Bros', value: 0.2222 },
  ]);

  // The strategy with its evidence leaves as a file and comes back unchanged.
  const exported = await owner.get(`/api/v1/workspaces/${ws}/strategy/export.json`);
  const imported = await owner.post(`/api/v1/workspaces/${ws}/strategy/import`, { format: 'json', content: exported.raw.body, revision: share.body.revision });
  assert.equal(imported.status, 200, JSON.stringify(imported.body));
  assert.deepEqual((await owner.get(`/api/v1/workspaces/${ws}/strategy/sections/listening`)).body.value.findings, share.body.value.findings);
});

test('evidence needs an editor and a valid chart and range', async () => {
  const contributor = (await addMember(t, owner, ws, 'evidence-contributor@example.com', 'contributor')).client;
  const revision = (await owner.get(`/api/v1/workspaces/${ws}/strategy`)).body.revision;
  const input = { revision, text: 'Noted', chart: 'volume', query: { from: '2026-03-10', to: '2026-03-15' } };
  assert.equal((await contributor.post(api(ws, '/evidence'), input)).status, 403);
  const bad = await owner.post(api(ws, '/evidence'), { ...input, chart: 'pie', text: '' });
  assert.deepEqual(
    bad.body.error.details.map((x: { path: string }) => x.path).sort(),
    ['body.chart', 'body.text'],
  );
  const range = await owner.post(api(ws, '/evidence'), { ...input, query: { from: '2026-03-15', to: '2026-03-10' } });
  assert.deepEqual(range.body.error.details, [{ path: 'body.query.to', message: 'must not be before from' }]);
  assert.equal((await owner.get(`/api/v1/workspaces/${ws}/strategy`)).body.revision, revision, 'nothing was saved');
});
