import { ActionIcon, Button, Card, Grid, Stack, Textarea, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { StrategicOption } from '../../../shared/strategy/strategy-context.schemas.ts';
import { newId } from './use-strategy-labels.ts';

type StrategicOptionsProps = { options: StrategicOption[]; onChange: (options: StrategicOption[]) => void };

/** The routes the team considered, so the chosen one is a decision rather than a default. */
export function StrategicOptions({ options, onChange }: StrategicOptionsProps) {
  const { t } = useTranslation();
  const change = (next: StrategicOption) => onChange(options.map((item) => (item.id === next.id ? next : item)));

  return (
    <Stack gap="sm">
      {options.map((option, index) => {
        const name = option.title.trim() || t('strategy.context.options.untitled', { number: index + 1 });
        return (
          <Card key={option.id} withBorder padding="md" component="fieldset" aria-label={name} style={{ margin: 0 }}>
            <Grid gap="sm" align="flex-end">
              <Grid.Col span={{ base: 10, sm: 11 }}>
                <TextInput
                  label={t('strategy.context.options.name')}
                  value={option.title}
                  onChange={(e) => change({ ...option, title: e.currentTarget.value })}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 2, sm: 1 }}>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  onClick={() => onChange(options.filter((item) => item.id !== option.id))}
                  aria-label={t('strategy.context.options.remove', { name })}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Grid.Col>
              <Grid.Col span={12}>
                <Textarea
                  label={t('strategy.context.options.description')}
                  autosize
                  minRows={2}
                  value={option.description}
                  onChange={(e) => change({ ...option, description: e.currentTarget.value })}
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
        onClick={() => onChange([...options, { id: newId(), title: '', description: '' }])}
      >
        {t('strategy.context.options.add')}
      </Button>
    </Stack>
  );
}
