import { ActionIcon, Button, Card, Grid, Stack, Textarea, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CustomerSegment } from '../../../shared/strategy/strategy-context.schemas.ts';
import { newId } from './use-strategy-labels.ts';

type CustomerSegmentsProps = { segments: CustomerSegment[]; onChange: (segments: CustomerSegment[]) => void };

/** The groups of customers the business serves, each with a name and what sets it apart. */
export function CustomerSegments({ segments, onChange }: CustomerSegmentsProps) {
  const { t } = useTranslation();
  const change = (next: CustomerSegment) => onChange(segments.map((item) => (item.id === next.id ? next : item)));

  return (
    <Stack gap="sm">
      {segments.map((segment, index) => {
        const name = segment.name.trim() || t('strategy.context.segments.untitled', { number: index + 1 });
        return (
          <Card key={segment.id} withBorder padding="md" component="fieldset" aria-label={name} style={{ margin: 0 }}>
            <Grid gap="sm" align="flex-end">
              <Grid.Col span={{ base: 10, sm: 11 }}>
                <TextInput
                  label={t('strategy.context.segments.name')}
                  value={segment.name}
                  onChange={(e) => change({ ...segment, name: e.currentTarget.value })}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 2, sm: 1 }}>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  onClick={() => onChange(segments.filter((item) => item.id !== segment.id))}
                  aria-label={t('strategy.context.segments.remove', { name })}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Grid.Col>
              <Grid.Col span={12}>
                <Textarea
                  label={t('strategy.context.segments.description')}
                  description={t('strategy.context.segments.descriptionHelp')}
                  autosize
                  minRows={2}
                  value={segment.description}
                  onChange={(e) => change({ ...segment, description: e.currentTarget.value })}
                />
              </Grid.Col>
            </Grid>
          </Card>
        );
      })}
      <Button
        variant="light"
        style={{ alignSelf: 'flex-start' }}
        leftSection={<IconPlus size={16} aria-hidden />}
        onClick={() => onChange([...segments, { id: newId(), name: '', description: '' }])}
      >
        {t('strategy.context.segments.add')}
      </Button>
    </Stack>
  );
}
