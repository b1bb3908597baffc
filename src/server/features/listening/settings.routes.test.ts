import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { auditEvents, mentionChannelTotals, mentionDailyRollups, mentionDayTotals, mentionLanguageTotals, mentionTermMonthChanges, mentionTermMonths, mentionTermRollups, workspaceTokens } from '../../db/schema/index.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.ts';
import { addMember } from '../../test-support/tenants.ts';
import { api, ingest, mentionsOn, newWorkspace, postMentions, webhookToken } from './listening-test.fixtures.ts';
import { applyRetention } from './settings.service.ts';

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

test('settings start empty, are changed by admins only, and repeated words are kept once', async () => {
  const ws = await newWorkspace(owner, orgId, 'Settings');
  assert.deepEqual((await owner.get(api(ws, '/settings'))).body, { retentionDays: null, userWords: [] });
  const editor = (await addMember(t, owner, ws, 'settings-editor@example.com', 'editor')).client;
  assert.equal((await editor.request('PUT', api(ws, '/settings'), { retentionDays: 30, userWords: [] })).status, 403);
  const saved = await owner.request('PUT', api(ws, '/settings'), { retentionDays: 90, userWords: ['กาแฟดี', 'Kafe Dee', 'kafe dee', ' ฟิน '] });
  assert.equal(saved.status, 200, JSON.stringify(saved.body));
  assert.deepEqual(saved.body, { retentionDays: 90, userWords: ['กาแฟดี', 'Kafe Dee', 'ฟิน'] });
  assert.deepEqual((await editor.get(api(ws, '/settings'))).body, saved.body);
  const bad = await owner.request('PUT', api(ws, '/settings'), { retentionDays: 3, userWords: ['ok', ''] });
  assert.deepEqual(
    bad.body.error.details.map((d: { path: string }) => d.path),
    ['body.retentionDays', 'body.userWords[1]'],
  );
  const [audit] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.workspaceId, ws), eq(auditEvents.action, 'listening.settings_updated')));
  assert.deepEqual(audit!.changes, { retentionDays: { from: null, to: 90 }, userWords: { added: ['กาแฟดี', 'Kafe Dee', 'ฟิน'], removed: [] } });
});

test('the team’s own words are counted whole in the word statistics of new mentions', async () => {
  const ws = await newWorkspace(owner, orgId, 'Own words');
  await owner.request('PUT', api(ws, '/settings'), { retentionDays: null, userWords: ['ชาไข่มุกหวานน้อย'] });
  await ingest(t, ws, await webhookToken(owner, ws), mentionsOn('2026-03-19', 3, 'วันนี้สั่งชาไข่มุกหวานน้อยมาลอง'));
  const words = (await owner.get(api(ws, '/dashboard?from=2026-03-19&to=2026-03-19'))).body.topWords;
  assert.ok(words.some((w: { term: string; mentions: number }) => w.term === 'ชาไข่มุกหวานน้อย' && w.mentions === 3), JSON.stringify(words));
});

test('a webhook token is shown once, stored as a hash, and stops working when revoked', async () => {
  const ws = await newWorkspace(owner, orgId, 'Tokens');
  const editor = (await addMember(t, owner, ws, 'token-editor@example.com', 'editor')).client;
  assert.equal((await editor.post(api(ws, '/tokens'), { name: 'Zapier' })).status, 403);
  assert.equal((await editor.get(api(ws, '/tokens'))).status, 403);
  const created = await owner.post(api(ws, '/tokens'), { name: 'Zapier' });
  assert.equal(created.status, 201);
  const token = created.body.token as string;
  assert.match(token, /^spw_[\w-]{43}$/);
  const [row] = await t.database.db.select().from(workspaceTokens).where(eq(workspaceTokens.id, created.body.id));
  assert.equal(row!.tokenHash, createHash('sha256').update(token).digest('hex'));
  const listed = (await owner.get(api(ws, '/tokens'))).body.tokens;
  assert.deepEqual(listed, [{ id: created.body.id, name: 'Zapier', createdAt: '2026-03-20T03:00:00.000Z', lastUsedAt: null }]);

  t.clock.now = new Date('2026-03-20T04:00:00Z');
  assert.equal((await postMentions(t, ws, token, { mentions: mentionsOn('2026-03-19', 1, 'via zapier') })).status, 200);
  assert.equal((await owner.get(api(ws, '/tokens'))).body.tokens[0].lastUsedAt, '2026-03-20T04:00:00.000Z');

  assert.equal((await owner.delete(api(ws, `/tokens/${created.body.id}`))).status, 200);
  assert.equal((await owner.delete(api(ws, `/tokens/${created.body.id}`))).status, 404);
  assert.deepEqual((await owner.get(api(ws, '/tokens'))).body.tokens, []);
  const refused = await postMentions(t, ws, token, { mentions: mentionsOn('2026-03-19', 1, 'after revoke') });
  assert.equal(refused.status, 401);
  assert.equal(refused.body.error.code, 'unauthenticated');
  const actions = (await t.database.db.select().from(auditEvents).where(eq(auditEvents.workspaceId, ws))).map((a) => a.action);
  assert.ok(actions.includes('listening.token_created') && actions.includes('listening.token_revoked'));
});

