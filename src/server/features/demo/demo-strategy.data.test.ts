import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CheckFacts } from '../../../shared/strategy/strategy-check.schemas.ts';
import { checkStrategy } from '../../../shared/strategy/strategy-check.domain.ts';
import { completeness } from '../../../shared/strategy/strategy-completeness.domain.ts';
import { strategySchema } from '../../../shared/strategy/strategy.schemas.ts';
import { diffStrategies } from '../strategy/strategy-diff.domain.ts';
import { DEMO_PEOPLE } from './demo.data.ts';
import { demoFirstDraft, demoStrategy } from './demo-strategy.data.ts';
import { DEMO_IDS, DEMO_PERSON_KEYS, type DemoPeople } from './demo-strategy-ids.data.ts';

// Stand-ins for the user ids the demo gets when it is loaded.
const people = Object.fromEntries(DEMO_PERSON_KEYS.map((key, i) => [key, `00000000-0000-4000-8000-${String(900 + i).padStart(12, '0')}`])) as DemoPeople;
const facts: CheckFacts = {
  members: [
    { userId: people.owner, businessFunction: 'leadership' },
    ...DEMO_PEOPLE.map((p) => ({ userId: people[p.key], businessFunction: p.businessFunction })),
  ],
  // The demo is dated for the 2027 plan, made in late 2026.
  today: '2026-11-22',
  fiscalYearStartMonth: 1,
};

test('the demo strategy is a valid document', () => {
  const doc = demoStrategy(people);
  const parsed = strategySchema.safeParse(doc);
  assert.equal(parsed.success, true, JSON.stringify(parsed.error?.issues.slice(0, 5)));
  assert.deepEqual(parsed.data, doc, 'nothing in it is dropped or defaulted by the schema');
});

test('the method check finds nothing to fix and every step is complete', () => {
  const doc = demoStrategy(people);
  // No warnings either: the demo shows what a finished strategy looks like.
  assert.deepEqual(checkStrategy(doc, facts), []);
  const score = completeness(doc, facts);
  assert.deepEqual(score.steps.filter((s) => s.score < 1).map((s) => s.step), []);
  assert.equal(score.overall, 1);
});

test('the demo has the shape the brief asks for', () => {
  const doc = demoStrategy(people);
  assert.deepEqual(doc.goals.goals.map((g) => [g.type, g.priority]), [['acquisition_sales', 'primary'], ['loyalty_retention', 'secondary']]);
  assert.ok(doc.goals.objectives.every((o) => o.deadline?.startsWith('2027-')));
  assert.equal(doc.listening.competitors.length, 3);
  assert.equal(doc.audience.personas.length, 3);
  assert.deepEqual(doc.channels.channels.map((c) => c.channel), ['line_oa', 'instagram', 'facebook', 'tiktok', 'xiaohongshu']);
  assert.deepEqual(doc.governance.crisis.levels.map((l) => l.level), [1, 2, 3]);
  assert.equal(doc.metrics.fiscalYear, 2027);
  // Everyone the demo names is on the team.
  const named = new Set(Object.values(people));
  assert.ok(doc.team.raci.goals.accountable.every((id) => named.has(id)));
});

test('version 1 differs from the draft in the three edits of the team review', () => {
  const first = demoFirstDraft(people);
  assert.equal(strategySchema.safeParse(first).success, true);
  const changes = diffStrategies(first, demoStrategy(people));
  assert.deepEqual(changes.map((c) => [c.path, c.kind]), [
    [`goals.objectives[id=${DEMO_IDS.ordersObjective}].target`, 'changed'],
    [`channels.channels[id=${demoStrategy(people).channels.channels[4]!.id}]`, 'added'],
    ['voice.responseTimePromiseHours', 'changed'],
  ]);
});
