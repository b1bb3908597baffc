import { ActionIcon, Button, Card, Grid, Stack, Textarea, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { newId } from './use-strategy-labels.ts';

type NamedItem<K extends string> = { id: string; description: string } & Record<K, string>;

type NamedItemsProps<K extends string, T extends NamedItem<K>> = {
  items: T[];
  onChange: (items: T[]) => void;
  /** The field that names an item: segments have a `name`, strategic options a `title`. */
  nameField: K;
  /** Translation prefix holding name, description, add, remove and untitled (and optionally descriptionHelp). */
  labels: 'strategy.context.segments' | 'strategy.context.options';
  descriptionHelp?: boolean;
};

/** A list of items that are just a name and a description: customer segments, strategic options. */
export function NamedItems<K extends string, T extends NamedItem<K>>({ items, onChange, nameField, labels, descriptionHelp }: NamedItemsProps<K, T>) {
  const { t } = useTranslation();
  const change = (next: T) => onChange(items.map((item) => (item.id === next.id ? next : item)));

  return (
    <Stack gap="sm">
      {items.map((item, index) => {
        const name = item[nameField].trim() || t(`${labels}.untitled`, { number: index + 1 });
        return (
          <Card key={item.id} withBorder padding="md" component="fieldset" aria-label={name} style={{ margin: 0 }}>
            <Grid gap="sm" align="flex-end">
              <Grid.Col span={{ base: 10, sm: 11 }}>
                <TextInput label={t(`${labels}.name`)} value={item[nameField]} onChange={(e) => change({ ...item, [nameField]: e.currentTarget.value })} />
              </Grid.Col>
              <Grid.Col span={{ base: 2, sm: 1 }}>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  onClick={() => onChange(items.filter((other) => other.id !== item.id))}
                  aria-label={t(`${labels}.remove`, { name })}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Grid.Col>
              <Grid.Col span={12}>
                <Textarea
                  label={t(`${labels}.description`)}
                  description={descriptionHelp ? t(`${labels}.descriptionHelp`) : undefined}
                  autosize
                  minRows={2}
                  value={item.description}
                  onChange={(e) => change({ ...item, description: e.currentTarget.value })}
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
        onClick={() => onChange([...items, { id: newId(), [nameField]: '', description: '' } as T])}
      >
        {t(`${labels}.add`)}
      </Button>
    </Stack>
  );
}
