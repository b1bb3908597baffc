import { Badge, Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Invitation, InvitationStatus } from '../../../shared/api/workspace.schemas.ts';
import { ErrorAlert } from '../../ui/components/error-alert.tsx';
import { ScrollTable } from '../../ui/components/scroll-table.tsx';
import { useFormatters } from '../../ui/lib/use-formatters.ts';
import { useCurrentWorkspace } from '../../ui/session/workspace-context.ts';
import { useRevokeInvitation } from './team.queries.ts';

const STATUS_COLORS: Record<InvitationStatus, string> = {
  pending: 'blue',
  accepted: 'teal',
  revoked: 'gray',
  expired: 'orange',
};

export function InvitationsTable({ invitations }: { invitations: Invitation[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const workspace = useCurrentWorkspace();
  const revoke = useRevokeInvitation(workspace.id);

  if (invitations.length === 0) return <Text c="dimmed">{t('team.invitations.empty')}</Text>;

  return (
    <>
      <ErrorAlert error={revoke.error} />
      <ScrollTable label={t('team.invitations.listTitle')} minWidth={760}>
        <Table verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('fields.email')}</Table.Th>
              <Table.Th scope="col">{t('fields.role')}</Table.Th>
              <Table.Th scope="col">{t('fields.businessFunction')}</Table.Th>
              <Table.Th scope="col">{t('team.invitations.status')}</Table.Th>
              <Table.Th scope="col">{t('team.invitations.expires')}</Table.Th>
              <Table.Th scope="col">{t('team.invitations.invitedBy')}</Table.Th>
              <Table.Th scope="col">{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {invitations.map((invitation) => (
              <Table.Tr key={invitation.id}>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{invitation.email}</Table.Td>
                <Table.Td>{t(`roles.${invitation.role}`)}</Table.Td>
                <Table.Td>{t(`functions.${invitation.businessFunction}`)}</Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLORS[invitation.status]} variant="light">
                    {t(`invitationStatus.${invitation.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{format.dateTime(invitation.expiresAt)}</Table.Td>
                <Table.Td>{invitation.invitedByName}</Table.Td>
                <Table.Td>
                  {invitation.status === 'pending' && (
                    <Button
                      variant="subtle"
                      color="red"
                      size="xs"
                      loading={revoke.isPending && revoke.variables === invitation.id}
                      onClick={() => revoke.mutate(invitation.id)}
                    >
                      {t('team.invitations.revoke')}
                      <VisuallyHidden> {invitation.email}</VisuallyHidden>
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </>
  );
}
