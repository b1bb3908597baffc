import { Alert, Grid, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { RetryableError } from '../../ui/components/error-alert.tsx';
import { LoadingState } from '../../ui/components/loading-state.tsx';
import { useCurrentWorkspace, useHasRole } from '../../ui/session/workspace-context.ts';
import { FindingsPanel } from './findings-panel.tsx';
import { RaciEditor } from './raci-editor.tsx';
import { useStrategy } from './strategy.queries.ts';

/** Step 1's part of the strategy on the Team page: the RACI, with the step's findings and progress beside it. */
export function RaciPanel() {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
  const canEdit = useHasRole('editor');
  const strategy = useStrategy(workspace.id);

  return (
    <Stack component="section" aria-labelledby="raci-heading" gap="md">
      <div>
        <Title order={2} size="h3" id="raci-heading">
          {t('strategy.raci.title')}
        </Title>
        <Text size="sm" c="dimmed" mt={4}>
          {t('strategy.raci.help')}
        </Text>
      </div>
      {strategy.isPending ? (
        <LoadingState />
      ) : strategy.isError ? (
        <RetryableError error={strategy.error} onRetry={() => strategy.refetch()} />
      ) : (
        <Grid gap="xl">
          <Grid.Col span={{ base: 12, xl: 9 }}>
            {!canEdit && (
              <Alert color="gray" variant="light" icon={<IconLock aria-hidden />} mb="md">
                {t('strategy.readOnly')}
              </Alert>
            )}
            <RaciEditor workspaceId={workspace.id} state={strategy.data} canEdit={canEdit} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, xl: 3 }}>
            <FindingsPanel state={strategy.data} step={1} />
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
