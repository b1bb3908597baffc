import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../../ui/components/scroll-table.tsx';

type ImportSampleTableProps = { headers: string[]; rows: Record<string, string>[] };

/** Long cells are cut: the sample is there to recognise the columns, not to read the posts. */
const CELL_CHARS = 80;

function cell(value: string | undefined): string {
  if (value === undefined) return '';
  return value.length > CELL_CHARS ? `${value.slice(0, CELL_CHARS)}…` : value;
}

/** The first rows as the server read them, so a wrong encoding or delimiter shows at a glance. */
export function ImportSampleTable({ headers, rows }: ImportSampleTableProps) {
  const { t } = useTranslation();
  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('listening.imports.mapping.noRows')}
      </Text>
    );
  }
  return (
    <ScrollTable label={t('listening.imports.mapping.sample')} minWidth={Math.max(480, headers.length * 140)}>
      <Table striped withTableBorder verticalSpacing={4} fz="sm" data-testid="import-sample">
        <Table.Thead>
          <Table.Tr>
            {headers.map((header) => (
              <Table.Th key={header} scope="col" style={{ whiteSpace: 'nowrap' }}>
                {header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, index) => (
            // Sample rows have no identity of their own; their order is fixed.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <Table.Tr key={index}>
              {headers.map((header) => (
                <Table.Td key={header} maw={320} style={{ overflowWrap: 'anywhere' }}>
                  {cell(row[header])}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
