import { Button, Group, Modal, NumberInput, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import type { TFunction } from 'i18next';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Source, sourceInputSchema } from '../../../shared/api/listening.schemas.ts';
import { isApiError } from '../../ui/api/api-client.ts';
import { ErrorAlert } from '../../ui/components/error-alert.tsx';
import { type FieldErrors, validate } from '../../ui/lib/form-errors.ts';
import { useCurrentWorkspace } from '../../ui/session/workspace-context.ts';
import { useSaveSource } from './listening-sources.queries.ts';
import { SourceFields } from './source-fields.tsx';
import { EMPTY_SOURCE, POLLED_KINDS, type PolledKind, type SourceValues, sourceInput, sourceValues } from './source-values.ts';

/** `null` while closed; `{ source: null }` to add one. */
export type SourceFormTarget = { source: Source | null } | null;

/** What the connectors need to sign in (the server checks the same): a Mastodon search a token, any Bluesky search a handle and app password. */
function credentialProblems(values: SourceValues, hasStoredSecret: boolean, t: TFunction): FieldErrors {
  const secret = values.secret !== '' || hasStoredSecret;
  if (values.kind === 'mastodon' && values.mode === 'search' && !secret) return { secret: t('listening.sources.form.accessTokenNeeded') };
  if (values.kind !== 'bluesky') return {};
  const problems: FieldErrors = {};
  if (values.identifier.trim() === '') problems['config.identifier'] = t('listening.sources.form.identifierNeeded');
  if (!secret) problems.secret = t('listening.sources.form.appPasswordNeeded');
  return problems;
}

/** The server's field problems in the reader's words; the paths are the schema's (`body.config.query`). */
function serverProblems(error: unknown, values: SourceValues, t: TFunction): FieldErrors {
  if (!isApiError(error, 'validation_failed')) return {};
  const problems: FieldErrors = {};
  for (const detail of error.details) {
    const field = detail.path.replace(/^body\./, '');
    if (field === 'secret') problems.secret = t(values.kind === 'mastodon' ? 'listening.sources.form.accessTokenNeeded' : 'listening.sources.form.appPasswordNeeded');
    else if (field === 'config.identifier') problems[field] = t('listening.sources.form.identifierNeeded');
    else if (field === 'config.query' && values.kind === 'mastodon' && values.mode === 'hashtag') problems[field] = t('listening.sources.form.hashtagInvalid');
    else problems[field] ??= t('validation.invalid');
  }
  return problems;
}

function SourceFormFields({ source, onClose }: { source: Source | null; onClose: () => void }) {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
  const save = useSaveSource(workspace.id);
  const [values, setValues] = useState<SourceValues>(source ? sourceValues(source) : EMPTY_SOURCE);
  const [errors, setErrors] = useState<FieldErrors>({});
  const hasStoredSecret = source?.hasSecret ?? false;
  const set = (change: Partial<SourceValues>) => {
    setValues((current) => ({ ...current, ...change }));
    setErrors({});
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = validate(sourceInputSchema, sourceInput(values, source?.enabled ?? true), t);
    const problems = { ...(result.ok ? {} : result.errors), ...credentialProblems(values, hasStoredSecret, t) };
    setErrors(problems);
    if (!result.ok || Object.keys(problems).length > 0) return;
    save.mutate({ sourceId: source?.id ?? null, input: result.data }, { onSuccess: onClose, onError: (error) => setErrors(serverProblems(error, values, t)) });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert error={save.error} />
        {source === null && (
          <Stack gap={4}>
            <Text size="sm" fw={500} id="source-kind-label">
              {t('listening.sources.form.kind')}
            </Text>
            <SegmentedControl
              aria-labelledby="source-kind-label"
              value={values.kind}
              onChange={(kind) => set({ kind: kind as PolledKind, secret: '' })}
              data={POLLED_KINDS.map((kind) => ({ value: kind, label: t(`listening.sources.kinds.${kind}`) }))}
            />
          </Stack>
        )}
        <TextInput
          label={t('listening.sources.form.name')}
          description={t('listening.sources.form.nameHelp')}
          value={values.name}
          onChange={(event) => set({ name: event.currentTarget.value })}
          error={errors.name}
          required
          data-testid="source-name"
        />
        <SourceFields values={values} errors={errors} hasStoredSecret={hasStoredSecret} set={set} />
        <NumberInput
          label={t('listening.sources.form.pollMinutes')}
          description={t('listening.sources.form.pollMinutesHelp')}
          value={values.pollMinutes}
          onChange={(pollMinutes) => set({ pollMinutes })}
          min={5}
          max={1440}
          allowDecimal={false}
          error={errors.pollMinutes}
          maw={240}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {source ? t('common.save') : t('listening.sources.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Add or change a polled source (RSS or Atom feed, Mastodon, Bluesky) in a dialog. */
export function SourceForm({ target, onClose }: { target: SourceFormTarget; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={target?.source ? t('listening.sources.form.editTitle', { name: target.source.name }) : t('listening.sources.form.createTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {target && <SourceFormFields key={target.source?.id ?? 'new'} source={target.source} onClose={onClose} />}
    </Modal>
  );
}
