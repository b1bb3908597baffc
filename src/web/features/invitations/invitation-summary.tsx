import { Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InvitationPreview } from '../../../shared/api/workspace.schemas.ts';
import { useFormatters } from '../../ui/lib/use-formatters.ts';

/** What the invitee is agreeing to, before they create an account or accept. */
export function InvitationSummary({ preview }: { preview: InvitationPreview }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Stack gap="sm">
      <Title order={1} size="h2">
        {t('invite.title', { workspace: preview.workspaceName })}
      </Title>
      <Text>{t('invite.intro', { inviter: preview.invitedByName, workspace: preview.workspaceName, organization: preview.organizationName })}</Text>
      <Table variant="vertical" withTableBorder layout="fixed">
        <Table.Tbody>
          <Table.Tr>
            <Table.Th scope="row" w="40%">{t('invite.organization')}</Table.Th>
            <Table.Td>{preview.organizationName}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">{t('fields.email')}</Table.Th>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{preview.email}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">{t('fields.role')}</Table.Th>
            <Table.Td>
              <Group gap="xs">
                <Badge variant="light">{t(`roles.${preview.role}`)}</Badge>
                <Text size="sm" c="dimmed">
                  {t(`roleDescriptions.${preview.role}`)}
                </Text>
              </Group>
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">{t('fields.businessFunction')}</Table.Th>
            <Table.Td>{t(`functions.${preview.businessFunction}`)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">{t('invite.expires')}</Table.Th>
            <Table.Td>{format.dateTime(preview.expiresAt)}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
