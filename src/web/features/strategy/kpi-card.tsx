import { ActionIcon, Badge, Card, Grid, Group, Select, Text, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { KPI_CATALOGUE, KPI_MATURITIES, type KpiKey, kpiDefinition } from '../../../shared/strategy/strategy-kpi-catalogue.data.ts';
import type { StrategyKpi } from '../../../shared/strategy/strategy-metrics.schemas.ts';
import { KpiTargets } from './kpi-targets.tsx';
import { useStrategyLabels } from './use-strategy-labels.ts';

type Option = { value: string; label: string };

/** Catalogue options grouped by maturity, with the unit in the label so a target is never ambiguous. */
function useKpiOptionsWithUnit() {
  const { t } = useTranslation();
  const labels = useStrategyLabels();
  return KPI_MATURITIES.map((maturity) => ({
    group: t(`strategy.maturity.${maturity}`),
    items: KPI_CATALOGUE[maturity].map((definition) => ({
      value: definition.key,
      label: `${labels.kpi(definition.key)} (${t(`strategy.units.${definition.unit}`)})`,
    })),
  }));
}

type KpiCardProps = {
  kpi: StrategyKpi;
  objectives: Option[];
  members: Option[];
  fiscalYear: number | null;
  onChange: (kpi: StrategyKpi) => void;
  onRemove: () => void;
};

/** One KPI: what is measured, which objective it proves, a target per quarter, where the number comes from and who owns it. */
export function KpiCard({ kpi, objectives, members, fiscalYear, onChange, onRemove }: KpiCardProps) {
  const { t } = useTranslation();
  const labels = useStrategyLabels();
  const options = useKpiOptionsWithUnit();
  const definition = kpiDefinition(kpi.kpi);
  const name = labels.kpi(kpi.kpi);
  const set = <F extends keyof StrategyKpi>(field: F, value: StrategyKpi[F]) => onChange({ ...kpi, [field]: value });

  return (
    <Card withBorder padding="md" component="fieldset" aria-label={name} style={{ margin: 0 }}>
      <Grid gap="sm" align="flex-end">
        <Grid.Col span={{ base: 10, sm: 11 }}>
          <Select
            label={t('strategy.metrics.kpi')}
            data={options}
            value={kpi.kpi}
            searchable
            onChange={(key) => key && set('kpi', key as KpiKey)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 2, sm: 1 }}>
          <ActionIcon variant="subtle" color="red" size="lg" onClick={onRemove} aria-label={t('strategy.metrics.remove', { name })}>
            <IconTrash size={18} aria-hidden />
          </ActionIcon>
        </Grid.Col>
        <Grid.Col span={12}>
          <Group gap="xs">
            <Badge variant="light" color="gray">
              {t(`strategy.maturity.${definition.maturity}`)}
            </Badge>
            <Text size="sm" c="dimmed">
              {t('strategy.metrics.unit', { unit: t(`strategy.units.${definition.unit}`) })}
            </Text>
          </Group>
        </Grid.Col>
        <Grid.Col span={12}>
          <Select
            label={t('strategy.metrics.objective')}
            description={objectives.length === 0 ? t('strategy.metrics.noObjectives') : undefined}
            data={objectives}
            value={kpi.objectiveId}
            clearable
            onChange={(objectiveId) => set('objectiveId', objectiveId)}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <KpiTargets targets={kpi.quarterlyTargets} fiscalYear={fiscalYear} onChange={(targets) => set('quarterlyTargets', targets)} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput
            label={t('strategy.metrics.dataSource')}
            description={t('strategy.metrics.dataSourceHelp')}
            value={kpi.dataSource}
            onChange={(e) => set('dataSource', e.currentTarget.value)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Select label={t('strategy.metrics.owner')} data={members} value={kpi.ownerUserId} clearable searchable onChange={(id) => set('ownerUserId', id)} />
        </Grid.Col>
      </Grid>
    </Card>
  );
}
