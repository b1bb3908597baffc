import { ActionIcon, Button, Card, Grid, Group, NumberInput, Rating, Select, Text, Textarea, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNEL_KEYS, type ChannelKey } from '../../../shared/strategy/strategy-channels.schemas.ts';
import {
  CONTACT_FREQUENCIES,
  type ContactFrequency,
  RELATIONSHIP_KINDS,
  type Relationship,
  type RelationshipKind,
} from '../../../shared/strategy/strategy-relationships.schemas.ts';
import { toNumberOrNull, useStrategyLabels } from './use-strategy-labels.ts';

type RelationshipCardProps = {
  relationship: Relationship;
  index: number;
  members: { value: string; label: string }[];
  /** The star labels take clicks even inside a disabled fieldset, so the rating is told directly. */
  readOnly: boolean;
  onChange: (relationship: Relationship) => void;
  onRemove: () => void;
};

/** One group of people: who they are, why they matter, what they are worth and how the brand keeps in touch. */
export function RelationshipCard({ relationship, index, members, readOnly, onChange, onRemove }: RelationshipCardProps) {
  const { t } = useTranslation();
  const labels = useStrategyLabels();
  const valueLabelId = useId();
  const set = <F extends keyof Relationship>(field: F, value: Relationship[F]) => onChange({ ...relationship, [field]: value });
  const flow = <F extends keyof Relationship['flow']>(field: F, value: Relationship['flow'][F]) =>
    onChange({ ...relationship, flow: { ...relationship.flow, [field]: value } });
  const name = relationship.name.trim() || t('strategy.relationships.untitled', { number: index + 1 });
  const half = { base: 12, sm: 6 };
  const third = { base: 12, sm: 4 };

  return (
    <Card withBorder padding="md" component="fieldset" aria-label={name} style={{ margin: 0 }}>
      <Grid gap="sm" align="flex-end">
        <Grid.Col span={{ base: 10, sm: 11 }}>
          <TextInput
            label={t('strategy.relationships.name')}
            description={t('strategy.relationships.nameHelp')}
            value={relationship.name}
            onChange={(e) => set('name', e.currentTarget.value)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 2, sm: 1 }}>
          <ActionIcon variant="subtle" color="red" size="lg" onClick={onRemove} aria-label={t('strategy.relationships.remove', { name })}>
            <IconTrash size={18} aria-hidden />
          </ActionIcon>
        </Grid.Col>
        <Grid.Col span={half}>
          <Select
            label={t('strategy.relationships.kind')}
            data={RELATIONSHIP_KINDS.map((kind) => ({ value: kind, label: t(`strategy.relationships.kinds.${kind}`) }))}
            value={relationship.kind}
            allowDeselect={false}
            onChange={(kind) => kind && set('kind', kind as RelationshipKind)}
          />
        </Grid.Col>
        <Grid.Col span={half}>
          <NumberInput
            label={t('strategy.relationships.count')}
            min={0}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator
            value={relationship.count ?? ''}
            onChange={(v) => set('count', toNumberOrNull(v))}
          />
        </Grid.Col>
        <Grid.Col span={half}>
          <Textarea label={t('strategy.relationships.context')} autosize minRows={2} value={relationship.context} onChange={(e) => set('context', e.currentTarget.value)} />
        </Grid.Col>
        <Grid.Col span={half}>
          <Textarea label={t('strategy.relationships.relevance')} autosize minRows={2} value={relationship.relevance} onChange={(e) => set('relevance', e.currentTarget.value)} />
        </Grid.Col>
        <Grid.Col span={12}>
          <Text id={valueLabelId} size="sm" fw={500}>
            {t('strategy.relationships.value')}
          </Text>
          <Group gap="sm" mt={4}>
            <Rating
              // Read-only stars are plain pictures: they are named by what they show instead.
              {...(readOnly
                ? { role: 'img', 'aria-label': relationship.value ? t('strategy.relationships.valueOf', { value: relationship.value }) : t('strategy.relationships.noValue') }
                : { role: 'radiogroup', 'aria-labelledby': valueLabelId })}
              value={relationship.value ?? 0}
              getSymbolLabel={(value) => t('strategy.relationships.valueOf', { value })}
              onChange={(value) => set('value', value >= 1 ? value : null)}
              size="lg"
              readOnly={readOnly}
            />
            {relationship.value !== null && !readOnly && (
              <Button variant="subtle" size="compact-sm" onClick={() => set('value', null)}>
                {t('strategy.relationships.clearValue')}
              </Button>
            )}
          </Group>
        </Grid.Col>
        <Grid.Col span={12}>
          <Textarea
            label={t('strategy.relationships.valueReason')}
            autosize
            minRows={2}
            value={relationship.valueReason}
            onChange={(e) => set('valueReason', e.currentTarget.value)}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <Text fw={600} size="sm">
            {t('strategy.relationships.flow')}
          </Text>
        </Grid.Col>
        <Grid.Col span={third}>
          <Select
            label={t('strategy.relationships.channel')}
            data={CHANNEL_KEYS.map((key) => ({ value: key, label: labels.channel(key) }))}
            value={relationship.flow.channel}
            clearable
            searchable
            onChange={(channel) => flow('channel', channel as ChannelKey | null)}
          />
        </Grid.Col>
        <Grid.Col span={third}>
          <Select
            label={t('strategy.relationships.frequency')}
            data={CONTACT_FREQUENCIES.map((frequency) => ({ value: frequency, label: t(`strategy.relationships.frequencies.${frequency}`) }))}
            value={relationship.flow.frequency}
            clearable
            onChange={(frequency) => flow('frequency', frequency as ContactFrequency | null)}
          />
        </Grid.Col>
        <Grid.Col span={third}>
          <Select
            label={t('strategy.relationships.owner')}
            data={members}
            value={relationship.flow.ownerUserId}
            clearable
            searchable
            onChange={(owner) => flow('ownerUserId', owner)}
          />
        </Grid.Col>
      </Grid>
    </Card>
  );
}
