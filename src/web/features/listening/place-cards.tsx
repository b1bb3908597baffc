import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChartCard } from './chart-card.tsx';
import { SENTIMENT_COLORS } from './chart-colors.ts';
import { BreakdownChart, ShareChart } from './lazy-charts.ts';
import type { CardProps } from './trend-cards.tsx';

/** Share of voice: the brand topics against each competitor topic. */
export function ShareCard(props: CardProps) {
  const { t } = useTranslation();
  const { dashboard, topics, labels, numbers, onEvidence } = props;
  const title = t('listening.dashboard.share.title');
  const voices = dashboard.shareOfVoice;
  const leader = voices[0];
  const empty = voices.every((v) => v.mentions === 0);
  return (
    <ChartCard
      title={title}
      summary={
        voices.length === 0
          ? t('listening.dashboard.share.noTopics')
          : empty || !leader
            ? t('listening.dashboard.share.noMentions')
            : t('listening.dashboard.share.summary', { name: labels.topic(leader.topicId), share: numbers.percent(leader.share), count: voices.length })
      }
      onSaveEvidence={onEvidence && !empty ? () => onEvidence('share_of_voice', title) : undefined}
      table={{
        head: [t('listening.common.topic'), t('listening.common.kind'), t('listening.common.mentions'), t('listening.dashboard.share.share')],
        rows: voices.map((v) => {
          const kind = topics.find((topic) => topic.id === v.topicId)?.kind;
          return { key: v.topicId, cells: [labels.topic(v.topicId), kind ? t(`listening.common.kinds.${kind}`) : '–', numbers.count(v.mentions), numbers.percent(v.share)] };
        }),
      }}
    >
      {(summaryId) =>
        empty ? (
          <Text size="sm">{voices.length === 0 ? t('listening.dashboard.share.howTo') : t('listening.dashboard.share.nothingYet')}</Text>
        ) : (
          <ShareChart voices={voices} topics={topics} labels={labels} percent={numbers.percent} label={title} describedBy={summaryId} />
        )
      }
    </ChartCard>
  );
}

type BreakdownCardProps = CardProps & { kind: 'channels' | 'languages' };

/** Where the conversation happens: by channel (with reach) or by language. */
export function BreakdownCard(props: BreakdownCardProps) {
  const { t } = useTranslation();
  const { dashboard, labels, numbers, onEvidence, kind } = props;
  const title = t(`listening.dashboard.${kind}.title`);
  const items =
    kind === 'channels'
      ? dashboard.channels.map((c) => ({ key: c.channel, name: labels.channel(c.channel), value: c.mentions, reach: c.reach }))
      : dashboard.languages.map((l) => ({ key: l.language, name: labels.language(l.language), value: l.mentions, reach: null }));
  const total = items.reduce((sum, i) => sum + i.value, 0);
  const top = items[0];
  return (
    <ChartCard
      title={title}
      summary={top ? t(`listening.dashboard.${kind}.summary`, { name: top.name, share: numbers.percent(total === 0 ? 0 : top.value / total), count: items.length }) : t('listening.dashboard.noData')}
      onSaveEvidence={onEvidence && kind === 'channels' && top ? () => onEvidence('channels', title) : undefined}
      table={{
        head: [t(`listening.dashboard.${kind}.name`), t('listening.common.mentions'), ...(kind === 'channels' ? [t('listening.common.reach')] : [])],
        rows: items.map((i) => ({ key: i.key, cells: [i.name, numbers.count(i.value), ...(i.reach === null ? [] : [numbers.count(i.reach)])] })),
      }}
    >
      {(summaryId) => (
        <BreakdownChart
          items={items}
          seriesName={t('listening.common.mentions')}
          color={kind === 'channels' ? SENTIMENT_COLORS.net : '#7048e8'}
          label={title}
          describedBy={summaryId}
        />
      )}
    </ChartCard>
  );
}
