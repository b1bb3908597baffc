import { HIGH_RISK_SCORE } from '../../../shared/strategy/strategy-check.data.ts';

export const RISK_RATINGS = [1, 2, 3, 4, 5] as const;

export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

// Below 5 a risk is watched, not managed; from HIGH_RISK_SCORE the method check asks for a mitigation,
// so "high" here means the same thing as in the findings beside the form.
const MEDIUM_RISK_SCORE = 5;

export function riskLevel(score: number): RiskLevel {
  if (score >= HIGH_RISK_SCORE) return 'high';
  return score >= MEDIUM_RISK_SCORE ? 'medium' : 'low';
}

/** Pale fills under black text: the three bands stay apart and every count stays readable (>4.5:1). */
export const RISK_LEVEL_FILLS: Record<RiskLevel, string> = {
  low: 'var(--mantine-color-green-2)',
  medium: 'var(--mantine-color-orange-3)',
  high: 'var(--mantine-color-red-3)',
};

export const RISK_BADGE_COLORS: Record<RiskLevel, string> = { low: 'green', medium: 'orange', high: 'red' };
