import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CheckFacts, RuleId } from './strategy-check.schemas.ts';
import { measureRules } from './strategy-check-measure.rules.ts';
import type { KpiKey } from './strategy-kpi-catalogue.data.ts';
import type { Strategy } from './strategy.schemas.ts';
import { completeStrategy, FACTS, ID, uid } from './strategy.fixtures.ts';

const only = (s: Strategy, id: RuleId, facts: CheckFacts = FACTS) => measureRules.flatMap((r) => r.evaluate(s, facts)).filter((f) => f.ruleId === id);

const withKpis = (...keys: KpiKey[]): Strategy => {
  const s = completeStrategy();
  s.metrics.kpis = keys.map((kpi, i) => ({ id: uid(300 + i), kpi, objectiveId: ID.leadsObjective, quarterlyTargets: [1, 2, 3, 4], dataSource: '', ownerUserId: null }));
  return s;
};

test('a KPI missing quarterly targets lists the quarters without one', () => {
  const s = completeStrategy();
  assert.deepEqual(only(s, 'kpi-no-quarterly-targets'), []);
  s.metrics.kpis[1]!.quarterlyTargets = [null, 3, null, 4];
  assert.deepEqual(only(s, 'kpi-no-quarterly-targets').map((f) => [f.path, f.params]), [
    ['metrics.kpis[1].quarterlyTargets', { kpi: 'engagement_rate', quarters: ['Q1', 'Q3'] }],
  ]);
  s.metrics.kpis[1]!.quarterlyTargets = [0, 0, 0, 0];
  assert.deepEqual(only(s, 'kpi-no-quarterly-targets'), [], 'zero is a target');
});

test('a KPI without an objective is reported on its objectiveId', () => {
  const s = completeStrategy();
  assert.deepEqual(only(s, 'kpi-no-objective'), []);
  s.metrics.kpis[0]!.objectiveId = null;
  assert.deepEqual(only(s, 'kpi-no-objective').map((f) => [f.path, f.params]), [['metrics.kpis[0].objectiveId', { kpi: 'leads' }]]);
});

test('only starting-level KPIs under a primary sales goal is reported with suggestions', () => {
  const [finding] = only(withKpis('reach', 'engagement', 'follower_growth'), 'kpi-maturity-too-low');
  assert.equal(finding?.path, 'metrics.kpis');
  assert.deepEqual(finding?.params, { goalType: 'acquisition_sales', kpis: ['clicks', 'leads', 'conversions', 'revenue'] });
});

test('one developing or advanced KPI is enough for a sales goal', () => {
  assert.deepEqual(only(withKpis('reach', 'clicks'), 'kpi-maturity-too-low'), []);
  assert.deepEqual(only(withKpis('reach', 'revenue'), 'kpi-maturity-too-low'), []);
});

test('starting-level KPIs are fine for an awareness goal, and no KPIs is a different problem', () => {
  const s = withKpis('reach');
  s.goals.goals[0]!.priority = 'secondary';
  s.goals.goals[1]!.priority = 'primary'; // awareness
  assert.deepEqual(only(s, 'kpi-maturity-too-low'), []);
  const secondarySales = withKpis('reach');
  secondarySales.goals.goals[0]!.priority = 'secondary';
  assert.deepEqual(only(secondarySales, 'kpi-maturity-too-low'), [], 'only the primary goal sets the bar');
  assert.deepEqual(only(withKpis(), 'kpi-maturity-too-low'), []);
});

test('targets for a fiscal year that is over are reported with both years', () => {
  const s = completeStrategy();
  s.metrics.fiscalYear = 2025;
  assert.deepEqual(only(s, 'metrics-fiscal-year-past')[0]?.params, { fiscalYear: '2025', currentFiscalYear: '2026' });
  s.metrics.fiscalYear = 2026;
  assert.deepEqual(only(s, 'metrics-fiscal-year-past'), []);
  s.metrics.fiscalYear = null;
  assert.deepEqual(only(s, 'metrics-fiscal-year-past'), []);
});

test('the current fiscal year follows the workspace’s fiscal year start (October)', () => {
  const s = completeStrategy();
  s.metrics.fiscalYear = 2026;
  const october = { ...FACTS, fiscalYearStartMonth: 10 };
  assert.deepEqual(only(s, 'metrics-fiscal-year-past', { ...october, today: '2026-09-30' }), []);
  assert.deepEqual(only(s, 'metrics-fiscal-year-past', { ...october, today: '2026-10-01' })[0]?.params, {
    fiscalYear: '2026',
    currentFiscalYear: '2027',
  });
});
