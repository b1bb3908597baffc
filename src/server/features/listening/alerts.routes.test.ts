import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { listeningAlertRules, listeningAlerts } from '../../db/schema/index.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.ts';
import { addMember } from '../../test-support/tenants.ts';
import { deliverAlert, retryAlertWebhook } from './alert-delivery.service.ts';
import { eachDay } from './listening-days.domain.ts';
import { api, ingest, mentionsOn, newWorkspace, webhookToken } from './listening-test.fixtures.ts';

type Received = { path: string; body: any };

let t: TestApp;
let owner: TestClient;
let orgId: string;
let server: Server;
let base: string;
const received: Received[] = [];
const answers: Record<string, number | 'hang'> = { '/ok': 200, '/broken': 500, '/slow': 'hang' };

before(async () => {
  // The receiving end of alert webhooks, on this machine only.
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push({ path: req.url ?? '', body: JSON.parse(body) });
      if (req.url === '/moved') return res.writeHead(307, { location: '/ok' }).end();
      const answer = answers[req.url ?? ''] ?? 404;
      if (answer === 'hang') return;
      res.writeHead(answer).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  t = await createTestApp();
  t.clock.now = new Date('2026-03-15T10:00:00Z');
  owner = t.client();
  orgId = (await owner.setup('owner@example.com')).organizations[0]!.id;
});
after(async () => {
  server.closeAllConnections();
  server.close();
  await t.close();
});

const alerts = (ws: string) => owner.get(api(ws, '/alerts'));

/** Fourteen quiet days of `perDay` mentions before the 15th of March. */
async function quietFortnight(ws: string, token: string, perDay: number) {
  await ingest(t, ws, token, eachDay('2026-03-01', '2026-03-14').flatMap((day) => mentionsOn(day, perDay, 'Kafe Dee is nice')));
}

test('a spike alerts once per rule and day, in the app and to the rule’s webhook', async () => {
  const ws = await newWorkspace(owner, orgId, 'Alerting');
  const brand = (await owner.post(api(ws, '/topics'), { name: 'Kafe Dee', kind: 'brand', query: '"Kafe Dee"' })).body.id;
  const volume = await owner.post(api(ws, '/alerts/rules'), { kind: 'volume_spike', webhookUrl: `${base}/ok` });
  assert.equal(volume.status, 201, JSON.stringify(volume.body));
  assert.deepEqual({ ...volume.body, id: undefined, createdAt: undefined }, { id: undefined, createdAt: undefined, topicId: null, kind: 'volume_spike', factor: 3, minMentions: 10, webhookUrl: `${base}/ok`, enabled: true });
  const negative = await owner.post(api(ws, '/alerts/rules'), { kind: 'negative_spike', topicId: brand, factor: 2, minMentions: 5, webhookUrl: `${base}/broken` });
  await owner.post(api(ws, '/alerts/rules'), { kind: 'volume_spike', topicId: brand, factor: 50, enabled: false });

  const token = await webhookToken(owner, ws);
  await quietFortnight(ws, token, 3);
  assert.equal((await alerts(ws)).body.alerts.length, 0);
  await ingest(t, ws, token, mentionsOn('2026-03-15', 12, 'Kafe Dee terrible awful'));

  const list = (await alerts(ws)).body;
  assert.equal(list.rules.length, 3);
  assert.equal(list.unread, 2);
  const byRule = new Map(list.alerts.map((a: { ruleId: string }) => [a.ruleId, a]));
  assert.deepEqual(byRule.get(volume.body.id), { ...(byRule.get(volume.body.id) as object), kind: 'volume_spike', topicId: null, day: '2026-03-15', observed: 12, baseline: 3, webhookStatus: 'sent 200', read: false });
  assert.deepEqual(byRule.get(negative.body.id), { ...(byRule.get(negative.body.id) as object), kind: 'negative_spike', topicId: brand, observed: 12, baseline: 0, webhookStatus: 'failed: HTTP 500' });
  const sent = received.find((r) => r.path === '/ok')!;
  assert.equal(sent.body.type, 'listening.alert');
  assert.deepEqual({ kind: sent.body.alert.kind, day: sent.body.alert.day, observed: sent.body.alert.observed, topic: sent.body.alert.topic }, { kind: 'volume_spike', day: '2026-03-15', observed: 12, topic: null });
  assert.deepEqual(sent.body.workspace, { id: ws, name: 'Alerting' });
  // The failed delivery is tried again by a job with backoff.
  const negativeAlert = byRule.get(negative.body.id) as { id: string };
  assert.equal((await t.jobs.boss.findJobs('listening.alert-webhook', { data: { alertId: negativeAlert.id } })).length, 1);

  // More mentions on the same day make no second alert and no second call.
  const calls = received.length;
  await ingest(t, ws, token, mentionsOn('2026-03-15', 5, 'Kafe Dee still terrible'));
  assert.equal((await alerts(ws)).body.alerts.length, 2);
  assert.equal(received.length, calls);

  // The job's retry succeeds once the receiver is fixed.
  answers['/broken'] = 200;
  assert.equal(await retryAlertWebhook({ db: t.database.db, config: { allowPrivateSourceUrls: true } } as never, { alertId: negativeAlert.id }), 'sent 200');
  const [row] = await t.database.db.select().from(listeningAlerts).where(eq(listeningAlerts.id, negativeAlert.id));
  assert.equal(row!.webhookStatus, 'sent 200');
});

