import { ActionIcon, Card, Grid, MultiSelect, NumberInput, Select, TagsInput, Textarea } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CHANNEL_KEYS, type ChannelKey, type ChannelPlan } from '../../../shared/strategy/strategy-channels.schemas.ts';
import { ChannelKpis } from './channel-kpis.tsx';
import { toNumberOrZero, useStrategyLabels } from './use-strategy-labels.ts';

type Option = { value: string; label: string };
type ChannelCardProps = {
  plan: ChannelPlan;
  personas: Option[];
  members: Option[];
  currency: string;
  onChange: (plan: ChannelPlan) => void;
  onRemove: () => void;
};

/** The plan for one channel: why be there, for whom, with what content, effort and measures. */
export function ChannelCard({ plan, personas, members, currency, onChange, onRemove }: ChannelCardProps) {
  const { t } = useTranslation();
  const labels = useStrategyLabels();
  const name = labels.channel(plan.channel);
  const set = <F extends keyof ChannelPlan>(field: F, value: ChannelPlan[F]) => onChange({ ...plan, [field]: value });
  const resource = <F extends keyof ChannelPlan['resources']>(field: F, value: ChannelPlan['resources'][F]) =>
    onChange({ ...plan, resources: { ...plan.resources, [field]: value } });
  const half = { base: 12, sm: 6 };
  const third = { base: 12, sm: 4 };

  return (
    <Card withBorder padding="md" component="fieldset" aria-label={name} style={{ margin: 0 }}>
      <Grid gap="sm" align="flex-end">
        <Grid.Col span={{ base: 10, sm: 11 }}>
          <Select
            label={t('strategy.channels.channel')}
            data={CHANNEL_KEYS.map((key) => ({ value: key, label: labels.channel(key) }))}
            value={plan.channel}
            searchable
            onChange={(channel) => channel && set('channel', channel as ChannelKey)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 2, sm: 1 }}>
          <ActionIcon variant="subtle" color="red" size="lg" onClick={onRemove} aria-label={t('strategy.channels.remove', { name })}>
            <IconTrash size={18} aria-hidden />
          </ActionIcon>
        </Grid.Col>
        <Grid.Col span={12}>
          <Textarea
            label={t('strategy.channels.reason')}
            description={t('strategy.channels.reasonHelp')}
            required
            autosize
            minRows={2}
            value={plan.reason}
            error={plan.reason.trim() === '' ? t('strategy.channels.reasonMissing') : undefined}
            onChange={(e) => set('reason', e.currentTarget.value)}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <MultiSelect label={t('strategy.channels.personas')} data={personas} value={plan.personaIds} onChange={(ids) => set('personaIds', ids)} />
        </Grid.Col>
        <Grid.Col span={half}>
          <TagsInput label={t('strategy.channels.pillars')} value={plan.pillars} onChange={(tags) => set('pillars', tags)} />
        </Grid.Col>
        <Grid.Col span={half}>
          <TagsInput label={t('strategy.channels.formats')} value={plan.formats} onChange={(tags) => set('formats', tags)} />
        </Grid.Col>
        <Grid.Col span={half}>
          <NumberInput label={t('strategy.channels.postsPerWeek')} min={0} value={plan.postsPerWeek} onChange={(v) => set('postsPerWeek', toNumberOrZero(v))} />
        </Grid.Col>
        <Grid.Col span={half}>
          <NumberInput label={t('strategy.channels.hoursPerPost')} min={0} decimalScale={2} value={plan.hoursPerPost} onChange={(v) => set('hoursPerPost', toNumberOrZero(v))} />
        </Grid.Col>
        <Grid.Col span={third}>
          <Select label={t('strategy.channels.owner')} data={members} value={plan.resources.ownerUserId} clearable searchable onChange={(id) => resource('ownerUserId', id)} />
        </Grid.Col>
        <Grid.Col span={third}>
          <NumberInput label={t('strategy.channels.hoursPerWeek')} min={0} value={plan.resources.hoursPerWeek} onChange={(v) => resource('hoursPerWeek', toNumberOrZero(v))} />
        </Grid.Col>
        <Grid.Col span={third}>
          <NumberInput
            label={t('strategy.channels.budgetPerMonth', { currency })}
            min={0}
            thousandSeparator
            value={plan.resources.budgetPerMonth}
            onChange={(v) => resource('budgetPerMonth', toNumberOrZero(v))}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <ChannelKpis kpis={plan.kpis} channelName={name} onChange={(kpis) => set('kpis', kpis)} />
        </Grid.Col>
      </Grid>
    </Card>
  );
}
