import { ActionIcon, Button, Group, Stack, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

type ListeningQuestionsProps = { questions: string[]; onChange: (questions: string[]) => void };

/**
 * What the team wants listening to answer. One line each rather than tags: questions are
 * sentences and often hold commas.
 */
export function ListeningQuestions({ questions, onChange }: ListeningQuestionsProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      {questions.map((question, index) => {
        const number = index + 1;
        return (
          // Questions are plain strings without ids; position is their identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: list of plain strings
          <Group key={index} gap="xs" align="flex-end" wrap="nowrap">
            <TextInput
              style={{ flex: 1 }}
              label={t('strategy.listening.question', { number })}
              value={question}
              onChange={(e) => {
                const text = e.currentTarget.value;
                onChange(questions.map((item, i) => (i === index ? text : item)));
              }}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              onClick={() => onChange(questions.filter((_, i) => i !== index))}
              aria-label={t('strategy.listening.removeQuestion', { number })}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        );
      })}
      <Button
        variant="light"
        style={{ alignSelf: 'flex-start' }}
        leftSection={<IconPlus size={16} aria-hidden />}
        onClick={() => onChange([...questions, ''])}
      >
        {t('strategy.listening.addQuestion')}
      </Button>
    </Stack>
  );
}
