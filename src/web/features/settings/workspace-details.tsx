import { Alert, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../../../shared/api/workspace.schemas.ts';
import { LOCALE_NAMES } from '../../ui/i18n.ts';
import { monthName, useFormatters } from '../../ui/lib/use-formatters.ts';

/** What members below admin see: the same settings, without the means to change them. */
export function WorkspaceDetails({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const rows: [string, string][] = [
    [t('workspace.fields.name'), workspace.name],
    [t('workspace.fields.description'), workspace.description || '—'],
    [t('workspace.fields.organization'), workspace.organizationName],
    [t('workspace.fields.defaultLocale'), LOCALE_NAMES[workspace.defaultLocale]],
    [t('workspace.fields.timezone'), workspace.timezone],
    [t('workspace.fields.fiscalYearStartMonth'), monthName(workspace.fiscalYearStartMonth, format.locale)],
    [t('settings.createdAt'), format.date(workspace.createdAt)],
  ];
  return (
    <>
      <Alert color="blue" variant="light" mb="md" maw={720}>
        {t('settings.adminsOnly', { role: t(`roles.${workspace.myRole}`) })}
      </Alert>
      <Table variant="vertical" withTableBorder maw={720} layout="fixed">
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row" w="35%">
                {label}
              </Table.Th>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
