import { Grid, NumberInput, TagsInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContextSection } from '../../../shared/strategy/strategy-context.schemas.ts';
import { MoneyInput } from './money-input.tsx';
import { toNumberOrZero } from './use-strategy-labels.ts';

type Resources = ContextSection['resources'];
type ResourcesFormProps = { resources: Resources; onChange: (resources: Resources) => void };

/** What the team really has to work with: people, time, money, skills and outside help. */
export function ResourcesForm({ resources, onChange }: ResourcesFormProps) {
  const { t } = useTranslation();
  const set = <F extends keyof Resources>(field: F, value: Resources[F]) => onChange({ ...resources, [field]: value });
  const tags = (field: 'skills' | 'suppliers' | 'partners') => (
    <TagsInput
      label={t(`strategy.context.resources.${field}`)}
      description={t(`strategy.context.resources.${field}Help`)}
      value={resources[field]}
      onChange={(values) => set(field, values)}
    />
  );

  return (
    <Grid gap="sm">
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <NumberInput
          label={t('strategy.context.resources.headcount')}
          description={t('strategy.context.resources.headcountHelp')}
          min={0}
          allowNegative={false}
          allowDecimal={false}
          value={resources.headcount}
          onChange={(v) => set('headcount', Math.floor(toNumberOrZero(v)))}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <NumberInput
          label={t('strategy.context.resources.hoursPerWeek')}
          description={t('strategy.context.resources.hoursPerWeekHelp')}
          min={0}
          allowNegative={false}
          decimalScale={1}
          value={resources.hoursPerWeek}
          onChange={(v) => set('hoursPerWeek', toNumberOrZero(v))}
        />
      </Grid.Col>
      <Grid.Col span={12}>
        <MoneyInput
          label={t('strategy.context.resources.money')}
          description={t('strategy.context.resources.moneyHelp')}
          currencyLabel={t('strategy.context.resources.moneyCurrency')}
          value={resources.money}
          onChange={(money) => set('money', money)}
        />
      </Grid.Col>
      <Grid.Col span={12}>{tags('skills')}</Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>{tags('suppliers')}</Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>{tags('partners')}</Grid.Col>
    </Grid>
  );
}