test('a receiver that does not answer is given up after five seconds', async () => {
  const ws = await newWorkspace(owner, orgId, 'Slow receiver');
  const rule = (await owner.post(api(ws, '/alerts/rules'), { kind: 'volume_spike', webhookUrl: `${base}/slow` })).body;
  const [alert] = await t.database.db.insert(listeningAlerts).values({ workspaceId: ws, ruleId: rule.id, day: '2026-03-15', observed: 40, baseline: 2 }).returning();
  const started = Date.now();
  assert.equal(await deliverAlert(t.database.db, alert!.id, { allowPrivate: true }), 'failed: no answer within 5 s');
  assert.ok(Date.now() - started < 7_000);
  // The retry job throws on a failed delivery, so the queue tries again later.
  await owner.request('PUT', api(ws, `/alerts/rules/${rule.id}`), { kind: 'volume_spike', webhookUrl: `${base}/missing` });
  await assert.rejects(retryAlertWebhook({ db: t.database.db, config: { allowPrivateSourceUrls: true } } as never, { alertId: alert!.id }), /failed: HTTP 404/);
});

test('a webhook that redirects is not followed: the alert goes only where the rule says', async () => {
  const ws = await newWorkspace(owner, orgId, 'Moved receiver');
  const rule = (await owner.post(api(ws, '/alerts/rules'), { kind: 'volume_spike', webhookUrl: `${base}/moved` })).body;
  const [alert] = await t.database.db.insert(listeningAlerts).values({ workspaceId: ws, ruleId: rule.id, day: '2026-03-15', observed: 40, baseline: 2 }).returning();
  const calls = received.length;
  assert.equal(await deliverAlert(t.database.db, alert!.id, { allowPrivate: true }), 'failed: HTTP 307');
  assert.deepEqual(received.slice(calls).map((r) => r.path), ['/moved']);
});

test('old days are shown as spikes on the dashboard but do not alert', async () => {
  const ws = await newWorkspace(owner, orgId, 'History');
  await owner.post(api(ws, '/alerts/rules'), { kind: 'volume_spike' });
  const token = await webhookToken(owner, ws);
  await ingest(t, ws, token, [...eachDay('2026-01-01', '2026-01-14').flatMap((day) => mentionsOn(day, 2, 'old news')), ...mentionsOn('2026-01-15', 30, 'old spike')]);
  assert.equal((await alerts(ws)).body.alerts.length, 0);
  const spikes = (await owner.get(api(ws, '/dashboard?from=2026-01-01&to=2026-01-31'))).body.spikes;
  assert.deepEqual(
    spikes.map((s: { day: string }) => s.day),
    ['2026-01-15'],
  );
});

test('alerts are read by contributors, rules changed by editors', async () => {
  const ws = await newWorkspace(owner, orgId, 'Alert roles');
  const viewer = (await addMember(t, owner, ws, 'alert-viewer@example.com', 'viewer')).client;
  const contributor = (await addMember(t, owner, ws, 'alert-contributor@example.com', 'contributor')).client;
  assert.equal((await contributor.post(api(ws, '/alerts/rules'), { kind: 'volume_spike' })).status, 403);
  const rule = (await owner.post(api(ws, '/alerts/rules'), { kind: 'volume_spike', minMentions: 1 })).body;
  const token = await webhookToken(owner, ws);
  await quietFortnight(ws, token, 1);
  await ingest(t, ws, token, mentionsOn('2026-03-15', 9, 'busy'));
  const [alert] = (await viewer.get(api(ws, '/alerts'))).body.alerts;
  assert.equal(alert.webhookStatus, null, 'no webhook, in the app only');
  assert.equal((await viewer.post(api(ws, `/alerts/${alert.id}/read`))).status, 403);
  assert.equal((await contributor.post(api(ws, `/alerts/${alert.id}/read`))).status, 200);
  assert.equal((await contributor.post(api(ws, `/alerts/${alert.id}/read`))).status, 200, 'reading twice is fine');
  const after = (await viewer.get(api(ws, '/alerts'))).body;
  assert.equal(after.unread, 0);
  assert.equal(after.alerts[0].read, true);
  const other = await newWorkspace(owner, orgId, 'Other alerts');
  assert.equal((await owner.post(api(other, `/alerts/${alert.id}/read`))).status, 404);

  const changed = await owner.request('PUT', api(ws, `/alerts/rules/${rule.id}`), { kind: 'negative_spike', factor: 4, minMentions: 20, enabled: false });
  assert.equal(changed.status, 200);
  assert.deepEqual([changed.body.kind, changed.body.factor, changed.body.enabled], ['negative_spike', 4, false]);
  assert.equal((await owner.request('PUT', api(other, `/alerts/rules/${rule.id}`), { kind: 'volume_spike' })).status, 404);
  assert.equal((await owner.delete(api(ws, `/alerts/rules/${rule.id}`))).status, 200);
  const empty = (await owner.get(api(ws, '/alerts'))).body;
  assert.deepEqual([empty.rules.length, empty.alerts.length], [0, 0]);
});

