import { Button, Group, Modal, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TOPIC_KINDS, type Topic, topicInputSchema } from '../../../shared/api/listening.schemas.ts';
import { validateTopicQuery } from '../../../shared/listening/topic-query.parser.ts';
import { isApiError } from '../../ui/api/api-client.ts';
import { ErrorAlert } from '../../ui/components/error-alert.tsx';
import { type FieldErrors, validate } from '../../ui/lib/form-errors.ts';
import { useCurrentWorkspace } from '../../ui/session/workspace-context.ts';
import { useSaveTopic } from './listening-manage.queries.ts';
import { QueryEditor } from './query-editor.tsx';

type Kind = Topic['kind'];
/** `null` while closed; `{ topic: null }` to create one. */
export type TopicFormTarget = { topic: Topic | null; kind: Kind } | null;

type TopicFormProps = { target: TopicFormTarget; onClose: () => void };

/** Server problems with the query: the shared parser names them in the reader's language; its own words only if it finds none. */
function serverQueryMessages(error: unknown, query: string): string[] {
  if (!isApiError(error, 'validation_failed')) return [];
  const messages = error.details.filter((detail) => detail.path === 'body.query').map((detail) => detail.message);
  return messages.length > 0 && validateTopicQuery(query).length === 0 ? messages : [];
}

function TopicFields({ topic, kind: initialKind, onClose }: { topic: Topic | null; kind: Kind; onClose: () => void }) {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
  const save = useSaveTopic(workspace.id);
  const [name, setName] = useState(topic?.name ?? '');
  const [kind, setKind] = useState<Kind>(topic?.kind ?? initialKind);
  const [query, setQuery] = useState(topic?.query ?? '');
  const [submitted, setSubmitted] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [serverMessages, setServerMessages] = useState<string[]>([]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    setServerMessages([]);
    // A topic made from a competitor keeps its link while it stays a competitor topic.
    const competitorId = kind === 'competitor' ? (topic?.competitorId ?? null) : null;
    const result = validate(topicInputSchema, { name, kind, competitorId, query }, t);
    setErrors(result.ok ? {} : result.errors);
    if (!result.ok || validateTopicQuery(query).length > 0) return;
    save.mutate(
      { topicId: topic?.id ?? null, input: result.data },
      {
        onSuccess: onClose,
        onError: (error) => {
          setServerMessages(serverQueryMessages(error, query));
          if (isApiError(error, 'validation_failed') && error.details.some((d) => d.path === 'body.name')) setErrors({ name: t('validation.invalid') });
        },
      },
    );
  };

  const queryOnlyProblem = isApiError(save.error, 'validation_failed') && save.error.details.every((d) => d.path === 'body.query');

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {!queryOnlyProblem && <ErrorAlert error={save.error} />}
        <TextInput
          label={t('listening.topics.form.name')}
          value={name}
          onChange={(event) => {
            setName(event.currentTarget.value);
            setErrors({});
          }}
          error={errors.name}
          required
          data-autofocus
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="topic-kind-label">
            {t('listening.topics.form.kind')}
          </Text>
          <SegmentedControl
            aria-labelledby="topic-kind-label"
            value={kind}
            onChange={(value) => setKind(value as Kind)}
            data={TOPIC_KINDS.map((value) => ({ value, label: t(`listening.topics.kinds.${value}`) }))}
          />
        </Stack>
        <QueryEditor
          value={query}
          onChange={(next) => {
            setQuery(next);
            setServerMessages([]);
          }}
          submitted={submitted}
          serverMessages={serverMessages}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {topic ? t('common.save') : t('listening.topics.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Create or change a topic in a dialog; the query is checked as it is typed. */
export function TopicForm({ target, onClose }: TopicFormProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={target?.topic ? t('listening.topics.form.editTitle', { name: target.topic.name }) : t('listening.topics.form.createTitle')}
      size="xl"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {target && <TopicFields key={target.topic?.id ?? 'new'} topic={target.topic} kind={target.kind} onClose={onClose} />}
    </Modal>
  );
}
