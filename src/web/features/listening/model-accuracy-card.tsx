import { Box, Card, Group, Loader, Progress, Stack, Text, Title } from '@mantine/core';
import { IconBrain } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/components/error-alert.tsx';
import { useFormatters } from '../../ui/lib/use-formatters.ts';
import { useCurrentWorkspace } from '../../ui/session/workspace-context.ts';
import { useSentimentModel } from './listening.queries.ts';
import type { ListeningLabels, ListeningNumbers } from './use-listening-labels.ts';

function Bar({ label, value, color, numbers }: { label: string; value: number | null; color: string; numbers: ListeningNumbers }) {
  const shown = value === null ? '–' : numbers.percent(value);
  return (
    <Box>
      <Group justify="space-between" gap="xs">
        <Text size="xs">{label}</Text>
        <Text size="xs" fw={600}>
          {shown}
        </Text>
      </Group>
      {/* The percentage is written above; the bar only compares the two at a glance. */}
      <Progress value={(value ?? 0) * 100} color={color} size="sm" aria-hidden />
    </Box>
  );
}

/**
 * The workspace's own sentiment model per language: accuracy on corrections it never learned from,
 * against the default engine on the same corrections, so the team sees whether correcting pays off.
 */
export function ModelAccuracyCard({ labels, numbers }: { labels: ListeningLabels; numbers: ListeningNumbers }) {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
  const { dateTime } = useFormatters();
  const status = useSentimentModel(workspace.id);
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="model-accuracy-heading">
      <Stack gap="sm">
        <Group gap="xs" wrap="nowrap">
          <IconBrain size={20} aria-hidden />
          <Title order={2} size="h4" id="model-accuracy-heading">
            {t('listening.mentions.model.title')}
          </Title>
        </Group>
        <Text size="sm" c="dimmed">
          {t('listening.mentions.model.help')}
        </Text>
        {status.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
        {status.isError && <ErrorAlert error={status.error} />}
        {status.data && status.data.models.length === 0 && <Text size="sm">{t('listening.mentions.model.none')}</Text>}
        {status.data?.models.map((model) => (
          <Stack key={model.language} gap={6} component="section" aria-label={labels.language(model.language)}>
            <Text size="sm" fw={600}>
              {labels.language(model.language)}
            </Text>
            {model.accuracy === null ? (
              <Text size="xs">{t('listening.mentions.model.tooFew', { count: model.corrections })}</Text>
            ) : (
              <>
                <Bar label={t('listening.mentions.model.yours')} value={model.accuracy} color="blue" numbers={numbers} />
                <Bar label={t('listening.mentions.model.default')} value={model.baselineAccuracy} color="gray" numbers={numbers} />
                <Text size="xs" c="dimmed">
                  {t('listening.mentions.model.measured', { count: model.heldOut, corrections: numbers.count(model.corrections) })}
                </Text>
              </>
            )}
            <Text size="xs" c="dimmed">
              {t('listening.mentions.model.trainedAt', { when: dateTime(model.trainedAt) })}
            </Text>
          </Stack>
        ))}
        {status.data && status.data.pendingCorrections > 0 && (
          <Text size="sm" role="status">
            {t('listening.mentions.model.pending', { count: status.data.pendingCorrections })}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
