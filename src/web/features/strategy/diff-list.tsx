import { Alert, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { IconEqual } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { StrategyChange } from '../../../shared/api/strategy.schemas.ts';
import { useFormatters } from '../../ui/lib/use-formatters.ts';
import { DiffChange } from './diff-change.tsx';
import { type DescribedPath, describeDiffPath } from './diff-path.ts';
import { useDiffLabels } from './use-diff-labels.ts';

type DiffListProps = {
  changes: StrategyChange[];
  /** Where items are looked up by id to be named; newest first. */
  documents: unknown[];
};

type SectionGroup = { section: string; entries: { change: StrategyChange; described: DescribedPath }[] };

/** Changes grouped by the section they belong to, in the order the diff lists them (document order). */
function groupBySection(changes: StrategyChange[], documents: unknown[]): SectionGroup[] {
  const groups = new Map<string, SectionGroup>();
  for (const change of changes) {
    const described = describeDiffPath(change.path, documents);
    const group = groups.get(described.section) ?? { section: described.section, entries: [] };
    group.entries.push({ change, described });
    groups.set(described.section, group);
  }
  return [...groups.values()];
}

export function DiffList({ changes, documents }: DiffListProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useDiffLabels();

  if (changes.length === 0) {
    return (
      <Alert color="gray" variant="light" icon={<IconEqual aria-hidden />} role="status">
        {t('strategy.versions.compare.noDifferences')}
      </Alert>
    );
  }

  return (
    <Stack gap="lg">
      <Text fw={600} role="status">
        {t('strategy.versions.compare.count', { total: format.number(changes.length) })}
      </Text>
      {groupBySection(changes, documents).map((group) => {
        const title = labels.section(group.section);
        return (
          <Stack key={group.section} gap="xs" component="section" aria-label={title}>
            <Group gap="xs">
              <Title order={3} size="h4">
                {title}
              </Title>
              <Badge variant="light" color="gray">
                {format.number(group.entries.length)}
              </Badge>
            </Group>
            <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
              {group.entries.map(({ change, described }) => (
                <DiffChange key={`${change.kind}:${change.path}`} change={change} path={labels.path(described.parts) || title} />
              ))}
            </Stack>
          </Stack>
        );
      })}
    </Stack>
  );
}
