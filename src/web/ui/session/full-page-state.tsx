import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../components/error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { usePageTitle } from '../lib/use-page-title.ts';

export function FullPageLoading() {
  usePageTitle(undefined);
  return (
    <Center component="main" mih="100vh">
      <LoadingState />
    </Center>
  );
}

type FullPageErrorProps = { error: unknown; onRetry: () => void };

/** Shown when the server cannot be reached at all, before any layout can render. */
export function FullPageError({ error, onRetry }: FullPageErrorProps) {
  const { t, i18n } = useTranslation();
  usePageTitle(t('fatal.title'));
  return (
    <Center component="main" mih="100vh" p="md">
      <Stack align="center" maw={480} ta="center">
        <Title order={1} size="h2">
          {t('fatal.title')}
        </Title>
        <Text>{errorMessage(error, t, i18n.language)}</Text>
        <Button onClick={onRetry}>{t('common.tryAgain')}</Button>
      </Stack>
    </Center>
  );
}
