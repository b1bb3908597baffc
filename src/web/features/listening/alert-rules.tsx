import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EditDeleteActions } from '../../ui/components/edit-delete-actions.tsx';
import { ScrollTable } from '../../ui/components/scroll-table.tsx';
import { useFormatters } from '../../ui/lib/use-formatters.ts';
import type { AlertRule } from './listening-manage.queries.ts';
import type { ListeningLabels } from './use-listening-labels.ts';

type AlertRulesProps = {
  rules: AlertRule[];
  labels: ListeningLabels;
  canEdit: boolean;
  onAdd: () => void;
  onEdit: (rule: AlertRule) => void;
  onDelete: (rule: AlertRule) => void;
};

/** When the team wants to hear about a spike, and where the alert is sent besides the app. */
export function AlertRules({ rules, labels, canEdit, onAdd, onEdit, onDelete }: AlertRulesProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const ruleName = (rule: AlertRule) => `${t(`listening.alerts.kinds.${rule.kind}`)} · ${labels.topic(rule.topicId)}`;

  return (
    <Stack gap="sm" component="section" aria-labelledby="alert-rules-heading">
      <Group justify="space-between" wrap="wrap">
        <Title order={2} size="h3" id="alert-rules-heading">
          {t('listening.alerts.rules.title')}
        </Title>
        {canEdit && (
          <Button size="sm" leftSection={<IconPlus size={16} aria-hidden />} onClick={onAdd}>
            {t('listening.alerts.rules.add')}
          </Button>
        )}
      </Group>
      {rules.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('listening.alerts.rules.empty')}
        </Text>
      ) : (
        <ScrollTable label={t('listening.alerts.rules.title')} minWidth={720}>
          <Table verticalSpacing="xs" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('listening.alerts.form.topic')}</Table.Th>
                <Table.Th scope="col">{t('listening.alerts.form.kind')}</Table.Th>
                <Table.Th scope="col">{t('listening.alerts.rules.threshold')}</Table.Th>
                <Table.Th scope="col">{t('listening.alerts.rules.webhook')}</Table.Th>
                <Table.Th scope="col">{t('listening.alerts.rules.state')}</Table.Th>
                {canEdit && <Table.Th scope="col">{t('common.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rules.map((rule) => (
                <Table.Tr key={rule.id} data-testid="alert-rule-row">
                  <Table.Td>{labels.topic(rule.topicId)}</Table.Td>
                  <Table.Td>{t(`listening.alerts.kinds.${rule.kind}`)}</Table.Td>
                  <Table.Td>{t('listening.alerts.rules.thresholdValue', { factor: format.number(rule.factor), min: format.number(rule.minMentions) })}</Table.Td>
                  <Table.Td maw={260} style={{ overflowWrap: 'anywhere' }}>
                    {rule.webhookUrl ?? (
                      <Text size="sm" c="dimmed">
                        {t('listening.alerts.rules.inAppOnly')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={rule.enabled ? 'teal' : 'gray'}>
                      {rule.enabled ? t('listening.alerts.rules.on') : t('listening.alerts.rules.off')}
                    </Badge>
                  </Table.Td>
                  {canEdit && (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <EditDeleteActions
                          onEdit={() => onEdit(rule)}
                          onDelete={() => onDelete(rule)}
                          editLabel={t('listening.alerts.rules.edit', { name: ruleName(rule) })}
                          deleteLabel={t('listening.alerts.rules.delete', { name: ruleName(rule) })}
                        />
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Stack>
  );
}
