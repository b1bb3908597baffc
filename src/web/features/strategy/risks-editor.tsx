import { Button, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Risk } from '../../../shared/strategy/strategy-context.schemas.ts';
import { RiskCard } from './risk-card.tsx';
import { RiskMatrix } from './risk-matrix.tsx';
import { newId } from './use-strategy-labels.ts';

type RisksEditorProps = { risks: Risk[]; onChange: (risks: Risk[]) => void };

/** The risk register: a matrix to see where the danger sits, then each risk to rate and mitigate. */
export function RisksEditor({ risks, onChange }: RisksEditorProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      {risks.length > 0 && <RiskMatrix risks={risks} />}
      {risks.map((risk, index) => (
        <RiskCard
          key={risk.id}
          risk={risk}
          index={index}
          onChange={(next) => onChange(risks.map((item) => (item.id === next.id ? next : item)))}
          onRemove={() => onChange(risks.filter((item) => item.id !== risk.id))}
        />
      ))}
      <Button
        variant="light"
        style={{ alignSelf: 'flex-start' }}
        leftSection={<IconPlus size={16} aria-hidden />}
        onClick={() => onChange([...risks, { id: newId(), description: '', likelihood: null, impact: null, mitigation: '' }])}
      >
        {t('strategy.context.risks.add')}
      </Button>
    </Stack>
  );
}
