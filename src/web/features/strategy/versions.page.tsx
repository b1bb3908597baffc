import { Alert, Container, Grid, Stack } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RetryableError } from '../../ui/components/error-alert.tsx';
import { LoadingState } from '../../ui/components/loading-state.tsx';
import { PageHeader } from '../../ui/components/page-header.tsx';
import { useCurrentWorkspace, useHasRole } from '../../ui/session/workspace-context.ts';
import { ExportFiles } from './export-files.tsx';
import { ImportStrategy } from './import-strategy.tsx';
import { PublishVersionForm } from './publish-version-form.tsx';
import { useStrategy } from './strategy.queries.ts';
import { type ComparePair, VersionCompare } from './version-compare.tsx';
import { useRefreshComparison, useVersions } from './versions.queries.ts';
import { VersionsTable } from './versions-table.tsx';

/** Versions and files: publish at each review, compare any two, and move the strategy in and out as files. */
export function VersionsPage() {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
  const canEdit = useHasRole('editor');
  const strategy = useStrategy(workspace.id);
  const versions = useVersions(workspace.id);
  const [pair, setPair] = useState<ComparePair | null>(null);
  const compareHeading = useRef<HTMLHeadingElement>(null);
  const refreshComparison = useRefreshComparison(workspace.id);

  const compareWithDraft = (number: number) => {
    setPair({ from: number, to: 'current' });
    void refreshComparison();
    // The comparison sits below the list: take keyboard and screen reader users there too.
    compareHeading.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    compareHeading.current?.focus({ preventScroll: true });
  };

  const loading = strategy.isPending || versions.isPending;
  const failed = strategy.isError ? strategy : versions.isError ? versions : null;

  return (
    <Container size="xl" px={0}>
      <PageHeader title={t('sections.versions.title')} description={t('sections.versions.purpose')} />
      {loading ? (
        <LoadingState />
      ) : failed ? (
        <RetryableError error={failed.error} onRetry={() => failed.refetch()} />
      ) : (
        <Stack gap="xl">
          <Grid gap="xl">
            <Grid.Col span={{ base: 12, md: 8 }}>
              {canEdit ? (
                <PublishVersionForm workspaceId={workspace.id} revision={strategy.data?.revision ?? 0} />
              ) : (
                <Alert color="gray" variant="light" icon={<IconLock aria-hidden />}>
                  {t('strategy.versions.readOnly')}
                </Alert>
              )}
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <ExportFiles workspaceId={workspace.id} />
            </Grid.Col>
          </Grid>
          <VersionsTable versions={versions.data?.versions ?? []} onCompare={compareWithDraft} />
          <Grid gap="xl">
            <Grid.Col span={{ base: 12, md: canEdit ? 8 : 12 }}>
              {strategy.data && (
                <VersionCompare
                  headingRef={compareHeading}
                  versions={versions.data?.versions ?? []}
                  draft={strategy.data.document}
                  pair={pair}
                  onPairChange={setPair}
                />
              )}
            </Grid.Col>
            {canEdit && strategy.data && (
              <Grid.Col span={{ base: 12, md: 4 }}>
                <ImportStrategy workspaceId={workspace.id} revision={strategy.data.revision} />
              </Grid.Col>
            )}
          </Grid>
        </Stack>
      )}
    </Container>
  );
}
