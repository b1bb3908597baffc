import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { auditEvents, listeningSources, mentions } from '../../db/schema/index.ts';
import { createSecretBox } from '../../lib/secret-box.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.ts';
import { addMember } from '../../test-support/tenants.ts';
import { api, newWorkspace } from './listening-test.fixtures.ts';
import { ingestMentions } from './mention-ingest.service.ts';

let t: TestApp;
let strict: TestApp;
let owner: TestClient;
let orgId: string;

before(async () => {
  [t, strict] = await Promise.all([createTestApp(), createTestApp({ config: { allowPrivateSourceUrls: false } })]);
  t.clock.now = new Date('2026-03-20T03:00:00Z');
  owner = t.client();
  orgId = (await owner.setup('owner@example.com')).organizations[0]!.id;
});
after(async () => {
  await Promise.all([t.close(), strict.close()]);
});

const box = createSecretBox('test-secret-key-test-secret-key-0123456789');
const TOKEN = 'mastodon-token-never-shown';
const APP_PASSWORD = 'abcd-efgh-ijkl-mnop';
const rss = { name: 'Techwire', config: { kind: 'rss', url: 'https://techwire.example/feed/' } };
const mastodonSearch = { name: 'Kafe on Mastodon', config: { kind: 'mastodon', instanceUrl: 'https://mastodon.example', mode: 'search', query: 'kafe dee' }, secret: TOKEN };
const bluesky = { name: 'Kafe on Bluesky', config: { kind: 'bluesky', serviceUrl: 'https://bsky.example', query: 'kafe dee', identifier: 'kafe.bsky.social' }, secret: APP_PASSWORD, pollMinutes: 15 };
const rowOf = async (id: string) => (await t.database.db.select().from(listeningSources).where(eq(listeningSources.id, id)))[0]!;
const auditOf = (ws: string, action: string) => t.database.db.select().from(auditEvents).where(and(eq(auditEvents.workspaceId, ws), eq(auditEvents.action, action)));

test('each kind of source is created and listed; secrets are sealed and never come back', async () => {
  const ws = await newWorkspace(owner, orgId, 'Sources CRUD');
  const created = [];
  for (const body of [rss, { name: 'Coffee tag', config: { kind: 'mastodon', instanceUrl: 'https://mastodon.example', mode: 'hashtag', query: '#กาแฟดริป' } }, mastodonSearch, bluesky]) {
    const res = await owner.post(api(ws, '/sources'), body);
    assert.equal(res.status, 201, JSON.stringify(res.body));
    created.push(res.body);
  }
  assert.deepEqual(
    created.map((s) => [s.kind, s.hasSecret, s.status, s.mentions, s.nextPollAt]),
    [
      ['rss', false, 'idle', 0, '2026-03-20T03:00:00.000Z'],
      ['mastodon', false, 'idle', 0, '2026-03-20T03:00:00.000Z'],
      ['mastodon', true, 'idle', 0, '2026-03-20T03:00:00.000Z'],
      ['bluesky', true, 'idle', 0, '2026-03-20T03:00:00.000Z'],
    ],
  );
  // Stored as the connector follows it: without the #.
  assert.equal(created[1].config.query, 'กาแฟดริป');
  assert.equal(created[3].pollMinutes, 15);
  const list = await owner.get(api(ws, '/sources'));
  assert.equal(list.status, 200);
  assert.deepEqual(list.body.sources.map((s: { name: string }) => s.name), ['Coffee tag', 'Kafe on Bluesky', 'Kafe on Mastodon', 'Techwire']);
  const everything = JSON.stringify([created, list.body, await t.database.db.select().from(auditEvents).where(eq(auditEvents.workspaceId, ws))]);
  assert.doesNotMatch(everything, new RegExp(`${TOKEN}|${APP_PASSWORD}`));
  const stored = await rowOf(created[2].id);
  assert.notEqual(stored.sealedSecret, TOKEN);
  assert.equal(box.open(stored.sealedSecret!), TOKEN);
  assert.equal((await auditOf(ws, 'listening.source_created')).length, 4);
});

