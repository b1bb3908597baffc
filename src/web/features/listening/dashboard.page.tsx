import { Affix, Alert, Anchor, Grid, Group, Loader, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { RetryableError } from '../../ui/components/error-alert.tsx';
import { LoadingState } from '../../ui/components/loading-state.tsx';
import { useCurrentWorkspace, useHasRole } from '../../ui/session/workspace-context.ts';
import { DashboardFilterBar } from './dashboard-filter-bar.tsx';
import { brandShare, totalNet } from './dashboard-series.ts';
import { type EvidenceRequest, EvidenceModal } from './evidence-modal.tsx';
import { KpiTiles } from './kpi-tiles.tsx';
import { ListeningEmpty } from './listening-empty.tsx';
import { ListeningFrame } from './listening-frame.tsx';
import { useTopics } from './listening-manage.queries.ts';
import { type DashboardView, dashboardParams, readDashboardParams, todayIn } from './listening-params.ts';
import { listeningPath } from './listening-tabs.tsx';
import { useDashboard, useListeningFacets } from './listening.queries.ts';
import { BreakdownCard, ShareCard } from './place-cards.tsx';
import { SpikeList, spikeLink } from './spike-list.tsx';
import { StrategyThread } from './strategy-thread.tsx';
import { TermLists } from './term-lists.tsx';
import { type CardProps, type EvidenceChart, SentimentCard, VolumeCard } from './trend-cards.tsx';
import { useListeningLabels, useListeningNumbers } from './use-listening-labels.ts';

/** Volume, share of voice, sentiment, places, words and spikes for a period, from the daily rollups. */
export function ListeningDashboardPage() {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
  const canEdit = useHasRole('editor');
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const today = useMemo(() => todayIn(workspace.timezone), [workspace.timezone]);
  const view = useMemo(() => readDashboardParams(params, today), [params, today]);
  const topics = useTopics(workspace.id);
  const facets = useListeningFacets(workspace.id, today);
  const dashboard = useDashboard(workspace.id, view.query);
  const labels = useListeningLabels(topics.data?.topics);
  const numbers = useListeningNumbers();
  const [evidence, setEvidence] = useState<EvidenceRequest | null>(null);
  const [saved, setSaved] = useState<EvidenceRequest | null>(null);

  const setView = (next: DashboardView) => setParams(dashboardParams(next), { replace: true });
  const period = `${labels.day(view.query.from)} – ${labels.day(view.query.to)}`;
  const failed = [dashboard, topics, facets].find((q) => q.isError);
  const data = dashboard.data;
  const topicList = topics.data?.topics ?? [];

  const body = () => {
    if (failed) return <RetryableError error={failed.error} onRetry={() => void failed.refetch()} />;
    if (!data || !topics.data || !facets.data) return <LoadingState />;
    if (facets.data.mentions === 0) return <ListeningEmpty hasTopics={topicList.length > 0} />;
    const onEvidence = canEdit ? (chart: EvidenceChart, title: string) => setEvidence({ chart, title }) : undefined;
    const card: CardProps = { dashboard: data, topics: topicList, labels, numbers, onEvidence };
    return (
      <Stack gap="md">
        {data.totals.mentions === 0 && (
          <Alert color="gray" variant="light" icon={<IconInfoCircle aria-hidden />}>
            {t('listening.dashboard.nothingInPeriod')}
          </Alert>
        )}
        <KpiTiles dashboard={data} topics={topicList} numbers={numbers} />
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <VolumeCard {...card} onSpike={(spike) => navigate(spikeLink(workspace.id, spike, view.query))} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <SpikeList workspaceId={workspace.id} spikes={data.spikes} query={view.query} labels={labels} numbers={numbers} onEvidence={onEvidence && (() => onEvidence('spikes', t('listening.dashboard.spikes.title')))} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <SentimentCard {...card} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <ShareCard {...card} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <BreakdownCard {...card} kind="channels" />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <BreakdownCard {...card} kind="languages" />
          </Grid.Col>
        </Grid>
        {(view.query.channel || view.query.language) && (
          <Text size="sm" c="dimmed">
            {t('listening.dashboard.filters.termsNote')}
          </Text>
        )}
        <TermLists dashboard={data} query={view.query} numbers={numbers} onEvidence={onEvidence && (() => onEvidence('top_terms', t('listening.dashboard.words.title')))} />
      </Stack>
    );
  };

  return (
    <ListeningFrame title={t('listening.dashboard.title')} description={t('listening.dashboard.description')}>
      <StrategyThread today={today} now={{ share: data ? mapShare(brandShare(data, topicList)) : null, net: data ? totalNet(data.totals) : null }} numbers={numbers} />
      {(facets.data?.mentions ?? 0) > 0 && (
        <DashboardFilterBar
          key={view.range}
          view={view}
          today={today}
          topics={topicList}
          channels={facets.data?.channels ?? []}
          languages={facets.data?.languages ?? []}
          labels={labels}
          onChange={setView}
        />
      )}
      {/* Always present, so screen readers announce when an update starts. */}
      <Group gap={6} mb="xs" mih={22} role="status">
        {dashboard.isFetching && data && (
          <>
            <Loader size="xs" aria-hidden />
            <Text size="sm" c="dimmed">
              {t('listening.common.updating')}
            </Text>
          </>
        )}
      </Group>
      {saved && (
        // Fixed in a corner: the button that saved it may be far down the page.
        <Affix position={{ bottom: 20, right: 20 }} zIndex={300}>
          <Alert
            color="teal"
            variant="filled"
            icon={<IconCircleCheck aria-hidden />}
            maw={420}
            withCloseButton
            closeButtonLabel={t('common.close')}
            onClose={() => setSaved(null)}
            style={{ boxShadow: 'var(--mantine-shadow-md)' }}
          >
            {t('listening.dashboard.evidence.saved', { chart: saved.title })}{' '}
            <Anchor component={Link} to={listeningPath(workspace.id, 'plan')} c="white" fw={700} underline="always">
              {t('listening.dashboard.evidence.openPlan')}
            </Anchor>
          </Alert>
        </Affix>
      )}
      {body()}
      <EvidenceModal request={evidence} query={view.query} period={period} onClose={() => setEvidence(null)} onSaved={setSaved} />
    </ListeningFrame>
  );
}

/** The KPI is kept in percent (40 = 40 %); the dashboard's share is a fraction. */
const mapShare = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);
