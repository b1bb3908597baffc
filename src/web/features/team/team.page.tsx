import { Paper, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { hasRole } from '../../../shared/roles.ts';
import { RetryableError } from '../../ui/components/error-alert.tsx';
import { LoadingState } from '../../ui/components/loading-state.tsx';
import { PageHeader } from '../../ui/components/page-header.tsx';
import { useCurrentWorkspace } from '../../ui/session/workspace-context.ts';
import { RaciPanel } from '../strategy/raci-panel.tsx';
import { FunctionCoverage } from './function-coverage.tsx';
import { InvitationsPanel } from './invitations-panel.tsx';
import { MembersTable } from './members-table.tsx';
import { useTeam } from './team.queries.ts';

/** Step 1 of the method: who is on the team, which business functions they bring, who is missing, and who does what. */
export function TeamPage() {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
  const team = useTeam(workspace.id);
  const isAdmin = hasRole(workspace.myRole, 'admin');

  return (
    <Stack gap="xl">
      <PageHeader
        eyebrow={t('sections.stepOf', { step: 1, total: 7 })}
        title={t('sections.team.title')}
        description={t('sections.team.purpose')}
      />
      {team.isPending && <LoadingState />}
      {team.isError && <RetryableError error={team.error} onRetry={() => team.refetch()} />}
      {team.data && (
        <>
          <Paper withBorder p="lg">
            <FunctionCoverage team={team.data} />
          </Paper>
          <Paper withBorder p="lg">
            <MembersTable team={team.data} />
          </Paper>
          <Paper withBorder p="lg">
            <RaciPanel />
          </Paper>
          {isAdmin && (
            <Paper withBorder p="lg">
              <InvitationsPanel team={team.data} />
            </Paper>
          )}
        </>
      )}
    </Stack>
  );
}
