import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

type ProofPointsProps = { points: string[]; onChange: (points: string[]) => void };

/** The facts that make the differentiator believable; each one a short line. */
export function ProofPoints({ points, onChange }: ProofPointsProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" component="section" aria-labelledby="proof-points-heading">
      <Text fw={600} size="sm" id="proof-points-heading">
        {t('strategy.oneThing.proofPoints')}
      </Text>
      <Text size="sm" c="dimmed">
        {t('strategy.oneThing.proofPointsHelp')}
      </Text>
      {points.map((point, index) => {
        const number = index + 1;
        return (
          // Proof points are plain strings without ids; position is their identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: list of plain strings
          <Group key={index} gap="xs" align="flex-end" wrap="nowrap">
            <TextInput
              style={{ flex: 1 }}
              label={t('strategy.oneThing.proofPoint', { number })}
              value={point}
              onChange={(e) => {
                const text = e.currentTarget.value;
                onChange(points.map((item, i) => (i === index ? text : item)));
              }}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              onClick={() => onChange(points.filter((_, i) => i !== index))}
              aria-label={t('strategy.oneThing.removeProofPoint', { number })}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        );
      })}
      <Button variant="subtle" size="xs" style={{ alignSelf: 'flex-start' }} leftSection={<IconPlus size={14} aria-hidden />} onClick={() => onChange([...points, ''])}>
        {t('strategy.oneThing.addProofPoint')}
      </Button>
    </Stack>
  );
}
