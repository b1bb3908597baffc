import { ActionIcon, Button, Card, Grid, Group, NativeSelect, NumberInput, Stack, TagsInput, Text, Textarea, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CrisisLevel } from '../../../shared/strategy/strategy-governance.schemas.ts';
import { CRISIS_LEVELS, nextLevel, sortLevels } from './governance-rules.ts';
import { newId, toNumberOrNull } from './use-strategy-labels.ts';

const SEVERITY_COLORS = ['red', 'orange', 'yellow', 'blue', 'gray'] as const;

type CrisisLevelsProps = { levels: CrisisLevel[]; onChange: (levels: CrisisLevel[]) => void };

/** The escalation ladder: for each severity, what it looks like, who is called and how fast. */
export function CrisisLevels({ levels, onChange }: CrisisLevelsProps) {
  const { t } = useTranslation();
  const set = (next: CrisisLevel) => onChange(sortLevels(levels.map((l) => (l.id === next.id ? next : l))));
  const add = () =>
    onChange(sortLevels([...levels, { id: newId(), level: nextLevel(levels), description: '', whoIsCalled: [], responseTimeMinutes: null }]));

  return (
    <Stack gap="sm" component="section" aria-labelledby="crisis-levels-heading">
      <Title order={3} size="h4" id="crisis-levels-heading">
        {t('strategy.governance.crisis.heading')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('strategy.governance.crisis.help')}
      </Text>
      {sortLevels(levels).map((level) => {
        const name = t('strategy.governance.crisis.levelName', { level: level.level });
        return (
          <Card
            key={level.id}
            withBorder
            padding="md"
            component="fieldset"
            aria-label={name}
            // Colour repeats the level number, never replaces it.
            style={{ margin: 0, borderLeft: `4px solid var(--mantine-color-${SEVERITY_COLORS[level.level - 1]}-6)` }}
          >
            <Grid gap="sm" align="flex-end">
              <Grid.Col span={{ base: 10, sm: 5 }}>
                <NativeSelect
                  label={t('strategy.governance.crisis.level')}
                  data={CRISIS_LEVELS.map((n) => ({ value: String(n), label: t(`strategy.governance.crisis.levels.${n}`) }))}
                  value={String(level.level)}
                  onChange={(e) => set({ ...level, level: Number(e.currentTarget.value) })}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }} order={{ base: 3, sm: 2 }}>
                <NumberInput
                  label={t('strategy.governance.crisis.responseTime')}
                  min={0}
                  allowDecimal={false}
                  allowNegative={false}
                  value={level.responseTimeMinutes ?? ''}
                  onChange={(v) => set({ ...level, responseTimeMinutes: toNumberOrNull(v) })}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 2, sm: 1 }} order={{ base: 2, sm: 3 }}>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  onClick={() => onChange(levels.filter((l) => l.id !== level.id))}
                  aria-label={t('strategy.governance.crisis.remove', { name })}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Grid.Col>
              <Grid.Col span={12} order={4}>
                <Textarea
                  label={t('strategy.governance.crisis.description')}
                  description={t('strategy.governance.crisis.descriptionHelp')}
                  autosize
                  minRows={2}
                  value={level.description}
                  onChange={(e) => set({ ...level, description: e.currentTarget.value })}
                />
              </Grid.Col>
              <Grid.Col span={12} order={5}>
                <TagsInput
                  label={t('strategy.governance.crisis.whoIsCalled')}
                  description={t('strategy.governance.crisis.whoIsCalledHelp')}
                  value={level.whoIsCalled}
                  onChange={(who) => set({ ...level, whoIsCalled: who })}
                />
              </Grid.Col>
            </Grid>
          </Card>
        );
      })}
      <Group>
        <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={add}>
          {t('strategy.governance.crisis.add')}
        </Button>
      </Group>
    </Stack>
  );
}