test('bad input is refused with the path of every problem', async () => {
  const ws = await newWorkspace(owner, orgId, 'Sources validation');
  const paths = async (body: unknown) => {
    const res = await owner.post(api(ws, '/sources'), body);
    assert.equal(res.status, 400, JSON.stringify(res.body));
    assert.equal(res.body.error.code, 'validation_failed');
    return res.body.error.details.map((d: { path: string }) => d.path).sort();
  };
  assert.deepEqual(await paths({ name: '', config: { kind: 'rss', url: 'ftp://x.example/feed' }, pollMinutes: 2 }), ['body.config.url', 'body.name', 'body.pollMinutes']);
  assert.deepEqual(await paths({ name: 'X', config: { kind: 'twitter', url: 'https://x.com' } }), ['body.config.kind']);
  assert.deepEqual(await paths({ name: 'X', config: { kind: 'mastodon', instanceUrl: 'https://m.example', mode: 'hashtag', query: 'two words' } }), ['body.config.query']);
  assert.deepEqual(await paths({ ...mastodonSearch, secret: null }), ['body.secret']);
  const anonymous = await owner.post(api(ws, '/sources'), { ...bluesky, config: { ...bluesky.config, identifier: null }, secret: null });
  assert.deepEqual(anonymous.body.error.details, [
    { path: 'body.config.identifier', message: 'Bluesky answers searches only when signed in: give the handle of an account' },
    { path: 'body.secret', message: 'Bluesky answers searches only when signed in: give an app password for the account' },
  ]);
  assert.deepEqual(await paths({ ...rss, extra: true }), ['body.extra']);
  assert.equal((await owner.get(api(ws, '/sources'))).body.sources.length, 0);
});

test('a change keeps the secret unless the source moves to another host; the kind cannot change', async () => {
  const ws = await newWorkspace(owner, orgId, 'Sources update');
  const source = (await owner.post(api(ws, '/sources'), mastodonSearch)).body;
  const url = api(ws, `/sources/${source.id}`);
  const renamed = await owner.request('PUT', url, { ...mastodonSearch, name: 'Renamed', secret: null, pollMinutes: 60 });
  assert.equal(renamed.status, 200, JSON.stringify(renamed.body));
  assert.deepEqual([renamed.body.name, renamed.body.hasSecret, renamed.body.pollMinutes], ['Renamed', true, 60]);
  const [audit] = await auditOf(ws, 'listening.source_updated');
  assert.deepEqual(audit!.changes, { name: { from: 'Kafe on Mastodon', to: 'Renamed' }, pollMinutes: { from: 30, to: 60 } });

  // Search needs the token: moving to another instance drops it, so the search is refused there.
  const moved = await owner.request('PUT', url, { ...mastodonSearch, config: { ...mastodonSearch.config, instanceUrl: 'https://other.example' }, secret: null });
  assert.deepEqual(moved.body.error.details, [{ path: 'body.secret', message: 'a Mastodon search needs an access token: Mastodon answers anonymous searches without any posts' }]);
  const hashtag = await owner.request('PUT', url, { name: 'Tag', config: { kind: 'mastodon', instanceUrl: 'https://other.example', mode: 'hashtag', query: 'kafe' }, secret: null });
  assert.equal(hashtag.status, 200);
  assert.equal(hashtag.body.hasSecret, false);
  assert.equal((await rowOf(source.id)).sealedSecret, null);

  const kind = await owner.request('PUT', url, rss);
  assert.deepEqual(kind.body.error.details, [{ path: 'body.config.kind', message: 'a mastodon source cannot become a rss source; add a new source instead' }]);
  assert.equal((await owner.request('PUT', api(ws, '/sources/00000000-0000-4000-8000-000000000001'), rss)).status, 404);
});

test('a restarted source forgets its cursor and failure, and is due at once', async () => {
  const ws = await newWorkspace(owner, orgId, 'Sources restart');
  const source = (await owner.post(api(ws, '/sources'), rss)).body;
  await t.database.db
    .update(listeningSources)
    .set({ status: 'failing', lastError: 'down', lastErrorCode: 'unavailable', consecutiveFailures: 3, cursor: { cursor: '{"etag":"x"}', sealedSession: null }, nextPollAt: new Date('2026-03-20T05:00:00Z') })
    .where(eq(listeningSources.id, source.id));
  const res = await owner.request('PUT', api(ws, `/sources/${source.id}`), { ...rss, config: { kind: 'rss', url: 'https://techwire.example/atom.xml' } });
  assert.deepEqual([res.body.status, res.body.lastError, res.body.lastErrorCode, res.body.consecutiveFailures, res.body.nextPollAt], ['idle', null, null, 0, '2026-03-20T03:00:00.000Z']);
  assert.equal((await rowOf(source.id)).cursor, null);
});

