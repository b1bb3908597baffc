import { Alert, Button, Stack } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-client.ts';
import { formatWait, toLocale } from '../lib/use-formatters.ts';

export function errorMessage(error: unknown, t: TFunction, language: string): string {
  if (!(error instanceof ApiError)) return t('errors.unexpected_response');
  if (error.code === 'too_many_attempts' && error.retryAfterSeconds) {
    return t('errors.too_many_attempts_wait', { when: formatWait(error.retryAfterSeconds, toLocale(language)) });
  }
  if (error.code === 'validation_failed' && error.details.length > 0) return t('errors.check_fields');
  return t(`errors.${error.code}`);
}

type ErrorAlertProps = { error: unknown; title?: string };

/** Announces a failed request; field-level problems are shown next to the fields themselves. */
export function ErrorAlert({ error, title }: ErrorAlertProps) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} title={title} role="alert">
      {errorMessage(error, t, i18n.language)}
    </Alert>
  );
}

type RetryableErrorProps = { error: unknown; onRetry: () => void };

/** A failed load the user can retry in place, without reloading the page. */
export function RetryableError({ error, onRetry }: RetryableErrorProps) {
  const { t } = useTranslation();
  return (
    <Stack maw={560} align="flex-start">
      <ErrorAlert error={error} />
      <Button variant="default" onClick={onRetry}>
        {t('common.tryAgain')}
      </Button>
    </Stack>
  );
}
