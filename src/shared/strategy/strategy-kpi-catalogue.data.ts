import { z } from 'zod';

/**
 * How far a team has come in measuring social media: from attention (starting), through
 * interaction and perception (developing), to business results (advanced).
 */
export const KPI_MATURITIES = ['starting', 'developing', 'advanced'] as const;
export type KpiMaturity = (typeof KPI_MATURITIES)[number];

export const METRIC_UNITS = ['count', 'percent', 'currency', 'minutes', 'hours', 'ratio', 'score'] as const;
export type MetricUnit = (typeof METRIC_UNITS)[number];
export const metricUnitSchema = z.enum(METRIC_UNITS);

export const KPI_KEYS = [
  'reach',
  'impressions',
  'engagement',
  'engagement_rate',
  'follower_growth',
  'clicks',
  'ctr',
  'share_of_voice',
  'sentiment',
  'response_time',
  'leads',
  'conversions',
  'revenue',
  'roi',
  'cost_per_acquisition',
  'retention',
  'applicant_quality',
] as const;
export type KpiKey = (typeof KPI_KEYS)[number];
export const kpiKeySchema = z.enum(KPI_KEYS);

export type KpiDefinition = {
  key: KpiKey;
  unit: MetricUnit;
  /** i18n key of the human formula; the text itself lives in the web translations. */
  formula: string;
};

const kpi = (key: KpiKey, unit: MetricUnit): KpiDefinition => ({ key, unit, formula: `strategy.kpis.${key}.formula` });

export const KPI_CATALOGUE: Readonly<Record<KpiMaturity, readonly KpiDefinition[]>> = {
  starting: [
    kpi('reach', 'count'),
    kpi('impressions', 'count'),
    kpi('engagement', 'count'),
    kpi('engagement_rate', 'percent'),
    kpi('follower_growth', 'percent'),
  ],
  developing: [
    kpi('clicks', 'count'),
    kpi('ctr', 'percent'),
    kpi('share_of_voice', 'percent'),
    // Net sentiment on a -100..100 scale, so "score" rather than percent.
    kpi('sentiment', 'score'),
    kpi('response_time', 'minutes'),
  ],
  advanced: [
    kpi('leads', 'count'),
    kpi('conversions', 'count'),
    kpi('revenue', 'currency'),
    // A ratio (3 = three baht back per baht spent): as a percent it would often pass 100.
    kpi('roi', 'ratio'),
    kpi('cost_per_acquisition', 'currency'),
    kpi('retention', 'percent'),
    kpi('applicant_quality', 'score'),
  ],
};

export function kpiDefinition(key: KpiKey): KpiDefinition & { maturity: KpiMaturity } {
  for (const maturity of KPI_MATURITIES) {
    const found = KPI_CATALOGUE[maturity].find((d) => d.key === key);
    if (found) return { ...found, maturity };
  }
  throw new Error(`KPI ${key} is missing from KPI_CATALOGUE`);
}

export function kpiMaturityRank(key: KpiKey): number {
  return KPI_MATURITIES.indexOf(kpiDefinition(key).maturity);
}
