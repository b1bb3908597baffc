import { Code } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TopicQueryError } from '../../../shared/listening/topic-query.schemas.ts';
import { excerptParts } from './query-excerpt.ts';

const MARK_STYLE = {
  color: 'inherit',
  background: 'var(--mantine-color-red-1)',
  textDecoration: 'underline wavy var(--mantine-color-red-7)',
  textUnderlineOffset: 3,
} as const;

export function queryErrorText(error: TopicQueryError, t: TFunction): string {
  const message = t(`listening.query.errors.${error.code}`, { value: error.value ?? '' });
  const position =
    error.end - error.start > 1
      ? t('listening.query.characters', { start: error.start + 1, end: error.end })
      : t('listening.query.character', { start: error.start + 1 });
  return `${message} (${position})`;
}

/** The query around one problem with the offending characters marked; a problem at the very end marks the gap after it. */
function Excerpt({ query, error }: { query: string; error: TopicQueryError }) {
  const parts = excerptParts(query, error);
  if (!parts) return null;
  return (
    <Code style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', color: 'var(--mantine-color-text)' }} aria-hidden>
      {parts.before}
      <mark style={MARK_STYLE}>{parts.marked}</mark>
      {parts.after}
    </Code>
  );
}

type QueryErrorsProps = { query: string; errors: TopicQueryError[]; serverMessages: string[] };

/**
 * Every problem of the query at once, each in the reader's language with its position (read out
 * as the field's error) and an excerpt with the characters marked (for the eye). Spans only: Mantine
 * renders a field's error inside a paragraph.
 */
export function QueryErrors({ query, errors, serverMessages }: QueryErrorsProps) {
  const { t } = useTranslation();
  return (
    <span data-testid="query-errors">
      {errors.map((error) => (
        <span key={`${error.code}-${error.start}-${error.end}`} style={{ display: 'block', marginBottom: 6 }}>
          <span style={{ display: 'block' }}>{queryErrorText(error, t)}</span>
          <Excerpt query={query} error={error} />
        </span>
      ))}
      {serverMessages.map((message) => (
        <span key={message} style={{ display: 'block' }}>
          {message}
        </span>
      ))}
    </span>
  );
}
