import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { IconCoffee } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useParams } from 'react-router';
import { ApiError } from '../../ui/api/api-client.ts';
import { RetryableError } from '../../ui/components/error-alert.tsx';
import { LoadingState } from '../../ui/components/loading-state.tsx';
import { forgetWorkspace, rememberWorkspace } from '../../ui/lib/last-workspace.ts';
import { usePageTitle } from '../../ui/lib/use-page-title.ts';
import { WorkspaceContext } from '../../ui/session/workspace-context.ts';
import { useWorkspace } from './workspace.queries.ts';

function NoAccess() {
  const { t } = useTranslation();
  usePageTitle(t('workspace.noAccessTitle'));
  return (
    <Stack maw={560}>
      <Title order={1} size="h2">
        {t('workspace.noAccessTitle')}
      </Title>
      <Text>{t('workspace.noAccessBody')}</Text>
      <Text>
        <Anchor component={Link} to="/">
          {t('common.goHome')}
        </Anchor>
      </Text>
    </Stack>
  );
}

/** Loads the workspace in the URL once for all its sections and remembers it for next time. */
export function WorkspaceLayout() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const workspace = useWorkspace(workspaceId);
  const loaded = workspace.isSuccess;
  const missing = workspace.error instanceof ApiError && [400, 403, 404].includes(workspace.error.status);

  useEffect(() => {
    if (loaded) rememberWorkspace(workspaceId);
  }, [loaded, workspaceId]);
  useEffect(() => {
    if (missing) forgetWorkspace(workspaceId);
  }, [missing, workspaceId]);

  if (workspace.isPending) return <LoadingState />;
  if (missing) return <NoAccess />;
  if (workspace.isError) return <RetryableError error={workspace.error} onRetry={() => workspace.refetch()} />;

  return (
    <WorkspaceContext value={workspace.data}>
      {workspace.data.isDemo && (
        <Alert color="blue" variant="light" icon={<IconCoffee aria-hidden />} mb="lg">
          {t('workspace.demoNotice')}
        </Alert>
      )}
      <Outlet />
    </WorkspaceContext>
  );
}
