import { Alert, Button, Group, NumberInput, Paper, Radio, Stack, TagsInput, Text, Title } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listeningSettingsSchema } from '../../../shared/api/listening.schemas.ts';
import { ErrorAlert, RetryableError } from '../../ui/components/error-alert.tsx';
import { LoadingState } from '../../ui/components/loading-state.tsx';
import { type FieldErrors, validate } from '../../ui/lib/form-errors.ts';
import { useCurrentWorkspace, useHasRole } from '../../ui/session/workspace-context.ts';
import { type ListeningSettings, useListeningSettings, useSaveListeningSettings } from './listening-manage.queries.ts';

// Thai and Chinese keyboards type their own commas; each should end a word like the ASCII one.
const SPLIT_CHARS = [',', '，', '、'];
const DEFAULT_RETENTION_DAYS = 365;

function SettingsForm({ settings, canEdit }: { settings: ListeningSettings; canEdit: boolean }) {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
  const save = useSaveListeningSettings(workspace.id);
  const [userWords, setUserWords] = useState(settings.userWords);
  const [keepAll, setKeepAll] = useState(settings.retentionDays === null);
  const [days, setDays] = useState<number | string>(settings.retentionDays ?? DEFAULT_RETENTION_DAYS);
  const [errors, setErrors] = useState<FieldErrors>({});

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = validate(listeningSettingsSchema, { userWords, retentionDays: keepAll ? null : Number(days) }, t);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    save.mutate(result.data);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ErrorAlert error={save.error} />
        {save.isSuccess && (
          <Alert color="teal" variant="light" icon={<IconCheck aria-hidden />} role="status">
            {t('listening.settings.saved')}
          </Alert>
        )}
        <TagsInput
          label={t('listening.settings.userWords')}
          description={t('listening.settings.userWordsHelp')}
          value={userWords}
          onChange={(next) => {
            setUserWords(next);
            save.reset();
          }}
          splitChars={SPLIT_CHARS}
          error={Object.keys(errors).find((key) => key.startsWith('userWords')) ? t('listening.settings.userWordsInvalid') : undefined}
          disabled={!canEdit}
          clearable
          maxTags={2000}
        />
        <Radio.Group
          label={t('listening.settings.retention')}
          description={t('listening.settings.retentionHelp')}
          value={keepAll ? 'all' : 'days'}
          onChange={(value) => {
            setKeepAll(value === 'all');
            save.reset();
          }}
        >
          <Stack gap="xs" mt="xs">
            <Radio value="all" label={t('listening.settings.keepAll')} disabled={!canEdit} />
            <Radio value="days" label={t('listening.settings.keepDays')} disabled={!canEdit} />
          </Stack>
        </Radio.Group>
        {!keepAll && (
          <NumberInput
            label={t('listening.settings.days')}
            value={days}
            onChange={(value) => {
              setDays(value);
              save.reset();
            }}
            min={7}
            max={3650}
            allowDecimal={false}
            error={errors.retentionDays}
            disabled={!canEdit}
            maw={220}
          />
        )}
        {canEdit ? (
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t('listening.settings.adminsOnly')}
          </Text>
        )}
      </Stack>
    </form>
  );
}

/** What word statistics keep whole, and how long mentions are kept. */
export function ListeningSettingsCard() {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
  const settings = useListeningSettings(workspace.id);
  const canEdit = useHasRole('admin');
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="listening-settings-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="listening-settings-heading">
          {t('listening.settings.title')}
        </Title>
        {settings.isPending && <LoadingState />}
        {settings.isError && <RetryableError error={settings.error} onRetry={() => settings.refetch()} />}
        {settings.data && <SettingsForm settings={settings.data} canEdit={canEdit} />}
      </Stack>
    </Paper>
  );
}
