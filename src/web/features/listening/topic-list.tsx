import { Button, Code, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { TOPIC_KINDS, type Topic } from '../../../shared/api/listening.schemas.ts';
import { EditDeleteActions } from '../../ui/components/edit-delete-actions.tsx';
import { ScrollTable } from '../../ui/components/scroll-table.tsx';

type Kind = Topic['kind'];

type TopicListProps = {
  topics: Topic[];
  canEdit: boolean;
  onAdd: (kind: Kind) => void;
  onEdit: (topic: Topic) => void;
  onDelete: (topic: Topic) => void;
};

type TopicGroupProps = Omit<TopicListProps, 'topics'> & { kind: Kind; topics: Topic[] };

function TopicGroup({ kind, topics, canEdit, onAdd, onEdit, onDelete }: TopicGroupProps) {
  const { t } = useTranslation();
  const headingId = `topics-${kind}-heading`;
  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" wrap="wrap">
        <Title order={2} size="h4" id={headingId}>
          {t(`listening.topics.groups.${kind}`)}
        </Title>
        {canEdit && (
          <Button size="xs" variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => onAdd(kind)}>
            {t(`listening.topics.add.${kind}`)}
          </Button>
        )}
      </Group>
      {topics.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t(`listening.topics.empty.${kind}`)}
        </Text>
      ) : (
        <ScrollTable label={t(`listening.topics.groups.${kind}`)} minWidth={560}>
          <Table verticalSpacing="xs" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w="28%">
                  {t('listening.topics.form.name')}
                </Table.Th>
                <Table.Th scope="col">{t('listening.query.label')}</Table.Th>
                {canEdit && <Table.Th scope="col" w={110}>{t('common.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {topics.map((topic) => (
                <Table.Tr key={topic.id} data-testid="topic-row">
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>
                    <Text fw={600} size="sm">
                      {topic.name}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Code style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{topic.query}</Code>
                  </Table.Td>
                  {canEdit && (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <EditDeleteActions
                          onEdit={() => onEdit(topic)}
                          onDelete={() => onDelete(topic)}
                          editLabel={t('listening.topics.edit', { name: topic.name })}
                          deleteLabel={t('listening.topics.delete', { name: topic.name })}
                        />
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Stack>
  );
}

/** The brand, its competitors and the themes, each with the query that finds its mentions. */
export function TopicList({ topics, ...rest }: TopicListProps) {
  return (
    <Stack gap="lg">
      {TOPIC_KINDS.map((kind) => (
        <TopicGroup key={kind} kind={kind} topics={topics.filter((topic) => topic.kind === kind)} {...rest} />
      ))}
    </Stack>
  );
}