test('the webhook names the path of every wrong mention and skips duplicates', async () => {
  const ws = await newWorkspace(owner, orgId, 'Webhook');
  const token = await webhookToken(owner, ws);
  const good = { id: 'post-1', text: 'Kafe Dee opened in Chiang Mai', publishedAt: '2026-03-19T09:00:00+07:00', channel: 'facebook', url: 'https://facebook.com/p/1', reach: 120 };
  const res = await postMentions(t, ws, token, {
    mentions: [good, good, { ...good, id: 'post-3', reach: -1 }, { text: 'no date' }, { ...good, id: 'x', publishedAt: '19/03/2026' }, { ...good, id: 'y', surprise: true }],
  });
  assert.equal(res.status, 400);
  assert.deepEqual(
    res.body.error.details.map((d: { path: string }) => d.path),
    ['body.mentions[2].reach', 'body.mentions[3].publishedAt', 'body.mentions[4].publishedAt', 'body.mentions[5].surprise'],
  );
  assert.equal((await postMentions(t, ws, token, { mentions: [] })).body.error.details[0].path, 'body.mentions');
  assert.deepEqual((await owner.get(api(ws, '/mentions'))).body.mentions, [], 'nothing was stored');

  assert.deepEqual((await postMentions(t, ws, token, { mentions: [good, { ...good, id: 'post-2', text: 'Another post' }] })).body, { accepted: 2, duplicates: 0 });
  assert.deepEqual((await postMentions(t, ws, token, { mentions: [good] })).body, { accepted: 0, duplicates: 1 });
  const [stored] = (await owner.get(api(ws, '/mentions?q=Chiang'))).body.mentions;
  assert.deepEqual([stored.externalId, stored.channel, stored.url, stored.reach, stored.sourceKind], ['post-1', 'facebook', 'https://facebook.com/p/1', 120, 'webhook']);
});

test('retention deletes mentions older than the workspace keeps them and leaves the dashboard counts', async () => {
  const ws = await newWorkspace(owner, orgId, 'Retention');
  const keepAll = await newWorkspace(owner, orgId, 'Retention none');
  await ingest(t, ws, await webhookToken(owner, ws), [...mentionsOn('2025-12-01', 4, 'old'), ...mentionsOn('2026-03-10', 2, 'recent')]);
  await ingest(t, keepAll, await webhookToken(owner, keepAll), mentionsOn('2025-12-01', 3, 'old but kept'));
  await owner.request('PUT', api(ws, '/settings'), { retentionDays: 30, userWords: [] });

  const result = await applyRetention({ db: t.database.db, now: () => t.clock.now } as never);
  assert.deepEqual(result, { deleted: 4 });
  assert.deepEqual(
    (await owner.get(api(ws, '/mentions'))).body.mentions.map((m: { text: string }) => m.text.split(' ')[0]),
    ['recent', 'recent'],
  );
  assert.equal((await owner.get(api(keepAll, '/mentions'))).body.mentions.length, 3);
  const rollups = await t.database.db.select().from(mentionDailyRollups).where(and(eq(mentionDailyRollups.workspaceId, ws), eq(mentionDailyRollups.day, '2025-12-01')));
  assert.equal(rollups.filter((r) => r.topicId === '00000000-0000-0000-0000-000000000000').reduce((s, r) => s + r.mentions, 0), 4);
  assert.equal((await owner.get(api(ws, '/dashboard?from=2025-12-01&to=2025-12-01'))).body.totals.mentions, 4);
});

test('deleting a workspace takes its mentions and all their counts with it', async () => {
  const ws = await newWorkspace(owner, orgId, 'Short lived');
  await owner.post(api(ws, '/topics'), { name: 'Brand', kind: 'brand', query: 'brand' });
  await ingest(t, ws, await webhookToken(owner, ws), mentionsOn('2026-03-19', 3, 'brand news'));
  const res = await owner.request('DELETE', `/api/v1/workspaces/${ws}`, { confirmName: 'Short lived' });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  for (const table of [mentionDailyRollups, mentionDayTotals, mentionChannelTotals, mentionLanguageTotals, mentionTermRollups, mentionTermMonths, mentionTermMonthChanges]) {
    assert.equal((await t.database.db.select().from(table).where(eq(table.workspaceId, ws))).length, 0);
  }
});
