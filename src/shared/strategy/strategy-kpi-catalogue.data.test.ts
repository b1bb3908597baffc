import assert from 'node:assert/strict';
import { test } from 'node:test';
import { KPI_CATALOGUE, KPI_KEYS, KPI_MATURITIES, kpiDefinition, kpiMaturityRank } from './strategy-kpi-catalogue.data.ts';

test('every KPI key is in the catalogue exactly once', () => {
  const keys = KPI_MATURITIES.flatMap((m) => KPI_CATALOGUE[m].map((d) => d.key));
  assert.deepEqual([...keys].sort(), [...KPI_KEYS].sort());
  assert.equal(new Set(keys).size, keys.length);
});

test('KPIs sit at the maturity the method gives them', () => {
  const at = (m: (typeof KPI_MATURITIES)[number]) => KPI_CATALOGUE[m].map((d) => d.key);
  assert.deepEqual(at('starting'), ['reach', 'impressions', 'engagement', 'engagement_rate', 'follower_growth']);
  assert.deepEqual(at('developing'), ['clicks', 'ctr', 'share_of_voice', 'sentiment', 'response_time']);
  assert.deepEqual(at('advanced'), ['leads', 'conversions', 'revenue', 'roi', 'cost_per_acquisition', 'retention', 'applicant_quality']);
  assert.ok(kpiMaturityRank('reach') < kpiMaturityRank('ctr') && kpiMaturityRank('ctr') < kpiMaturityRank('revenue'));
});

test('each KPI has a unit and a translation key for its formula', () => {
  assert.deepEqual(kpiDefinition('engagement_rate'), { key: 'engagement_rate', unit: 'percent', formula: 'strategy.kpis.engagement_rate.formula', maturity: 'starting' });
  assert.equal(kpiDefinition('revenue').unit, 'currency');
  assert.equal(kpiDefinition('response_time').unit, 'minutes');
});
