import { Anchor, Card, List, Stack, Text, Title } from '@mantine/core';
import { IconEar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentWorkspace } from '../../ui/session/workspace-context.ts';
import { listeningPath } from './listening-tabs.tsx';

/** Before the first mention: what to do, in order, to get data in. */
export function ListeningEmpty({ hasTopics }: { hasTopics: boolean }) {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="listening-empty-heading">
      <Stack gap="sm" maw={720}>
        <IconEar size={32} aria-hidden color="var(--mantine-color-blue-6)" />
        <Title order={2} size="h3" id="listening-empty-heading">
          {t('listening.common.empty.title')}
        </Title>
        <Text>{t('listening.common.empty.body')}</Text>
        <List type="ordered" spacing="xs">
          <List.Item>
            <Anchor component={Link} to={listeningPath(workspace.id, 'topics')} fw={600}>
              {t('listening.common.empty.topicsLink')}
            </Anchor>{' '}
            {hasTopics ? t('listening.common.empty.topicsDone') : t('listening.common.empty.topics')}
          </List.Item>
          <List.Item>
            <Anchor component={Link} to={listeningPath(workspace.id, 'sources')} fw={600}>
              {t('listening.common.empty.sourcesLink')}
            </Anchor>{' '}
            {t('listening.common.empty.sources')}
          </List.Item>
        </List>
        <Text size="sm" c="dimmed">
          {t('listening.common.empty.after')}
        </Text>
      </Stack>
    </Card>
  );
}
