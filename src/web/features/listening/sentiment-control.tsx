import { Badge, Group, SegmentedControl, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Mention } from '../../../shared/api/listening.schemas.ts';
import type { SentimentLabel } from '../../../shared/listening/sentiment.schemas.ts';
import type { ListeningLabels } from './use-listening-labels.ts';

const ORDER: SentimentLabel[] = ['pos', 'neu', 'neg'];
const COLORS: Record<SentimentLabel, string> = { pos: 'green', neu: 'gray', neg: 'red' };

type SentimentControlProps = { mention: Mention; labels: ListeningLabels; canCorrect: boolean; onCorrect: (sentiment: SentimentLabel) => void };

/**
 * The label the dashboards count, which a contributor can correct in one click; a correction is
 * marked as such, with what the model had said, because the model learns from exactly these.
 */
export function SentimentControl({ mention, labels, canCorrect, onCorrect }: SentimentControlProps) {
  const { t } = useTranslation();
  const name = t('listening.mentions.sentimentOf', { author: mention.author || t('listening.mentions.unknownAuthor') });
  return (
    <Group gap="xs" wrap="wrap">
      {canCorrect ? (
        <SegmentedControl
          size="xs"
          aria-label={name}
          value={mention.sentiment}
          color={COLORS[mention.sentiment]}
          onChange={(value) => {
            if (value !== mention.sentiment) onCorrect(value as SentimentLabel);
          }}
          data={ORDER.map((label) => ({ value: label, label: labels.sentiment(label) }))}
        />
      ) : (
        <Badge color={COLORS[mention.sentiment]} variant="light">
          {labels.sentiment(mention.sentiment)}
        </Badge>
      )}
      {mention.corrected ? (
        <Text size="xs" c="dimmed">
          {t('listening.mentions.corrected', { model: labels.sentiment(mention.modelSentiment) })}
        </Text>
      ) : (
        <Text size="xs" c="dimmed">
          {t('listening.mentions.byModel')}
        </Text>
      )}
    </Group>
  );
}
