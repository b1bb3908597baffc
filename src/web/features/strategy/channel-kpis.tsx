import { ActionIcon, Button, Grid, NumberInput, Select, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ChannelKpi } from '../../../shared/strategy/strategy-channels.schemas.ts';
import { KPI_CATALOGUE, KPI_MATURITIES, type KpiKey } from '../../../shared/strategy/strategy-kpi-catalogue.data.ts';
import { newId, toNumberOrNull, useStrategyLabels } from './use-strategy-labels.ts';

/** KPI options from the catalogue, grouped by how far a team has come in measuring. */
export function useKpiOptions() {
  const { t } = useTranslation();
  const labels = useStrategyLabels();
  return KPI_MATURITIES.map((maturity) => ({
    group: t(`strategy.maturity.${maturity}`),
    items: KPI_CATALOGUE[maturity].map((definition) => ({ value: definition.key, label: labels.kpi(definition.key) })),
  }));
}

type ChannelKpisProps = { kpis: ChannelKpi[]; channelName: string; onChange: (kpis: ChannelKpi[]) => void };

export function ChannelKpis({ kpis, channelName, onChange }: ChannelKpisProps) {
  const { t } = useTranslation();
  const labels = useStrategyLabels();
  const options = useKpiOptions();
  const set = (next: ChannelKpi) => onChange(kpis.map((item) => (item.id === next.id ? next : item)));

  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        {t('strategy.channels.kpis')}
      </Text>
      {kpis.map((item) => (
        <Grid key={item.id} gap="sm" align="flex-end">
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Select label={t('strategy.channels.kpi')} data={options} value={item.kpi} onChange={(kpi) => kpi && set({ ...item, kpi: kpi as KpiKey })} />
          </Grid.Col>
          <Grid.Col span={{ base: 10, sm: 5 }}>
            <NumberInput label={t('strategy.channels.kpiTarget')} value={item.target ?? ''} onChange={(v) => set({ ...item, target: toNumberOrNull(v) })} />
          </Grid.Col>
          <Grid.Col span={{ base: 2, sm: 1 }}>
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              onClick={() => onChange(kpis.filter((other) => other.id !== item.id))}
              aria-label={t('strategy.channels.removeKpi', { kpi: labels.kpi(item.kpi), channel: channelName })}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Grid.Col>
        </Grid>
      ))}
      <Button
        variant="subtle"
        size="xs"
        style={{ alignSelf: 'flex-start' }}
        leftSection={<IconPlus size={14} aria-hidden />}
        onClick={() => onChange([...kpis, { id: newId(), kpi: 'reach', target: null }])}
      >
        {t('strategy.channels.addKpi')}
      </Button>
    </Stack>
  );
}
