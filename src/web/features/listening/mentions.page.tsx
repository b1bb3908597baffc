import { Button, Grid, Group, Loader, Stack, Text } from '@mantine/core';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Mention } from '../../../shared/api/listening.schemas.ts';
import type { SentimentLabel } from '../../../shared/listening/sentiment.schemas.ts';
import { ErrorAlert, RetryableError } from '../../ui/components/error-alert.tsx';
import { LoadingState } from '../../ui/components/loading-state.tsx';
import { useCurrentWorkspace, useHasRole } from '../../ui/session/workspace-context.ts';
import { ListeningEmpty } from './listening-empty.tsx';
import { ListeningFrame } from './listening-frame.tsx';
import { useTopics } from './listening-manage.queries.ts';
import { type MentionFilters, mentionParams, readMentionParams, todayIn } from './listening-params.ts';
import { useCorrectSentiment, useListeningFacets, useMentions } from './listening.queries.ts';
import { MentionCard } from './mention-card.tsx';
import { MentionFilterBar } from './mention-filter-bar.tsx';
import { ModelAccuracyCard } from './model-accuracy-card.tsx';
import { useListeningLabels, useListeningNumbers } from './use-listening-labels.ts';

/** Every mention, newest first, filtered from the address; sentiment is corrected right in the list. */
export function ListeningMentionsPage() {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
  const canCorrect = useHasRole('contributor');
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readMentionParams(params), [params]);
  const today = useMemo(() => todayIn(workspace.timezone), [workspace.timezone]);
  const topics = useTopics(workspace.id);
  const facets = useListeningFacets(workspace.id, today);
  const mentions = useMentions(workspace.id, filters);
  const correct = useCorrectSentiment(workspace.id);
  const labels = useListeningLabels(topics.data?.topics);
  const numbers = useListeningNumbers();

  const setFilters = useCallback((next: MentionFilters) => setParams(mentionParams(next), { replace: true }), [setParams]);
  const onCorrect = useCallback((mention: Mention, sentiment: SentimentLabel) => correct.mutate({ mention, sentiment }), [correct.mutate]);
  const list = mentions.data?.pages.flatMap((page) => page.mentions) ?? [];

  const stream = () => {
    if (mentions.isError) return <RetryableError error={mentions.error} onRetry={() => void mentions.refetch()} />;
    if (mentions.isPending) return <LoadingState />;
    if (list.length === 0) {
      if (facets.data?.mentions === 0) return <ListeningEmpty hasTopics={(topics.data?.topics.length ?? 0) > 0} />;
      return <Text>{t('listening.mentions.noneMatch')}</Text>;
    }
    return (
      <Stack gap="sm">
        {list.map((mention) => (
          <MentionCard key={mention.id} mention={mention} search={filters.q} labels={labels} numbers={numbers} canCorrect={canCorrect} onCorrect={onCorrect} />
        ))}
        {mentions.hasNextPage ? (
          <Button variant="default" onClick={() => void mentions.fetchNextPage()} loading={mentions.isFetchingNextPage} style={{ alignSelf: 'center' }}>
            {t('listening.mentions.loadMore')}
          </Button>
        ) : (
          <Text size="sm" c="dimmed" ta="center">
            {t('listening.mentions.end', { count: list.length, shown: numbers.count(list.length) })}
          </Text>
        )}
      </Stack>
    );
  };

  return (
    <ListeningFrame title={t('listening.mentions.title')} description={t('listening.mentions.description')}>
      <MentionFilterBar
        filters={filters}
        topics={topics.data?.topics ?? []}
        channels={facets.data?.channels ?? []}
        languages={facets.data?.languages ?? []}
        labels={labels}
        onChange={setFilters}
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Group gap={6} mb="xs" mih={22} role="status">
            {mentions.isFetching && !mentions.isPending && !mentions.isFetchingNextPage && (
              <>
                <Loader size="xs" aria-hidden />
                <Text size="sm" c="dimmed">
                  {t('listening.common.updating')}
                </Text>
              </>
            )}
          </Group>
          {correct.error ? <ErrorAlert error={correct.error} title={t('listening.mentions.correctFailed')} /> : null}
          {stream()}
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <ModelAccuracyCard labels={labels} numbers={numbers} />
        </Grid.Col>
      </Grid>
    </ListeningFrame>
  );
}
