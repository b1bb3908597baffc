import { ActionIcon, Button, Card, Group, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SWOT_KINDS, type SwotFinding, type SwotKind } from '../../../shared/strategy/strategy-context.schemas.ts';
import { newId } from './use-strategy-labels.ts';

// Internal factors on the top row, external on the bottom; helpful on the left, harmful on the right.
const KIND_COLORS: Record<SwotKind, string> = { strength: 'teal', weakness: 'orange', opportunity: 'blue', threat: 'red' };

type SwotFindingsProps = { findings: SwotFinding[]; onChange: (findings: SwotFinding[]) => void };

/** SWOT as the familiar 2×2 grid; the document keeps one list, each finding tagged with its kind. */
export function SwotFindings({ findings, onChange }: SwotFindingsProps) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      {SWOT_KINDS.map((kind) => (
        <SwotQuadrant key={kind} kind={kind} findings={findings} onChange={onChange} />
      ))}
    </SimpleGrid>
  );
}

type SwotQuadrantProps = SwotFindingsProps & { kind: SwotKind };

function SwotQuadrant({ kind, findings, onChange }: SwotQuadrantProps) {
  const { t } = useTranslation();
  const mine = findings.filter((finding) => finding.kind === kind);
  const headingId = `swot-${kind}-heading`;
  const setText = (id: string, text: string) => onChange(findings.map((item) => (item.id === id ? { ...item, text } : item)));

  return (
    <Card
      withBorder
      padding="md"
      component="section"
      aria-labelledby={headingId}
      style={{ borderTop: `4px solid var(--mantine-color-${KIND_COLORS[kind]}-6)` }}
    >
      <Stack gap="xs">
        <Title order={4} size="h5" id={headingId}>
          {t(`strategy.context.swot.${kind}.title`)}
        </Title>
        <Text size="xs" c="dimmed">
          {t(`strategy.context.swot.${kind}.help`)}
        </Text>
        {mine.map((finding, index) => {
          const number = index + 1;
          return (
            <Group key={finding.id} gap="xs" align="flex-end" wrap="nowrap">
              <Textarea
                style={{ flex: 1 }}
                label={t(`strategy.context.swot.${kind}.item`, { number })}
                autosize
                minRows={1}
                value={finding.text}
                onChange={(e) => setText(finding.id, e.currentTarget.value)}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                onClick={() => onChange(findings.filter((item) => item.id !== finding.id))}
                aria-label={t(`strategy.context.swot.${kind}.remove`, { number })}
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Group>
          );
        })}
        <Button
          variant="subtle"
          size="xs"
          style={{ alignSelf: 'flex-start' }}
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => onChange([...findings, { id: newId(), kind, text: '' }])}
        >
          {t(`strategy.context.swot.${kind}.add`)}
        </Button>
      </Stack>
    </Card>
  );
}
