import { ActionIcon, Badge, Card, Grid, NativeSelect, Textarea } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Risk } from '../../../shared/strategy/strategy-context.schemas.ts';
import { RISK_BADGE_COLORS, RISK_RATINGS, riskLevel } from './risk-levels.ts';

type RiskCardProps = { risk: Risk; index: number; onChange: (risk: Risk) => void; onRemove: () => void };

/** One risk: what could go wrong, how likely and how bad (1–5 each), and what the team will do about it. */
export function RiskCard({ risk, index, onChange, onRemove }: RiskCardProps) {
  const { t } = useTranslation();
  const number = index + 1;
  const name = t('strategy.context.risks.untitled', { number });
  const score = risk.likelihood !== null && risk.impact !== null ? risk.likelihood * risk.impact : null;
  const rating = (scale: 'likelihood' | 'impact') => (
    <NativeSelect
      label={t(`strategy.context.risks.${scale}`)}
      data={[
        { value: '', label: t('strategy.context.risks.notRated') },
        ...RISK_RATINGS.map((value) => ({ value: String(value), label: `${value} · ${t(`strategy.context.risks.${scale}Scale.${value}`)}` })),
      ]}
      value={risk[scale] === null ? '' : String(risk[scale])}
      onChange={(e) => {
        const raw = e.currentTarget.value;
        onChange({ ...risk, [scale]: raw === '' ? null : Number(raw) });
      }}
    />
  );

  return (
    <Card withBorder padding="md" component="fieldset" aria-label={name} style={{ margin: 0 }}>
      <Grid gap="sm" align="flex-end">
        <Grid.Col span={{ base: 10, sm: 11 }}>
          <Textarea
            label={t('strategy.context.risks.description')}
            autosize
            minRows={1}
            value={risk.description}
            onChange={(e) => onChange({ ...risk, description: e.currentTarget.value })}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 2, sm: 1 }}>
          <ActionIcon variant="subtle" color="red" size="lg" onClick={onRemove} aria-label={t('strategy.context.risks.remove', { number })}>
            <IconTrash size={18} aria-hidden />
          </ActionIcon>
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>{rating('likelihood')}</Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>{rating('impact')}</Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          {score === null ? (
            <Badge variant="light" color="gray" size="lg" tt="none" mb={4}>
              {t('strategy.context.risks.notRated')}
            </Badge>
          ) : (
            <Badge variant="light" color={RISK_BADGE_COLORS[riskLevel(score)]} size="lg" tt="none" mb={4}>
              {t('strategy.context.risks.score', { score, level: t(`strategy.context.risks.levels.${riskLevel(score)}`) })}
            </Badge>
          )}
        </Grid.Col>
        <Grid.Col span={12}>
          <Textarea
            label={t('strategy.context.risks.mitigation')}
            description={t('strategy.context.risks.mitigationHelp')}
            autosize
            minRows={2}
            value={risk.mitigation}
            onChange={(e) => onChange({ ...risk, mitigation: e.currentTarget.value })}
          />
        </Grid.Col>
      </Grid>
    </Card>
  );
}
