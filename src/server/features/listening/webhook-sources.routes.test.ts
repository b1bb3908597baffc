import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { auditEvents, mentions } from '../../db/schema/index.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.ts';
import { api, ingest, newWorkspace, postMentions } from './listening-test.fixtures.ts';

let t: TestApp;
let owner: TestClient;
let orgId: string;
const NOW = new Date('2026-03-20T03:00:00Z');

before(async () => {
  t = await createTestApp();
  t.clock.now = NOW;
  owner = t.client();
  orgId = (await owner.setup('owner@example.com')).organizations[0]!.id;
});
after(() => t.close());

type Listed = { id: string; kind: string; name: string; enabled: boolean; mentions: number; lastReceivedAt: string | null; nextPollAt: string | null; config: Record<string, unknown> };
const sources = async (ws: string) => (await owner.get(api(ws, '/sources'))).body.sources as Listed[];
const newToken = async (ws: string, name: string) => {
  const res = await owner.post(api(ws, '/tokens'), { name });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body as { id: string; token: string };
};
const sourceIdsOf = async (ws: string) =>
  (await t.database.db.select({ sourceId: mentions.sourceId, kind: mentions.sourceKind }).from(mentions).where(eq(mentions.workspaceId, ws))).map((m) => `${m.kind}:${m.sourceId}`).sort();

test('each token has its own source: its mentions carry it, and the sources list counts them with when they last came', async () => {
  const ws = await newWorkspace(owner, orgId, 'Webhook sources');
  const line = await newToken(ws, 'LINE OA');
  const [created] = await sources(ws);
  assert.deepEqual(
    { ...created, id: undefined },
    { ...created, id: undefined, kind: 'webhook', name: 'LINE OA', enabled: true, mentions: 0, lastReceivedAt: null, nextPollAt: null, config: { kind: 'webhook', tokenId: line.id } },
  );
  const zalo = await newToken(ws, 'Zalo');

  t.clock.now = new Date(NOW.getTime() + 60_000);
  assert.deepEqual(await ingest(t, ws, line.token, [
    { id: 'line-1', text: 'กาแฟบ้านดอยอร่อย', publishedAt: '2026-03-19T10:00:00+07:00', channel: 'line' },
    { id: 'line-2', text: 'ส่งช้าไปหน่อย', publishedAt: '2026-03-19T11:00:00+07:00', channel: 'line' },
  ]), { accepted: 2, duplicates: 0 });
  assert.deepEqual(await ingest(t, ws, zalo.token, [{ id: 'z-1', text: 'Cà phê ngon', publishedAt: '2026-03-19T12:00:00+07:00' }]), { accepted: 1, duplicates: 0 });
  // Only duplicates: nothing new arrived, so the time stays.
  t.clock.now = new Date(NOW.getTime() + 120_000);
  assert.deepEqual(await ingest(t, ws, zalo.token, [{ id: 'z-1', text: 'Cà phê ngon', publishedAt: '2026-03-19T12:00:00+07:00' }]), { accepted: 0, duplicates: 1 });

  const listed = await sources(ws);
  const byName = new Map(listed.map((s) => [s.name, s]));
  assert.deepEqual(listed.map((s) => [s.name, s.kind, s.mentions, s.lastReceivedAt]), [
    ['LINE OA', 'webhook', 2, '2026-03-20T03:01:00.000Z'],
    ['Zalo', 'webhook', 1, '2026-03-20T03:01:00.000Z'],
  ]);
  assert.deepEqual(await sourceIdsOf(ws), [`webhook:${byName.get('LINE OA')!.id}`, `webhook:${byName.get('LINE OA')!.id}`, `webhook:${byName.get('Zalo')!.id}`].sort());
  const audit = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.workspaceId, ws), eq(auditEvents.action, 'listening.source_created')));
  assert.deepEqual(audit.map((a) => a.targetId).sort(), listed.map((s) => s.id).sort());
  t.clock.now = NOW;
});

test('a token’s source is not edited or polled; revoking the token keeps it and its count, and only then may it be deleted', async () => {
  const ws = await newWorkspace(owner, orgId, 'Revoked webhook');
  const token = await newToken(ws, 'Old CRM');
  await ingest(t, ws, token.token, [{ id: 'crm-1', text: 'Slow delivery again', publishedAt: '2026-03-19T10:00:00+07:00' }]);
  const [source] = await sources(ws);
  const path = api(ws, `/sources/${source!.id}`);

  const edit = await owner.request('PUT', path, { name: 'Renamed', config: { kind: 'rss', url: 'https://news.example/feed' } });
  const poll = await owner.post(`${path}/poll`, {});
  const early = await owner.request('DELETE', path);
  for (const res of [edit, poll, early]) {
    assert.equal(res.status, 409, JSON.stringify(res.body));
    assert.equal(res.body.error.code, 'source_managed_by_token');
  }
  assert.match(early.body.error.message, /"Old CRM" is the source of a workspace token; revoke the token first to delete it\./);

  assert.equal((await owner.request('DELETE', api(ws, `/tokens/${token.id}`))).status, 200);
  assert.equal((await postMentions(t, ws, token.token, { mentions: [{ text: 'after revoking', publishedAt: '2026-03-19T10:00:00+07:00' }] })).status, 401);
  const [kept] = await sources(ws);
  assert.deepEqual([kept!.id, kept!.name, kept!.enabled, kept!.mentions], [source!.id, 'Old CRM', false, 1]);

  assert.equal((await owner.request('DELETE', path)).status, 200);
  assert.deepEqual(await sources(ws), []);
  assert.deepEqual(await sourceIdsOf(ws), ['webhook:null']);
});
