import { PasswordInput, Radio, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../ui/lib/form-errors.ts';
import type { SourceValues } from './source-values.ts';

type SourceFieldsProps = {
  values: SourceValues;
  errors: FieldErrors;
  /** When editing, a stored token or password is kept unless a new one is typed. */
  hasStoredSecret: boolean;
  set: (change: Partial<SourceValues>) => void;
};

/** The settings each kind of source needs, with what to type in each. */
export function SourceFields({ values, errors, hasStoredSecret, set }: SourceFieldsProps) {
  const { t } = useTranslation();
  const urlError = (key: string) => (errors[key] ? t('listening.sources.form.urlInvalid') : undefined);
  const keepHint = hasStoredSecret ? ` ${t('listening.sources.form.secretKept')}` : '';

  if (values.kind === 'rss') {
    return (
      <TextInput
        label={t('listening.sources.form.feedUrl')}
        description={t('listening.sources.form.feedUrlHelp')}
        placeholder="https://example.com/feed.xml"
        type="url"
        value={values.url}
        onChange={(event) => set({ url: event.currentTarget.value })}
        error={urlError('config.url')}
        required
        data-testid="source-url"
      />
    );
  }
  if (values.kind === 'mastodon') {
    return (
      <Stack gap="sm">
        <TextInput
          label={t('listening.sources.form.instanceUrl')}
          description={t('listening.sources.form.instanceUrlHelp')}
          type="url"
          value={values.instanceUrl}
          onChange={(event) => set({ instanceUrl: event.currentTarget.value })}
          error={urlError('config.instanceUrl')}
          required
        />
        <Radio.Group label={t('listening.sources.form.mode')} value={values.mode} onChange={(mode) => set({ mode: mode === 'search' ? 'search' : 'hashtag' })}>
          <Stack gap="xs" mt="xs">
            <Radio value="hashtag" label={t('listening.sources.form.modeHashtag')} />
            <Radio value="search" label={t('listening.sources.form.modeSearch')} />
          </Stack>
        </Radio.Group>
        <TextInput
          label={values.mode === 'hashtag' ? t('listening.sources.form.hashtag') : t('listening.sources.form.searchQuery')}
          placeholder={values.mode === 'hashtag' ? 'กาแฟ' : 'บ้านดอย'}
          value={values.query}
          onChange={(event) => set({ query: event.currentTarget.value })}
          error={errors['config.query']}
          required
        />
        <PasswordInput
          label={t('listening.sources.form.accessToken')}
          description={`${t('listening.sources.form.accessTokenHelp')}${keepHint}`}
          value={values.secret}
          onChange={(event) => set({ secret: event.currentTarget.value })}
          error={errors.secret}
          required={values.mode === 'search' && !hasStoredSecret}
          autoComplete="off"
        />
      </Stack>
    );
  }
  return (
    <Stack gap="sm">
      <TextInput
        label={t('listening.sources.form.serviceUrl')}
        description={t('listening.sources.form.serviceUrlHelp')}
        type="url"
        value={values.serviceUrl}
        onChange={(event) => set({ serviceUrl: event.currentTarget.value })}
        error={urlError('config.serviceUrl')}
        required
      />
      <TextInput
        label={t('listening.sources.form.searchQuery')}
        placeholder="咖啡"
        value={values.query}
        onChange={(event) => set({ query: event.currentTarget.value })}
        error={errors['config.query']}
        required
      />
      <TextInput
        label={t('listening.sources.form.identifier')}
        description={t('listening.sources.form.identifierHelp')}
        placeholder="name.bsky.social"
        value={values.identifier}
        onChange={(event) => set({ identifier: event.currentTarget.value })}
        error={errors['config.identifier']}
        required
        autoComplete="off"
      />
      <PasswordInput
        label={t('listening.sources.form.appPassword')}
        description={`${t('listening.sources.form.appPasswordHelp')}${keepHint}`}
        value={values.secret}
        onChange={(event) => set({ secret: event.currentTarget.value })}
        error={errors.secret}
        required={!hasStoredSecret}
        autoComplete="off"
      />
    </Stack>
  );
}
