import { ActionIcon, Anchor, Badge, Box, Button, Card, Group, SimpleGrid, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconBookmarkPlus, IconUserPlus } from '@tabler/icons-react';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Dashboard } from '../../../shared/api/listening.schemas.ts';
import { ErrorAlert } from '../../ui/components/error-alert.tsx';
import { useCurrentWorkspace, useHasRole } from '../../ui/session/workspace-context.ts';
import { useStrategy } from '../strategy/strategy.queries.ts';
import { isInRelationships, useAddInfluencer } from './add-influencer.ts';
import { maxOf } from './dashboard-series.ts';
import { mentionParams } from './listening-params.ts';
import type { DashboardQuery } from './listening.queries.ts';
import type { ListeningNumbers } from './use-listening-labels.ts';

type Term = Dashboard['topWords'][number];

function RankedList({ title, terms, numbers, action, onSaveEvidence }: { title: string; terms: Term[]; numbers: ListeningNumbers; action: (term: Term) => ReactNode; onSaveEvidence?: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const max = maxOf(terms);
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" mb="xs" gap="xs">
        <Title order={2} size="h4" id={headingId}>
          {title}
        </Title>
        {onSaveEvidence && (
          <Button variant="light" size="compact-sm" leftSection={<IconBookmarkPlus size={16} aria-hidden />} onClick={onSaveEvidence} aria-label={t('listening.dashboard.evidence.saveFor', { chart: title })}>
            {t('listening.dashboard.evidence.save')}
          </Button>
        )}
      </Group>
      {terms.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('listening.dashboard.noData')}
        </Text>
      ) : (
        <Stack component="ol" gap={6} p={0} m={0} style={{ listStyle: 'none' }}>
          {terms.map((term) => (
            <li key={term.term}>
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Box style={{ minWidth: 0 }}>{action(term)}</Box>
                <Text size="sm" fw={600} style={{ flexShrink: 0 }}>
                  {numbers.count(term.mentions)}
                </Text>
              </Group>
              {/* The count is written beside it; the bar only makes the ranking visible at a glance. */}
              <Box aria-hidden h={4} mt={2} bg="blue.2" style={{ width: `${max === 0 ? 0 : (term.mentions / max) * 100}%`, borderRadius: 2 }} />
            </li>
          ))}
        </Stack>
      )}
    </Card>
  );
}

type TermListsProps = { dashboard: Dashboard; query: DashboardQuery; numbers: ListeningNumbers; onEvidence?: () => void };

/** Top words and hashtags (each opens the mentions that use it) and top authors, the influencer candidates. */
export function TermLists({ dashboard, query, numbers, onEvidence }: TermListsProps) {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
  const canEdit = useHasRole('editor');
  const strategy = useStrategy(workspace.id);
  const add = useAddInfluencer(workspace.id);
  const relationships = strategy.data?.document.relationships.relationships ?? [];
  const search = (term: string) => {
    const params = mentionParams({ topicId: query.topicId, channel: query.channel, language: query.language, from: query.from, to: query.to, q: term });
    return `/w/${workspace.id}/listening/mentions?${params.toString()}`;
  };
  const termLink = (term: Term) => (
    <Anchor component={Link} to={search(term.term)} size="sm" style={{ overflowWrap: 'anywhere' }}>
      {term.term}
    </Anchor>
  );

  const author = (term: Term) => {
    const known = isInRelationships(relationships, term.term);
    return (
      <Group gap={6} wrap="nowrap">
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {term.term}
        </Text>
        {known ? (
          <Badge component={Link} to={`/w/${workspace.id}/relationships`} variant="light" color="teal" size="sm" style={{ cursor: 'pointer' }}>
            {t('listening.dashboard.authors.inRelationships')}
          </Badge>
        ) : (
          canEdit && (
            <Tooltip label={t('listening.dashboard.authors.add', { name: term.term })}>
              <ActionIcon
                variant="subtle"
                size="sm"
                loading={add.isPending && add.variables?.author === term.term}
                aria-label={t('listening.dashboard.authors.add', { name: term.term })}
                onClick={() => add.mutate({ author: term.term, context: t('listening.dashboard.authors.context', { count: term.mentions, from: query.from, to: query.to }) })}
              >
                <IconUserPlus size={16} aria-hidden />
              </ActionIcon>
            </Tooltip>
          )
        )}
      </Group>
    );
  };

  return (
    <Stack gap="sm">
      {add.error ? <ErrorAlert error={add.error} /> : null}
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        <RankedList title={t('listening.dashboard.words.title')} terms={dashboard.topWords} numbers={numbers} action={termLink} onSaveEvidence={onEvidence} />
        <RankedList title={t('listening.dashboard.hashtags.title')} terms={dashboard.topHashtags} numbers={numbers} action={termLink} />
        <RankedList title={t('listening.dashboard.authors.title')} terms={dashboard.topAuthors} numbers={numbers} action={author} />
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        {t('listening.dashboard.authors.help')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('listening.dashboard.topListsNote')}
      </Text>
    </Stack>
  );
}
