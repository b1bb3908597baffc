import { useTranslation } from 'react-i18next';
import type { ChannelKey } from '../../../shared/strategy/strategy-channels.schemas.ts';
import type { GoalType } from '../../../shared/strategy/strategy-goals.schemas.ts';
import type { KpiKey } from '../../../shared/strategy/strategy-kpi-catalogue.data.ts';
import { CHANNEL_LABELS, GOAL_TYPE_LABELS, KPI_LABELS } from '../../../shared/strategy/strategy-labels.messages.ts';
import { toLocale } from '../../ui/lib/use-formatters.ts';

/** Catalogue labels (channels, goal types, KPIs) live in shared/ so the method check and the UI agree. */
export function useStrategyLabels() {
  const { i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  return {
    locale,
    channel: (key: ChannelKey) => CHANNEL_LABELS[key][locale],
    goalType: (key: GoalType) => GOAL_TYPE_LABELS[key][locale],
    kpi: (key: KpiKey) => KPI_LABELS[key][locale],
  };
}

export function newId(): string {
  return crypto.randomUUID();
}

/** NumberInput hands back '' when cleared; the document stores "not set" as null. */
export function toNumberOrNull(value: string | number): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function toNumberOrZero(value: string | number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0;
}
