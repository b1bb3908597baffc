import { Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StrategyState } from '../../../shared/api/strategy.schemas.ts';
import type { KpiKey } from '../../../shared/strategy/strategy-kpi-catalogue.data.ts';
import type { StrategyKpi } from '../../../shared/strategy/strategy-metrics.schemas.ts';
import { useMemberOptions } from './member-options.ts';
import { KpiCard } from './kpi-card.tsx';
import { SaveStatusBar } from './save-status.tsx';
import { useSectionDraft } from './use-section-draft.ts';
import { newId, toNumberOrNull } from './use-strategy-labels.ts';

const emptyKpi = (kpi: KpiKey): StrategyKpi => ({
  id: newId(),
  kpi,
  objectiveId: null,
  quarterlyTargets: [null, null, null, null],
  dataSource: '',
  ownerUserId: null,
});

type MetricsEditorProps = { workspaceId: string; state: StrategyState; canEdit: boolean };

export function MetricsEditor({ workspaceId, state, canEdit }: MetricsEditorProps) {
  const { t } = useTranslation();
  const draft = useSectionDraft(workspaceId, 'metrics', state);
  const members = useMemberOptions(workspaceId);
  const objectives = state.document.goals.objectives.map((objective, index) => ({
    value: objective.id,
    label: objective.title.trim() || t('strategy.objectives.untitled', { number: index + 1 }),
  }));
  const { value, update } = draft;
  const fiscalYear = value.fiscalYear;

  return (
    <Stack gap="lg">
      <SaveStatusBar status={draft.status} error={draft.error} onReload={draft.reload} />
      <fieldset disabled={!canEdit || draft.status === 'stale'} className="plain-fieldset">
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('strategy.metrics.help')}
          </Text>
          <FiscalYearInput value={fiscalYear} onChange={(year) => update((current) => ({ ...current, fiscalYear: year }))} />
          {value.kpis.length === 0 && (
            <Text size="sm" fs="italic">
              {t('strategy.metrics.empty')}
            </Text>
          )}
          {value.kpis.map((kpi) => (
            <KpiCard
              key={kpi.id}
              kpi={kpi}
              objectives={objectives}
              members={members}
              fiscalYear={fiscalYear}
              onChange={(next) => update((current) => ({ ...current, kpis: current.kpis.map((item) => (item.id === next.id ? next : item)) }))}
              onRemove={() => update((current) => ({ ...current, kpis: current.kpis.filter((item) => item.id !== kpi.id) }))}
            />
          ))}
          <Group>
            <Button
              variant="light"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => update((current) => ({ ...current, kpis: [...current.kpis, emptyKpi('reach')] }))}
            >
              {t('strategy.metrics.add')}
            </Button>
          </Group>
        </Stack>
      </fieldset>
    </Stack>
  );
}

/** The year must be within the schema's range before it is saved, so partial typing ("20") stays local. */
function FiscalYearInput({ value, onChange }: { value: number | null; onChange: (year: number | null) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState<string | number>(value ?? '');
  return (
    <NumberInput
      label={t('strategy.metrics.fiscalYear')}
      description={t('strategy.metrics.fiscalYearHelp')}
      maw={320}
      min={2000}
      max={2200}
      allowDecimal={false}
      allowNegative={false}
      value={text}
      onChange={(next) => {
        setText(next);
        const year = toNumberOrNull(next);
        const valid = year !== null && year >= 2000 && year <= 2200 ? year : null;
        if (valid !== value && (valid !== null || next === '')) onChange(valid);
      }}
    />
  );
}
