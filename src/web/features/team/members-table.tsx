import { Badge, Button, NativeSelect, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member, Team } from '../../../shared/api/workspace.schemas.ts';
import {
  assignableRoles,
  BUSINESS_FUNCTIONS,
  businessFunctionSchema,
  hasRole,
  workspaceRoleSchema,
} from '../../../shared/roles.ts';
import { ErrorAlert } from '../../ui/components/error-alert.tsx';
import { ScrollTable } from '../../ui/components/scroll-table.tsx';
import { useFormatters } from '../../ui/lib/use-formatters.ts';
import { useCurrentSession } from '../../ui/session/session-context.ts';
import { useCurrentWorkspace } from '../../ui/session/workspace-context.ts';
import { RemoveMemberDialog } from './remove-member-dialog.tsx';
import { useUpdateMember } from './team.queries.ts';

export function MembersTable({ team }: { team: Team }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { user } = useCurrentSession();
  const workspace = useCurrentWorkspace();
  const update = useUpdateMember(workspace.id);
  const [removing, setRemoving] = useState<Member | null>(null);

  const isAdmin = hasRole(workspace.myRole, 'admin');
  const roles = assignableRoles(workspace.myRole);
  const roleOptions = roles.map((role) => ({ value: role, label: t(`roles.${role}`) }));
  const functionOptions = BUSINESS_FUNCTIONS.map((fn) => ({ value: fn, label: t(`functions.${fn}`) }));

  const change = (member: Member, input: Partial<Pick<Member, 'role' | 'businessFunction'>>) =>
    update.mutate({ userId: member.userId, input });

  return (
    <Stack component="section" aria-labelledby="members-heading" gap="md">
      <Title order={2} size="h3" id="members-heading">
        {t('team.members.title')}
      </Title>
      <ErrorAlert error={update.error} title={t('team.members.updateFailed')} />
      <ScrollTable label={t('team.members.title')} minWidth={720}>
        <Table verticalSpacing="sm" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('team.members.name')}</Table.Th>
              <Table.Th scope="col">{t('fields.email')}</Table.Th>
              <Table.Th scope="col">{t('fields.role')}</Table.Th>
              <Table.Th scope="col">{t('fields.businessFunction')}</Table.Th>
              <Table.Th scope="col">{t('team.members.joined')}</Table.Th>
              {isAdmin && <Table.Th scope="col">{t('common.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {team.members.map((member) => {
              const isSelf = member.userId === user.id;
              // Admins cannot touch an owner's role: that would hand out or take away powers they do not hold.
              const canChangeRole = isAdmin && roles.includes(member.role);
              const canChangeFunction = isAdmin || isSelf;
              return (
                <Table.Tr key={member.userId}>
                  <Table.Td>
                    <Text fw={500}>{member.name}</Text>
                    {isSelf && (
                      <Text size="xs" c="dimmed">
                        {t('team.members.you')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{member.email}</Table.Td>
                  <Table.Td>
                    {canChangeRole ? (
                      <NativeSelect
                        aria-label={t('team.members.roleFor', { name: member.name })}
                        miw={150}
                        data={roleOptions}
                        value={member.role}
                        onChange={(event) => change(member, { role: workspaceRoleSchema.parse(event.currentTarget.value) })}
                      />
                    ) : (
                      <Badge variant="light">{t(`roles.${member.role}`)}</Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {canChangeFunction ? (
                      <NativeSelect
                        aria-label={t('team.members.functionFor', { name: member.name })}
                        miw={170}
                        data={functionOptions}
                        value={member.businessFunction}
                        onChange={(event) =>
                          change(member, { businessFunction: businessFunctionSchema.parse(event.currentTarget.value) })
                        }
                      />
                    ) : (
                      t(`functions.${member.businessFunction}`)
                    )}
                  </Table.Td>
                  <Table.Td>{format.date(member.joinedAt)}</Table.Td>
                  {isAdmin && (
                    <Table.Td>
                      {!isSelf && (
                        <Button variant="subtle" color="red" size="xs" onClick={() => setRemoving(member)}>
                          {t('team.members.remove')}
                          {/* Visible text first, then who: an aria-label would hide the visible word from speech control. */}
                          <VisuallyHidden> {member.name}</VisuallyHidden>
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      <RemoveMemberDialog member={removing} onClose={() => setRemoving(null)} />
    </Stack>
  );
}
