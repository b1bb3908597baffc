import type { CheckRule } from './strategy-check.schemas.ts';
import { GOAL_KPI_NEEDS } from './strategy-check.data.ts';
import { defineRule } from './strategy-check-rule.domain.ts';
import { fiscalQuarterOf } from './strategy-fiscal.domain.ts';
import { KPI_MATURITIES, kpiMaturityRank } from './strategy-kpi-catalogue.data.ts';

export const measureRules: readonly CheckRule[] = [
  defineRule('kpi-no-quarterly-targets', 5, 'warning', (s) =>
    s.metrics.kpis.flatMap((k, i) => {
      const quarters = k.quarterlyTargets.flatMap((target, q) => (target === null ? [`Q${q + 1}`] : []));
      return quarters.length > 0 ? [{ path: `metrics.kpis[${i}].quarterlyTargets`, params: { kpi: k.kpi, quarters } }] : [];
    }),
  ),

  // A KPI that serves no objective is measured for its own sake.
  defineRule('kpi-no-objective', 5, 'warning', (s) =>
    s.metrics.kpis.flatMap((k, i) =>
      k.objectiveId === null ? [{ path: `metrics.kpis[${i}].objectiveId`, params: { kpi: k.kpi } }] : [],
    ),
  ),

  // Likes do not show whether a sales goal is met; the data says which goals need deeper KPIs.
  defineRule('kpi-maturity-too-low', 5, 'warning', (s) => {
    if (s.metrics.kpis.length === 0) return [];
    const best = Math.max(...s.metrics.kpis.map((k) => kpiMaturityRank(k.kpi)));
    return s.goals.goals.flatMap((goal) => {
      const need = goal.priority === 'primary' ? GOAL_KPI_NEEDS[goal.type] : undefined;
      if (!need || best >= KPI_MATURITIES.indexOf(need.maturity)) return [];
      return [{ path: 'metrics.kpis', params: { goalType: goal.type, kpis: [...need.suggest] } }];
    });
  }),

  // Years are passed as strings so that formatting does not group them ("2,026").
  defineRule('metrics-fiscal-year-past', 5, 'warning', (s, facts) => {
    const { fiscalYear } = s.metrics;
    const current = fiscalQuarterOf(facts.today, facts.fiscalYearStartMonth).fiscalYear;
    return fiscalYear !== null && fiscalYear < current
      ? [{ path: 'metrics.fiscalYear', params: { fiscalYear: String(fiscalYear), currentFiscalYear: String(current) } }]
      : [];
  }),
];
