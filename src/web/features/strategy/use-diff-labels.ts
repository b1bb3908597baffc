import { useTranslation } from 'react-i18next';
import { CHANNEL_KEYS, type ChannelKey } from '../../../shared/strategy/strategy-channels.schemas.ts';
import { GOAL_TYPES, type GoalType } from '../../../shared/strategy/strategy-goals.schemas.ts';
import { KPI_KEYS, type KpiKey } from '../../../shared/strategy/strategy-kpi-catalogue.data.ts';
import { STRATEGY_SECTION_KEYS, type StrategySectionKey } from '../../../shared/strategy/strategy-steps.data.ts';
import { humanizeKey, type ItemLabel, type PathPart } from './diff-path.ts';
import { useStrategyLabels } from './use-strategy-labels.ts';

const isOneOf = <K extends string>(keys: readonly K[], value: string): value is K => (keys as readonly string[]).includes(value);

/** Words for the parts of a diff path in the reader's language: section titles, catalogue names, "#2". */
export function useDiffLabels() {
  const { t } = useTranslation();
  const labels = useStrategyLabels();

  const item = (label: ItemLabel): string => {
    switch (label.kind) {
      case 'text':
        return label.text;
      case 'channel':
        return isOneOf<ChannelKey>(CHANNEL_KEYS, label.key) ? labels.channel(label.key) : label.key;
      case 'kpi':
        return isOneOf<KpiKey>(KPI_KEYS, label.key) ? labels.kpi(label.key) : label.key;
      case 'goalType':
        return isOneOf<GoalType>(GOAL_TYPES, label.key) ? labels.goalType(label.key) : label.key;
      case 'us':
        return t('strategy.versions.compare.us');
      case 'position':
        return t('strategy.versions.compare.position', { position: label.position });
      case 'unknown':
        return t('strategy.versions.compare.unknownItem', { id: label.id });
    }
  };

  return {
    section: (key: string) =>
      isOneOf<StrategySectionKey>(STRATEGY_SECTION_KEYS, key) ? t(`sections.${key}.title`) : humanizeKey(key),
    path: (parts: PathPart[]) => parts.map((part) => (part.kind === 'field' ? humanizeKey(part.key) : item(part.label))).join(' › '),
  };
}