test('poll now makes the source due and wakes the poller; a paused source is refused', async () => {
  const ws = await newWorkspace(owner, orgId, 'Sources poll now');
  const source = (await owner.post(api(ws, '/sources'), { ...rss, pollMinutes: 60 })).body;
  await t.database.db.update(listeningSources).set({ nextPollAt: new Date('2026-03-20T04:00:00Z') }).where(eq(listeningSources.id, source.id));
  await t.jobs.boss.deleteAllJobs('listening.poll-due');
  const res = await owner.post(api(ws, `/sources/${source.id}/poll`));
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assert.equal(res.body.nextPollAt, '2026-03-20T03:00:00.000Z');
  assert.equal((await t.jobs.boss.fetch('listening.poll-due')).length, 1);
  assert.equal((await auditOf(ws, 'listening.source_poll_requested')).length, 1);

  await owner.request('PUT', api(ws, `/sources/${source.id}`), { ...rss, enabled: false });
  const paused = await owner.post(api(ws, `/sources/${source.id}/poll`));
  assert.deepEqual([paused.status, paused.body.error.code], [409, 'source_disabled']);
});

test('viewers read sources but cannot change them', async () => {
  const ws = await newWorkspace(owner, orgId, 'Sources roles');
  const source = (await owner.post(api(ws, '/sources'), rss)).body;
  const viewer = (await addMember(t, owner, ws, 'viewer@sources.example', 'viewer')).client;
  assert.equal((await viewer.get(api(ws, '/sources'))).body.sources.length, 1);
  assert.equal((await viewer.post(api(ws, '/sources'), rss)).status, 403);
  assert.equal((await viewer.request('PUT', api(ws, `/sources/${source.id}`), rss)).status, 403);
  assert.equal((await viewer.delete(api(ws, `/sources/${source.id}`))).status, 403);
  assert.equal((await viewer.post(api(ws, `/sources/${source.id}/poll`))).status, 403);
});

test('the list counts mentions per source; deleting a source keeps its mentions', async () => {
  const ws = await newWorkspace(owner, orgId, 'Sources delete');
  const feed = (await owner.post(api(ws, '/sources'), rss)).body;
  const other = (await owner.post(api(ws, '/sources'), { ...rss, name: 'Weekly digest' })).body;
  const candidates = [1, 2, 3].map((i) => ({ externalId: `item-${i}`, text: `Kafe Dee review number ${i}`, publishedAt: '2026-03-19T10:00:00Z', author: 'writer', channel: 'blog', url: null, reach: null, likes: null, shares: null, comments: null }));
  await ingestMentions(t.database.db, { workspaceId: ws, sourceId: feed.id, sourceKind: 'rss', candidates });
  const counts = (await owner.get(api(ws, '/sources'))).body.sources.map((s: { id: string; mentions: number }) => [s.id, s.mentions]);
  assert.deepEqual(counts, [[feed.id, 3], [other.id, 0]]);

  assert.equal((await owner.delete(api(ws, `/sources/${feed.id}`))).status, 200);
  const kept = await t.database.db.select({ sourceId: mentions.sourceId, sourceKind: mentions.sourceKind }).from(mentions).where(eq(mentions.workspaceId, ws));
  assert.deepEqual(kept, [1, 2, 3].map(() => ({ sourceId: null, sourceKind: 'rss' })));
  assert.equal((await owner.delete(api(ws, `/sources/${feed.id}`))).status, 404);
  assert.deepEqual((await auditOf(ws, 'listening.source_deleted')).map((a) => a.targetId), [feed.id]);
});

test('without ALLOW_PRIVATE_SOURCE_URLS, addresses in the server’s own network are refused', async () => {
  const client = strict.client();
  const org = (await client.setup('owner@strict.example')).organizations[0]!.id;
  const ws = await newWorkspace(client, org, 'Strict');
  for (const url of ['http://127.0.0.1:8080/feed', 'http://localhost/feed', 'http://169.254.169.254/latest/meta-data/', 'http://[::1]/feed', 'http://0x7f.1/feed']) {
    const res = await client.post(api(ws, '/sources'), { name: 'Inside', config: { kind: 'rss', url } });
    assert.equal(res.status, 422, `${url}: ${JSON.stringify(res.body)}`);
    assert.equal(res.body.error.code, 'source_address_blocked');
    assert.equal(res.body.error.details[0].path, 'body.config.url');
  }
  const mastodon = await client.post(api(ws, '/sources'), { name: 'M', config: { kind: 'mastodon', instanceUrl: 'http://10.0.0.5', mode: 'hashtag', query: 'x' } });
  assert.equal(mastodon.body.error.details[0].path, 'body.config.instanceUrl');
  const outside = await client.post(api(ws, '/sources'), { name: 'Outside', config: { kind: 'rss', url: 'http://93.184.215.14/feed' } });
  assert.equal(outside.status, 201, JSON.stringify(outside.body));
  const moved = await client.request('PUT', api(ws, `/sources/${outside.body.id}`), { name: 'Outside', config: { kind: 'rss', url: 'http://192.168.1.10/feed' } });
  assert.equal(moved.body.error.code, 'source_address_blocked');
});
