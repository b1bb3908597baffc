import type { BusinessFunction } from '../roles.ts';
import type { GoalType } from './strategy-goals.schemas.ts';
import type { KpiKey, KpiMaturity } from './strategy-kpi-catalogue.data.ts';

/**
 * Who has to be on the team for a goal to be reachable: any one of the listed functions is
 * enough. Goals without an entry can be pursued by whoever is there.
 */
export const GOAL_FUNCTION_MAP: Readonly<Partial<Record<GoalType, readonly BusinessFunction[]>>> = {
  awareness: ['marketing'],
  acquisition_sales: ['sales'],
  reputation: ['customer_service', 'legal_compliance'],
  employee_engagement_recruiting: ['hr'],
  partner_supplier_collaboration: ['partnerships'],
  innovation_feedback: ['product'],
};

/**
 * Goals that cannot be judged on attention alone: with such a primary goal at least one KPI must
 * reach `maturity`; `suggest` is offered in the fix hint.
 */
export const GOAL_KPI_NEEDS: Readonly<Partial<Record<GoalType, { maturity: KpiMaturity; suggest: readonly KpiKey[] }>>> = {
  acquisition_sales: { maturity: 'developing', suggest: ['clicks', 'leads', 'conversions', 'revenue'] },
};

/** likelihood x impact (each 1..5) from which a risk must have a mitigation. */
export const HIGH_RISK_SCORE = 12;

/** Relationship value (1..5) from which somebody must own the relationship. */
export const HIGH_RELATIONSHIP_VALUE = 4;
