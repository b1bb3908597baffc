import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dashboard, EVIDENCE_CHARTS, Topic } from '../../../shared/api/listening.schemas.ts';
import { ChartCard } from './chart-card.tsx';
import { netScore, spikesOnLines, totalNet, volumeSeries } from './dashboard-series.ts';
import { SentimentChart, VolumeChart } from './lazy-charts.ts';
import type { ListeningLabels, ListeningNumbers } from './use-listening-labels.ts';
import type { SpikeRef } from './volume-chart.tsx';

export type EvidenceChart = (typeof EVIDENCE_CHARTS)[number];

export type CardProps = {
  dashboard: Dashboard;
  topics: readonly Topic[];
  labels: ListeningLabels;
  numbers: ListeningNumbers;
  /** Missing when the viewer may not edit the strategy. */
  onEvidence?: (chart: EvidenceChart, title: string) => void;
};

const evidence = (props: CardProps, chart: EvidenceChart, title: string) => (props.onEvidence ? () => props.onEvidence?.(chart, title) : undefined);

export function VolumeCard(props: CardProps & { onSpike: (spike: SpikeRef) => void }) {
  const { t } = useTranslation();
  const { dashboard, topics, labels, numbers } = props;
  const series = useMemo(() => volumeSeries(dashboard), [dashboard]);
  const spikes = useMemo(() => spikesOnLines(dashboard, series.lines), [dashboard, series]);
  const title = t('listening.dashboard.volume.title');
  const selected = series.lines.find((l) => l.topicId === null) ?? series.lines[0];
  const busiest = selected?.values.reduce((best, value, i) => (value > (selected.values[best] ?? 0) ? i : best), 0) ?? 0;
  const summary = t('listening.dashboard.volume.summary', {
    count: dashboard.totals.mentions,
    total: numbers.count(dashboard.totals.mentions),
    day: series.days[busiest] ? labels.day(series.days[busiest]) : '',
    busiest: numbers.count(selected?.values[busiest] ?? 0),
  });
  const spikeNote = spikes.length > 0 ? ` ${t('listening.dashboard.volume.spikes', { count: spikes.length })}` : '';

  return (
    <ChartCard
      title={title}
      summary={summary + spikeNote}
      onSaveEvidence={evidence(props, 'volume', title)}
      table={{
        head: [t('listening.common.day'), ...series.lines.map((l) => labels.topic(l.topicId))],
        rows: series.days.map((day, i) => ({ key: day, cells: [labels.day(day), ...series.lines.map((l) => numbers.count(l.values[i] ?? 0))] })),
      }}
    >
      {(summaryId) => (
        <VolumeChart
          series={series}
          spikes={spikes}
          topics={topics}
          labels={labels}
          label={title}
          describedBy={summaryId}
          spikeName={t('listening.dashboard.spikes.mark')}
          onSpike={props.onSpike}
        />
      )}
    </ChartCard>
  );
}

export function SentimentCard(props: CardProps) {
  const { t } = useTranslation();
  const { dashboard, labels, numbers } = props;
  const title = t('listening.dashboard.sentiment.title');
  const { pos, neu, neg } = dashboard.totals;
  const net = totalNet(dashboard.totals);
  return (
    <ChartCard
      title={title}
      summary={t('listening.dashboard.sentiment.summary', {
        net: net === null ? '–' : numbers.signed(net),
        pos: numbers.count(pos),
        neu: numbers.count(neu),
        neg: numbers.count(neg),
      })}
      onSaveEvidence={evidence(props, 'sentiment', title)}
      table={{
        head: [t('listening.common.day'), labels.sentiment('pos'), labels.sentiment('neu'), labels.sentiment('neg'), t('listening.common.netSentiment')],
        rows: dashboard.sentiment.map((d) => ({
          key: d.day,
          cells: [labels.day(d.day), numbers.count(d.pos), numbers.count(d.neu), numbers.count(d.neg), d.pos + d.neu + d.neg === 0 ? '–' : numbers.signed(netScore(d.net))],
        })),
      }}
    >
      {(summaryId) => <SentimentChart days={dashboard.sentiment} labels={labels} netName={t('listening.common.netSentiment')} label={title} describedBy={summaryId} />}
    </ChartCard>
  );
}
