import { Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionSummary } from '../../../shared/api/strategy.schemas.ts';
import type { Strategy } from '../../../shared/strategy/strategy.schemas.ts';
import { ErrorAlert } from '../../ui/components/error-alert.tsx';
import { LoadingState } from '../../ui/components/loading-state.tsx';
import { useCurrentWorkspace } from '../../ui/session/workspace-context.ts';
import { DiffList } from './diff-list.tsx';
import { useDiff, useVersion, type VersionRef } from './versions.queries.ts';

export type ComparePair = { from: VersionRef; to: VersionRef };

type VersionCompareProps = {
  versions: VersionSummary[];
  draft: Strategy;
  pair: ComparePair | null;
  onPairChange: (pair: ComparePair) => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
};

const toRef = (value: string): VersionRef => (value === 'current' ? 'current' : Number(value));

/** Any two of the published versions and the draft, side by side, field by field. */
export function VersionCompare({ versions, draft, pair, onPairChange, headingRef }: VersionCompareProps) {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
  // Until the user picks, the natural question: what changed since the last published version?
  const { from, to } = pair ?? { from: versions[0]?.number ?? 'current', to: 'current' };
  const diff = useDiff(workspace.id, from, to);
  const fromVersion = useVersion(workspace.id, from);
  const toVersion = useVersion(workspace.id, to);
  const documentOf = (ref: VersionRef, loaded: Strategy | undefined) => (ref === 'current' ? draft : loaded);
  // Newest first, so an item renamed in between is called by its new name.
  const documents = [documentOf(to, toVersion.data?.document), documentOf(from, fromVersion.data?.document)].filter((d) => d !== undefined);

  const options = [
    { value: 'current', label: t('strategy.versions.compare.draft') },
    ...versions.map((version) => ({ value: String(version.number), label: t('strategy.versions.compare.option', { number: version.number, label: version.label }) })),
  ];

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="compare-heading">
      <Stack gap="md">
        <div>
          <Title order={2} size="h3" id="compare-heading" ref={headingRef} tabIndex={-1} style={{ scrollMarginTop: 80 }}>
            {t('strategy.versions.compare.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('strategy.versions.compare.help')}
          </Text>
        </div>
        {versions.length === 0 ? (
          <Text c="dimmed">{t('strategy.versions.compare.needVersion')}</Text>
        ) : (
          <>
            <Group grow align="flex-start" wrap="wrap">
              <NativeSelect
                label={t('strategy.versions.compare.from')}
                data={options}
                value={String(from)}
                onChange={(event) => onPairChange({ from: toRef(event.currentTarget.value), to })}
                miw={220}
              />
              <NativeSelect
                label={t('strategy.versions.compare.to')}
                data={options}
                value={String(to)}
                onChange={(event) => onPairChange({ from, to: toRef(event.currentTarget.value) })}
                miw={220}
              />
            </Group>
            {diff.isPending ? (
              <LoadingState />
            ) : diff.isError ? (
              <ErrorAlert error={diff.error} title={t('strategy.versions.compare.failed')} />
            ) : (
              <DiffList changes={diff.data.changes} documents={documents} />
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
