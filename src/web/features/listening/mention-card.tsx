import { Anchor, Badge, Card, Group, Highlight, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconExternalLink, IconMessageCircle, IconShare3, IconThumbUp } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mention } from '../../../shared/api/listening.schemas.ts';
import { formatDateTime } from '../../../shared/locales.ts';
import type { SentimentLabel } from '../../../shared/listening/sentiment.schemas.ts';
import { useFormatters } from '../../ui/lib/use-formatters.ts';
import { useCurrentWorkspace } from '../../ui/session/workspace-context.ts';
import { SentimentControl } from './sentiment-control.tsx';
import type { ListeningLabels, ListeningNumbers } from './use-listening-labels.ts';

type MentionCardProps = {
  mention: Mention;
  search: string | undefined;
  labels: ListeningLabels;
  numbers: ListeningNumbers;
  canCorrect: boolean;
  onCorrect: (mention: Mention, sentiment: SentimentLabel) => void;
};

function Count({ icon: Icon, label, value }: { icon: typeof IconThumbUp; label: string; value: string }) {
  return (
    <Group gap={4} wrap="nowrap">
      <Icon size={14} aria-hidden />
      <Text size="xs">
        {value}
        <VisuallyHidden component="span"> {label}</VisuallyHidden>
      </Text>
    </Group>
  );
}

/** One mention: who said what, where and when, how people reacted, and its sentiment. */
export const MentionCard = memo(function MentionCard({ mention, search, labels, numbers, canCorrect, onCorrect }: MentionCardProps) {
  const { t } = useTranslation();
  const { locale, calendar } = useFormatters();
  const workspace = useCurrentWorkspace();
  // The workspace's clock: the same days the filters and dashboards count in.
  const when = formatDateTime(mention.publishedAt, locale, calendar, workspace.timezone);
  return (
    <Card withBorder padding="md" component="article" aria-label={t('listening.mentions.mentionBy', { author: mention.author || t('listening.mentions.unknownAuthor'), when })}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Group gap="xs" wrap="wrap">
            <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
              {mention.author || t('listening.mentions.unknownAuthor')}
            </Text>
            <Badge variant="light" size="sm" tt="none">
              {labels.channel(mention.channel)}
            </Badge>
            <Badge variant="outline" size="sm" color="gray" tt="none">
              {labels.language(mention.language)}
            </Badge>
            {mention.topicIds.map((id) => (
              <Badge key={id} variant="dot" size="sm" color="gray" tt="none">
                {labels.topic(id)}
              </Badge>
            ))}
          </Group>
          <Text size="xs" c="dimmed" component="time" dateTime={mention.publishedAt}>
            {when}
          </Text>
        </Group>
        <Highlight highlight={search ?? ''} size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {mention.text}
        </Highlight>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <SentimentControl mention={mention} labels={labels} canCorrect={canCorrect} onCorrect={(sentiment) => onCorrect(mention, sentiment)} />
          <Group gap="md" wrap="wrap">
            <Count icon={IconThumbUp} label={t('listening.mentions.likes')} value={numbers.count(mention.likes)} />
            <Count icon={IconShare3} label={t('listening.mentions.shares')} value={numbers.count(mention.shares)} />
            <Count icon={IconMessageCircle} label={t('listening.mentions.comments')} value={numbers.count(mention.comments)} />
            {mention.reach > 0 && <Text size="xs">{t('listening.mentions.reach', { reach: numbers.count(mention.reach) })}</Text>}
            {mention.url && (
              <Anchor href={mention.url} target="_blank" rel="noopener noreferrer nofollow" size="xs" style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
                {t('listening.mentions.original')}
                <IconExternalLink size={12} aria-hidden />
              </Anchor>
            )}
          </Group>
        </Group>
      </Stack>
    </Card>
  );
});
