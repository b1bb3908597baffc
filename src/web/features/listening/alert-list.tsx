import { Badge, Button, Stack, Table, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { alertSchema } from '../../../shared/api/listening.schemas.ts';
import { formatDate } from '../../../shared/locales.ts';
import { ErrorAlert } from '../../ui/components/error-alert.tsx';
import { ScrollTable } from '../../ui/components/scroll-table.tsx';
import { useFormatters } from '../../ui/lib/use-formatters.ts';
import { useCurrentWorkspace } from '../../ui/session/workspace-context.ts';
import { type AlertRule, useMarkAlertRead } from './listening-manage.queries.ts';
import type { ListeningLabels } from './use-listening-labels.ts';

type Alert = z.infer<typeof alertSchema>;

/** The server records `sent 200` or `failed: …` (in English, for whoever reads the logs); the badge says it in the reader's language. */
function WebhookStatus({ status, hasWebhook, t }: { status: string | null; hasWebhook: boolean; t: TFunction }) {
  if (status === null) {
    return <Text size="sm" c="dimmed">{hasWebhook ? t('listening.alerts.webhook.pending') : t('listening.alerts.webhook.none')}</Text>;
  }
  const sent = status.startsWith('sent');
  return (
    <Tooltip label={status} withArrow>
      <Badge variant="light" color={sent ? 'teal' : 'red'} tabIndex={0}>
        {sent ? t('listening.alerts.webhook.sent') : t('listening.alerts.webhook.failed')}
      </Badge>
    </Tooltip>
  );
}

type AlertListProps = { alerts: Alert[]; rules: AlertRule[]; labels: ListeningLabels; canMarkRead: boolean };

/** The latest alerts, unread first in weight: what spiked, on which day, against what was usual. */
export function AlertList({ alerts, rules, labels, canMarkRead }: AlertListProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const workspace = useCurrentWorkspace();
  const markRead = useMarkAlertRead(workspace.id);
  const webhookOf = new Map(rules.map((rule) => [rule.id, rule.webhookUrl !== null]));
  // Alert days are calendar days in the workspace's zone, stored without a time: format them as such.
  const day = (value: string) => formatDate(value, format.locale, format.calendar, 'UTC');

  return (
    <Stack gap="sm" component="section" aria-labelledby="alert-list-heading">
      <Title order={2} size="h3" id="alert-list-heading">
        {t('listening.alerts.list.title')}
      </Title>
      <ErrorAlert error={markRead.error} />
      {alerts.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('listening.alerts.list.empty')}
        </Text>
      ) : (
        <ScrollTable label={t('listening.alerts.list.title')} minWidth={820}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('listening.alerts.list.day')}</Table.Th>
                <Table.Th scope="col">{t('listening.alerts.form.topic')}</Table.Th>
                <Table.Th scope="col">{t('listening.alerts.form.kind')}</Table.Th>
                <Table.Th scope="col">{t('listening.alerts.list.observed')}</Table.Th>
                <Table.Th scope="col">{t('listening.alerts.rules.webhook')}</Table.Th>
                <Table.Th scope="col">{t('listening.alerts.list.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {alerts.map((alert) => (
                <Table.Tr key={alert.id} fw={alert.read ? undefined : 700} data-testid="alert-row">
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{day(alert.day)}</Table.Td>
                  <Table.Td>{labels.topic(alert.topicId)}</Table.Td>
                  <Table.Td>{t(`listening.alerts.kinds.${alert.kind}`)}</Table.Td>
                  <Table.Td>
                    {t('listening.alerts.list.observedValue', {
                      observed: format.number(alert.observed),
                      baseline: formatNumberShort(alert.baseline, format.number),
                    })}
                  </Table.Td>
                  <Table.Td>
                    <WebhookStatus status={alert.webhookStatus} hasWebhook={webhookOf.get(alert.ruleId) ?? false} t={t} />
                  </Table.Td>
                  <Table.Td>
                    {alert.read ? (
                      <Text size="sm" c="dimmed" fw={400}>
                        {t('listening.alerts.list.read')}
                      </Text>
                    ) : canMarkRead ? (
                      <Button
                        size="xs"
                        variant="light"
                        leftSection={<IconCheck size={14} aria-hidden />}
                        loading={markRead.isPending && markRead.variables === alert.id}
                        onClick={() => markRead.mutate(alert.id)}
                      >
                        {t('listening.alerts.list.markRead')}
                        <VisuallyHidden> {t('listening.alerts.list.alertOf', { day: day(alert.day), topic: labels.topic(alert.topicId) })}</VisuallyHidden>
                      </Button>
                    ) : (
                      <Badge color="red" variant="light">
                        {t('listening.alerts.list.unread')}
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Stack>
  );
}

/** A baseline is a mean: one decimal is plenty. */
function formatNumberShort(value: number, number: (value: number) => string): string {
  return number(Math.round(value * 10) / 10);
}
