import { Stack, Textarea } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { validateTopicQuery } from '../../../shared/listening/topic-query.parser.ts';
import type { TopicQueryError } from '../../../shared/listening/topic-query.schemas.ts';
import { QueryErrors } from './query-errors.tsx';
import { QuerySyntaxHelp } from './query-syntax-help.tsx';

type QueryEditorProps = {
  value: string;
  onChange: (query: string) => void;
  /** After a save attempt an empty query is a problem too; while typing it is just a start. */
  submitted: boolean;
  /** Problems the server named that this browser's parser did not find (an older page against a newer server). */
  serverMessages: string[];
};

/** The problems to show now: the shared parser is the server's, so what it accepts the server accepts. */
export function liveQueryErrors(query: string, submitted: boolean): TopicQueryError[] {
  const errors = validateTopicQuery(query);
  return submitted ? errors : errors.filter((error) => error.code !== 'empty_query');
}

/** The topic query, checked on every keystroke, with each problem marked where it is. */
export function QueryEditor({ value, onChange, submitted, serverMessages }: QueryEditorProps) {
  const { t } = useTranslation();
  const errors = useMemo(() => liveQueryErrors(value, submitted), [value, submitted]);
  const hasProblems = errors.length + serverMessages.length > 0;

  return (
    <Stack gap="xs">
      <Textarea
        label={t('listening.query.label')}
        description={t('listening.query.description')}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        error={hasProblems ? <QueryErrors query={value} errors={errors} serverMessages={serverMessages} /> : undefined}
        autosize
        minRows={2}
        maxRows={8}
        required
        spellCheck={false}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        data-testid="topic-query"
      />
      <QuerySyntaxHelp />
    </Stack>
  );
}
