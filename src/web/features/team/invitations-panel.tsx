import { Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Team } from '../../../shared/api/workspace.schemas.ts';
import { ErrorAlert } from '../../ui/components/error-alert.tsx';
import { LoadingState } from '../../ui/components/loading-state.tsx';
import { useCurrentWorkspace } from '../../ui/session/workspace-context.ts';
import { CreatedInvitation } from './created-invitation.tsx';
import { InvitationsTable } from './invitations-table.tsx';
import { InviteForm } from './invite-form.tsx';
import { useInvitations } from './team.queries.ts';

/** Admins bring people in here; the freshly created link is held only in this component's state. */
export function InvitationsPanel({ team }: { team: Team }) {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
  const invitations = useInvitations(workspace.id, true);
  const [created, setCreated] = useState<{ email: string; url: string } | null>(null);

  return (
    <Stack component="section" aria-labelledby="invitations-heading" gap="md">
      <div>
        <Title order={2} size="h3" id="invitations-heading">
          {t('team.invitations.title')}
        </Title>
        <Text c="dimmed">{t('team.invitations.intro')}</Text>
      </div>
      <Paper withBorder p="md">
        <Stack>
          <Title order={3} size="h4">
            {t('team.invite.title')}
          </Title>
          {created && <CreatedInvitation email={created.email} url={created.url} onDismiss={() => setCreated(null)} />}
          <InviteForm team={team} onCreated={setCreated} />
        </Stack>
      </Paper>
      <Title order={3} size="h4">
        {t('team.invitations.listTitle')}
      </Title>
      {invitations.isPending && <LoadingState />}
      {invitations.isError && <ErrorAlert error={invitations.error} />}
      {invitations.data && <InvitationsTable invitations={invitations.data} />}
    </Stack>
  );
}
