import { ActionIcon, Card, Grid, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Competitor } from '../../../shared/strategy/strategy-listening.schemas.ts';
import { TermsInput } from './terms-input.tsx';

type CompetitorCardProps = { competitor: Competitor; index: number; onChange: (competitor: Competitor) => void; onRemove: () => void };

/** One competitor to follow: its name, its accounts on each network and the words people use for it. */
export function CompetitorCard({ competitor, index, onChange, onRemove }: CompetitorCardProps) {
  const { t } = useTranslation();
  const name = competitor.name.trim() || t('strategy.listening.untitledCompetitor', { number: index + 1 });

  return (
    <Card withBorder padding="md" component="fieldset" aria-label={name} style={{ margin: 0 }}>
      <Grid gap="sm" align="flex-end">
        <Grid.Col span={{ base: 10, sm: 11 }}>
          <TextInput
            label={t('strategy.listening.competitorName')}
            value={competitor.name}
            onChange={(e) => onChange({ ...competitor, name: e.currentTarget.value })}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 2, sm: 1 }}>
          <ActionIcon variant="subtle" color="red" size="lg" onClick={onRemove} aria-label={t('strategy.listening.removeCompetitor', { name })}>
            <IconTrash size={18} aria-hidden />
          </ActionIcon>
        </Grid.Col>
        <Grid.Col span={12}>
          <TermsInput
            label={t('strategy.listening.handles')}
            description={t('strategy.listening.handlesHelp')}
            value={competitor.handles}
            onChange={(handles) => onChange({ ...competitor, handles })}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <TermsInput
            label={t('strategy.listening.competitorTerms')}
            description={t('strategy.listening.competitorTermsHelp')}
            value={competitor.terms}
            onChange={(terms) => onChange({ ...competitor, terms })}
          />
        </Grid.Col>
      </Grid>
    </Card>
  );
}
