import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.ts';
import { DEMO_PEOPLE } from './demo.data.ts';

let t: TestApp;
let owner: TestClient;
let orgId: string;

before(async () => {
  t = await createTestApp();
  // The demo plans for 2027; seen from late 2026 none of its deadlines has passed.
  t.clock.now = new Date('2026-11-22T03:00:00Z');
  owner = t.client();
  orgId = (await owner.setup('owner@example.com')).organizations[0]!.id;
});
after(() => t.close());

test('the demo loads a populated coffee-roaster workspace with real gaps in the team', async () => {
  const res = await owner.post('/api/v1/demo', { organizationId: orgId });
  assert.equal(res.status, 201);
  const ws = await owner.get(`/api/v1/workspaces/${res.body.workspaceId}`);
  assert.equal(ws.body.isDemo, true);
  assert.equal(ws.body.defaultLocale, 'th');
  assert.equal(ws.body.myRole, 'owner');
  const team = await owner.get(`/api/v1/workspaces/${res.body.workspaceId}/team`);
  assert.equal(team.body.members.length, DEMO_PEOPLE.length + 1);
  assert.deepEqual(team.body.missingFunctions.sort(), ['hr', 'legal_compliance']);
  const invitations = await owner.get(`/api/v1/workspaces/${res.body.workspaceId}/invitations`);
  assert.equal(invitations.body.invitations[0].status, 'pending');
  const audit = await owner.get(`/api/v1/workspaces/${res.body.workspaceId}/audit?limit=500`);
  const actions = new Map<string, number>();
  for (const e of audit.body.events as { action: string }[]) actions.set(e.action, (actions.get(e.action) ?? 0) + 1);
  // Workspace, members, invitation, the strategy's first save, version 1 and the review edit,
  // then listening: topics from the strategy, the theme topic, the alert rule, the mentions, the corrections.
  assert.deepEqual(Object.fromEntries([...actions].filter(([action]) => action !== 'listening.mention_sentiment_corrected')), {
    'workspace.created': 1,
    'member.added': DEMO_PEOPLE.length,
    'invitation.created': 1,
    'strategy.updated': 2,
    'strategy.version_published': 1,
    'listening.topics_from_strategy': 1,
    'listening.topic_created': 1,
    'listening.alert_rule_created': 1,
    'listening.settings_updated': 1,
    'listening.demo_mentions_loaded': 1,
  });
  assert.ok((actions.get('listening.mention_sentiment_corrected') ?? 0) > 0);
});

test('the demo workspace listens: topics from its plan, 90 days of mentions, spikes, an alert and corrections', async () => {
  const { workspaceId } = (await owner.post('/api/v1/demo', { organizationId: orgId })).body;
  const base = `/api/v1/workspaces/${workspaceId}/listening`;
  const topics = (await owner.get(`${base}/topics`)).body.topics as { id: string; kind: string }[];
  assert.deepEqual(topics.map((t) => t.kind), ['brand', 'competitor', 'competitor', 'competitor', 'theme']);

  // The test app's demo has DEMO_MENTIONS=600 (testConfig); all of them are new to ingest.
  const res = await owner.get(`${base}/dashboard?from=2026-08-25&to=2026-11-22`);
  assert.equal(res.status, 200);
  const dashboard = res.body;
  assert.ok(Math.abs(dashboard.totals.mentions - 600) <= 6, `${dashboard.totals.mentions} mentions`);
  for (const topic of topics.filter((t) => t.kind !== 'theme')) {
    const voice = dashboard.shareOfVoice.find((v: { topicId: string }) => v.topicId === topic.id);
    assert.ok(voice && voice.mentions > 0, `mentions of ${topic.kind} ${topic.id}`);
  }
  assert.ok(dashboard.languages.length >= 4);
  assert.ok(dashboard.topAuthors.length > 0 && dashboard.totals.neg > 0 && dashboard.totals.pos > 0);
  const spikeDays = new Set(dashboard.spikes.map((s: { day: string }) => s.day));
  assert.ok(spikeDays.has('2026-10-31'), `the food blogger's review: ${[...spikeDays].join(', ')}`);
  assert.ok(spikeDays.has('2026-11-19'), 'the burnt batch');

  const alerts = (await owner.get(`${base}/alerts`)).body;
  assert.equal(alerts.rules.length, 1);
  assert.deepEqual(alerts.alerts.map((a: { kind: string; day: string }) => [a.kind, a.day]), [['negative_spike', '2026-11-19']]);

  const model = (await owner.get(`${base}/sentiment-model`)).body;
  assert.deepEqual(model.models.map((m: { language: string }) => m.language).sort(), ['en', 'th']);
  assert.ok(model.models.every((m: { accuracy: number | null; heldOut: number }) => m.heldOut > 0 && m.accuracy !== null));
  assert.equal(model.pendingCorrections, 0);
});

test('the demo workspace has a complete strategy with a published first version', async () => {
  const { workspaceId } = (await owner.post('/api/v1/demo', { organizationId: orgId })).body;
  const strategy = await owner.get(`/api/v1/workspaces/${workspaceId}/strategy`);
  assert.equal(strategy.status, 200);
  assert.equal(strategy.body.revision, 2);
  assert.deepEqual(strategy.body.findings, [], 'the check runs with the real demo team and finds nothing');
  assert.equal(strategy.body.completeness.overall, 1);
  assert.equal(strategy.body.document.channels.channels.length, 5);
  const versions = await owner.get(`/api/v1/workspaces/${workspaceId}/strategy/versions`);
  assert.deepEqual(versions.body.versions.map((v: { number: number }) => v.number), [1]);
  const diff = await owner.get(`/api/v1/workspaces/${workspaceId}/strategy/diff?from=1&to=current`);
  assert.equal(diff.body.changes.length, 3);
});

test('loading it twice gives a second workspace and reuses the demo people', async () => {
  const again = await owner.post('/api/v1/demo', { organizationId: orgId });
  assert.equal(again.status, 201);
  const team = await owner.get(`/api/v1/workspaces/${again.body.workspaceId}/team`);
  assert.equal(team.body.members.length, DEMO_PEOPLE.length + 1);
});

test('demo people cannot sign in', async () => {
  const res = await t.client().login(DEMO_PEOPLE[0]!.email, 'anything at all');
  assert.equal(res.status, 401);
});
