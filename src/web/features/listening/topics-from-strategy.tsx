import { Alert, Anchor, Button, CloseButton, Group, List, Stack, Text } from '@mantine/core';
import { IconCheck, IconInfoCircle, IconWand } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../ui/components/error-alert.tsx';
import { useCurrentWorkspace } from '../../ui/session/workspace-context.ts';
import { useTopicsFromStrategy } from './listening-manage.queries.ts';
import { listeningPath } from './listening-tabs.tsx';

/** One click from the listening plan (brand terms, competitors) to topics, reporting exactly what it made. */
export function TopicsFromStrategy({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
  const create = useTopicsFromStrategy(workspace.id);
  const result = create.data;

  return (
    <Stack gap="sm">
      <Group gap="sm" wrap="wrap">
        <Button leftSection={<IconWand size={18} aria-hidden />} onClick={() => create.mutate()} loading={create.isPending} disabled={!canEdit}>
          {t('listening.topics.fromStrategy.button')}
        </Button>
        <Text size="sm" c="dimmed" maw={560}>
          {t('listening.topics.fromStrategy.hint')}
        </Text>
      </Group>
      <ErrorAlert error={create.error} />
      {result && (
        <Alert
          color={result.created.length > 0 ? 'teal' : 'blue'}
          variant="light"
          role="status"
          icon={result.created.length > 0 ? <IconCheck aria-hidden /> : <IconInfoCircle aria-hidden />}
          title={
            result.created.length > 0
              ? t('listening.topics.fromStrategy.created', { count: result.created.length })
              : t('listening.topics.fromStrategy.nothingNew')
          }
          withCloseButton={false}
        >
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={4}>
              {result.created.length > 0 && (
                <List size="sm" data-testid="created-topics">
                  {result.created.map((topic) => (
                    <List.Item key={topic.id}>
                      {t('listening.topics.fromStrategy.createdItem', { name: topic.name, kind: t(`listening.topics.kinds.${topic.kind}`) })}
                    </List.Item>
                  ))}
                </List>
              )}
              {result.existing > 0 && <Text size="sm">{t('listening.topics.fromStrategy.existing', { count: result.existing })}</Text>}
              {result.created.length === 0 && result.existing === 0 && (
                <Text size="sm">
                  {t('listening.topics.fromStrategy.emptyPlan')}{' '}
                  <Anchor component={Link} to={listeningPath(workspace.id, 'plan')} size="sm">
                    {t('listening.topics.fromStrategy.openPlan')}
                  </Anchor>
                </Text>
              )}
            </Stack>
            <CloseButton aria-label={t('common.close')} onClick={() => create.reset()} />
          </Group>
        </Alert>
      )}
    </Stack>
  );
}
