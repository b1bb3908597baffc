import { Grid, NumberInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StrategyKpi } from '../../../shared/strategy/strategy-metrics.schemas.ts';
import { toNumberOrNull } from './use-strategy-labels.ts';

type Targets = StrategyKpi['quarterlyTargets'];
type KpiTargetsProps = { targets: Targets; fiscalYear: number | null; onChange: (targets: Targets) => void };

/** Four fiscal-quarter targets; a cleared field is "no target yet", not zero. */
export function KpiTargets({ targets, fiscalYear, onChange }: KpiTargetsProps) {
  const { t } = useTranslation();
  const setQuarter = (index: number, value: number | null) => {
    const next: Targets = [...targets];
    next[index] = value;
    onChange(next);
  };

  return (
    <Grid gap="sm">
      {targets.map((target, index) => {
        const quarter = index + 1;
        const label =
          fiscalYear === null ? t('strategy.metrics.quarter', { quarter }) : t('strategy.metrics.quarterOfYear', { quarter, year: fiscalYear });
        return (
          // The tuple always has four places, so the index is the quarter's stable identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: fixed-length tuple
          <Grid.Col key={index} span={{ base: 6, sm: 3 }}>
            <NumberInput label={label} value={target ?? ''} thousandSeparator onChange={(v) => setQuarter(index, toNumberOrNull(v))} />
          </Grid.Col>
        );
      })}
    </Grid>
  );
}
