import { Badge, Box, Code, Group, Paper, Stack, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { StrategyChange } from '../../../shared/api/strategy.schemas.ts';
import { summarizeValue } from './diff-value.ts';

const KIND_COLORS: Record<StrategyChange['kind'], string> = { added: 'teal', removed: 'red', changed: 'blue' };
const SIDE_BACKGROUNDS = { before: 'var(--mantine-color-red-0)', after: 'var(--mantine-color-teal-0)' } as const;

function Value({ side, value }: { side: 'before' | 'after'; value: unknown }) {
  const { t } = useTranslation();
  const summary = summarizeValue(value);
  return (
    <Box p="xs" bg={SIDE_BACKGROUNDS[side]} style={{ borderRadius: 'var(--mantine-radius-sm)', flex: '1 1 200px', minWidth: 0 }}>
      <Text size="xs" fw={700} tt="uppercase" c="dark.6">
        {t(`strategy.versions.compare.${side}`)}
      </Text>
      {summary.kind === 'data' ? (
        <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', background: 'transparent', padding: 0 }}>
          {summary.text}
        </Code>
      ) : (
        <Text size="sm" fs={summary.kind === 'text' ? undefined : 'italic'} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {summary.kind === 'text' ? summary.text : t(`strategy.versions.compare.${summary.kind === 'empty' ? 'emptyValue' : 'noValue'}`)}
        </Text>
      )}
    </Box>
  );
}

type DiffChangeProps = { change: StrategyChange; path: string };

/** One changed field: what kind of change, where, and the value before and after. */
export function DiffChange({ change, path }: DiffChangeProps) {
  const { t } = useTranslation();
  return (
    <Paper component="li" withBorder p="sm">
      <Stack gap="xs">
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <Badge color={KIND_COLORS[change.kind]} variant="light" style={{ flexShrink: 0 }}>
            {t(`strategy.versions.compare.kind.${change.kind}`)}
          </Badge>
          <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }} title={change.path}>
            {path}
          </Text>
        </Group>
        <Group gap="xs" align="stretch" wrap="wrap">
          {change.kind !== 'added' && <Value side="before" value={change.before} />}
          {change.kind === 'changed' && (
            <Box style={{ alignSelf: 'center' }}>
              <IconArrowRight size={16} aria-hidden />
            </Box>
          )}
          {change.kind !== 'removed' && <Value side="after" value={change.after} />}
        </Group>
      </Stack>
    </Paper>
  );
}