test('a rule is refused with the path of each wrong field', async () => {
  const ws = await newWorkspace(owner, orgId, 'Rule validation');
  const other = await newWorkspace(owner, orgId, 'Rule validation other');
  const foreign = (await owner.post(api(other, '/topics'), { name: 'Theirs', kind: 'theme', query: 'theirs' })).body.id;
  const res = await owner.post(api(ws, '/alerts/rules'), { kind: 'mood_swing', factor: 1, minMentions: 0, webhookUrl: 'ftp://example.com/hook' });
  assert.deepEqual(
    res.body.error.details.map((d: { path: string }) => d.path).sort(),
    ['body.factor', 'body.kind', 'body.minMentions', 'body.webhookUrl'],
  );
  const topic = await owner.post(api(ws, '/alerts/rules'), { kind: 'volume_spike', topicId: foreign });
  assert.deepEqual(topic.body.error.details, [{ path: 'body.topicId', message: 'no such topic in this workspace' }]);
  assert.equal((await alerts(ws)).body.rules.length, 0);
});

test('unless the instance allows it, alert webhooks may not reach the server’s own network', async () => {
  const strict = await createTestApp({ config: { allowPrivateSourceUrls: false } });
  try {
    const admin = strict.client();
    const ws = await newWorkspace(admin, (await admin.setup('strict@example.com')).organizations[0]!.id, 'Strict');
    const res = await admin.post(api(ws, '/alerts/rules'), { kind: 'volume_spike', webhookUrl: `${base}/ok` });
    assert.equal(res.status, 422);
    assert.equal(res.body.error.code, 'source_address_blocked');
    assert.equal(res.body.error.details[0].path, 'body.webhookUrl');
    // A rule saved before (or whose name now resolves inside) is refused at delivery too.
    const rule = (await admin.post(api(ws, '/alerts/rules'), { kind: 'volume_spike' })).body;
    await strict.database.db.update(listeningAlertRules).set({ webhookUrl: `${base}/ok` }).where(eq(listeningAlertRules.id, rule.id));
    const [alert] = await strict.database.db.insert(listeningAlerts).values({ workspaceId: ws, ruleId: rule.id, day: '2026-03-15', observed: 40, baseline: 2 }).returning();
    const calls = received.length;
    assert.match(await deliverAlert(strict.database.db, alert!.id, { allowPrivate: false }), /^failed: the address is on a loopback or private network \(127\.0\.0\.1\)/);
    assert.equal(received.length, calls);
    // A public-looking name is judged by the address the socket would connect to, at delivery time.
    const named = base.replace('127.0.0.1', 'hooks.example');
    await strict.database.db.update(listeningAlertRules).set({ webhookUrl: `${named}/ok` }).where(eq(listeningAlertRules.id, rule.id));
    const resolve = async () => ['127.0.0.1'];
    assert.equal(await deliverAlert(strict.database.db, alert!.id, { allowPrivate: false, resolve }), 'failed: the address is on a loopback or private network (hooks.example is 127.0.0.1), and ALLOW_PRIVATE_SOURCE_URLS is not set');
    assert.equal(received.length, calls);
    assert.equal(await deliverAlert(strict.database.db, alert!.id, { allowPrivate: true, resolve }), 'sent 200');
    // A name that resolves inside is refused when saved too, at the field.
    const localhost = await admin.request('PUT', api(ws, `/alerts/rules/${rule.id}`), { kind: 'volume_spike', webhookUrl: base.replace('127.0.0.1', 'localhost') });
    assert.equal(localhost.status, 422);
    assert.deepEqual([localhost.body.error.code, localhost.body.error.details[0].path], ['source_address_blocked', 'body.webhookUrl']);
  } finally {
    await strict.close();
  }
});
