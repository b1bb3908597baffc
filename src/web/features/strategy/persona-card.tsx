import { ActionIcon, Card, Grid, MultiSelect, Select, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { JOURNEY_STAGES, type JourneyStage, type Persona } from '../../../shared/strategy/strategy-audience.schemas.ts';
import { CHANNEL_KEYS, type ChannelKey } from '../../../shared/strategy/strategy-channels.schemas.ts';
import { languageTagSchema } from '../../../shared/strategy/strategy-common.schemas.ts';
import { useStrategyLabels } from './use-strategy-labels.ts';

type PersonaCardProps = { persona: Persona; index: number; onChange: (persona: Persona) => void; onRemove: () => void };

type Psycho = keyof Persona['psychographics'];
const PSYCHOGRAPHICS: Psycho[] = ['values', 'interests', 'motivations', 'challenges'];

/** One persona: who they are, what drives them, where and when they are online, and how to talk to them. */
export function PersonaCard({ persona, index, onChange, onRemove }: PersonaCardProps) {
  const { t } = useTranslation();
  const labels = useStrategyLabels();
  const name = persona.name.trim() || t('strategy.personas.untitled', { number: index + 1 });
  const demo = <F extends keyof Persona['demographics']>(field: F, value: Persona['demographics'][F]) =>
    onChange({ ...persona, demographics: { ...persona.demographics, [field]: value } });
  const online = <F extends keyof Persona['onlineBehaviour']>(field: F, value: Persona['onlineBehaviour'][F]) =>
    onChange({ ...persona, onlineBehaviour: { ...persona.onlineBehaviour, [field]: value } });
  const demoText = (field: 'ageBand' | 'location' | 'occupation' | 'incomeBand') => (
    <Grid.Col span={{ base: 12, sm: 6 }}>
      <TextInput label={t(`strategy.personas.${field}`)} value={persona.demographics[field]} onChange={(e) => demo(field, e.currentTarget.value)} />
    </Grid.Col>
  );

  return (
    <Card withBorder padding="md" component="fieldset" aria-label={name} style={{ margin: 0 }}>
      <Grid gap="sm" align="flex-end">
        <Grid.Col span={{ base: 10, sm: 11 }}>
          <TextInput label={t('strategy.personas.name')} value={persona.name} onChange={(e) => onChange({ ...persona, name: e.currentTarget.value })} />
        </Grid.Col>
        <Grid.Col span={{ base: 2, sm: 1 }}>
          <ActionIcon variant="subtle" color="red" size="lg" onClick={onRemove} aria-label={t('strategy.personas.remove', { name })}>
            <IconTrash size={18} aria-hidden />
          </ActionIcon>
        </Grid.Col>
        <Grid.Col span={12}>
          <Text fw={600} size="sm">
            {t('strategy.personas.demographics')}
          </Text>
        </Grid.Col>
        {demoText('ageBand')}
        {demoText('location')}
        {demoText('occupation')}
        {demoText('incomeBand')}
        <Grid.Col span={12}>
          <TagsInput
            label={t('strategy.personas.languages')}
            description={t('strategy.personas.languagesHelp')}
            value={persona.demographics.languages}
            // A tag the schema refuses would make every later save fail, so it is dropped here.
            onChange={(tags) => demo('languages', tags.filter((tag) => languageTagSchema.safeParse(tag).success))}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <Text fw={600} size="sm">
            {t('strategy.personas.psychographics')}
          </Text>
        </Grid.Col>
        {PSYCHOGRAPHICS.map((field) => (
          <Grid.Col key={field} span={{ base: 12, sm: 6 }}>
            <TagsInput
              label={t(`strategy.personas.${field}`)}
              value={persona.psychographics[field]}
              onChange={(tags) => onChange({ ...persona, psychographics: { ...persona.psychographics, [field]: tags } })}
            />
          </Grid.Col>
        ))}
        <Grid.Col span={12}>
          <Text fw={600} size="sm">
            {t('strategy.personas.onlineBehaviour')}
          </Text>
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <MultiSelect
            label={t('strategy.personas.channels')}
            data={CHANNEL_KEYS.map((key) => ({ value: key, label: labels.channel(key) }))}
            value={persona.onlineBehaviour.channels}
            searchable
            onChange={(channels) => online('channels', channels as ChannelKey[])}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput label={t('strategy.personas.activeHours')} value={persona.onlineBehaviour.activeHours} onChange={(e) => online('activeHours', e.currentTarget.value)} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TagsInput label={t('strategy.personas.preferredFormats')} value={persona.onlineBehaviour.preferredFormats} onChange={(tags) => online('preferredFormats', tags)} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TagsInput label={t('strategy.personas.follows')} value={persona.onlineBehaviour.follows} onChange={(tags) => online('follows', tags)} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Select
            label={t('strategy.personas.journeyStage')}
            data={JOURNEY_STAGES.map((stage) => ({ value: stage, label: t(`strategy.journey.${stage}`) }))}
            value={persona.journeyStage}
            clearable
            onChange={(stage) => onChange({ ...persona, journeyStage: stage as JourneyStage | null })}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <Textarea
            label={t('strategy.personas.howToTalk')}
            autosize
            minRows={2}
            value={persona.howToTalk}
            onChange={(e) => onChange({ ...persona, howToTalk: e.currentTarget.value })}
          />
        </Grid.Col>
      </Grid>
    </Card>
  );
}
