import { Button, Group, Modal, NumberInput, Radio, Select, Stack, Switch, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ALERT_KINDS, alertRuleInputSchema, type Topic } from '../../../shared/api/listening.schemas.ts';
import { isApiError } from '../../ui/api/api-client.ts';
import { ErrorAlert } from '../../ui/components/error-alert.tsx';
import { type FieldErrors, serverFieldErrors, validate } from '../../ui/lib/form-errors.ts';
import { useCurrentWorkspace } from '../../ui/session/workspace-context.ts';
import { type AlertRule, useSaveAlertRule } from './listening-manage.queries.ts';

const ALL = 'all';

/** `null` while closed; `{ rule: null }` to add one. */
export type AlertRuleTarget = { rule: AlertRule | null } | null;

type RuleFieldsProps = { rule: AlertRule | null; topics: Topic[]; onClose: () => void };

function RuleFields({ rule, topics, onClose }: RuleFieldsProps) {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
  const save = useSaveAlertRule(workspace.id);
  const [topicId, setTopicId] = useState(rule?.topicId ?? ALL);
  const [kind, setKind] = useState<string>(rule?.kind ?? 'volume_spike');
  const [factor, setFactor] = useState<number | string>(rule?.factor ?? 3);
  const [minMentions, setMinMentions] = useState<number | string>(rule?.minMentions ?? 10);
  const [webhookUrl, setWebhookUrl] = useState(rule?.webhookUrl ?? '');
  const [enabled, setEnabled] = useState(rule?.enabled ?? true);
  const [errors, setErrors] = useState<FieldErrors>({});

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = {
      topicId: topicId === ALL ? null : topicId,
      kind,
      factor: factor === '' ? Number.NaN : Number(factor),
      minMentions: minMentions === '' ? Number.NaN : Number(minMentions),
      webhookUrl: webhookUrl.trim() === '' ? null : webhookUrl.trim(),
      enabled,
    };
    const result = validate(alertRuleInputSchema, input, t);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    save.mutate({ ruleId: rule?.id ?? null, input: result.data }, { onSuccess: onClose, onError: (error) => setErrors(serverFieldErrors(error, t)) });
  };

  // The server refuses an address inside its own network (when saved): said at the field, not only above the form.
  const webhookError = isApiError(save.error, 'source_address_blocked')
    ? t('listening.alerts.form.webhookUrlPrivate')
    : errors.webhookUrl
      ? t('listening.alerts.form.webhookUrlInvalid')
      : undefined;
  const topicOptions = [{ value: ALL, label: t('listening.alerts.form.allMentions') }, ...topics.map((topic) => ({ value: topic.id, label: topic.name }))];

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert error={save.error} />
        <Select label={t('listening.alerts.form.topic')} data={topicOptions} value={topicId} onChange={(value) => setTopicId(value ?? ALL)} allowDeselect={false} error={errors.topicId} />
        <Radio.Group label={t('listening.alerts.form.kind')} value={kind} onChange={setKind}>
          <Stack gap="xs" mt="xs">
            {ALERT_KINDS.map((value) => (
              <Radio key={value} value={value} label={t(`listening.alerts.kinds.${value}`)} description={t(`listening.alerts.kindHelp.${value}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <Group grow align="flex-start">
          <NumberInput
            label={t('listening.alerts.form.factor')}
            description={t('listening.alerts.form.factorHelp')}
            value={factor}
            onChange={setFactor}
            min={1.1}
            max={100}
            step={0.5}
            decimalScale={1}
            error={errors.factor}
          />
          <NumberInput
            label={t('listening.alerts.form.minMentions')}
            description={t('listening.alerts.form.minMentionsHelp')}
            value={minMentions}
            onChange={setMinMentions}
            min={1}
            max={1_000_000}
            allowDecimal={false}
            thousandSeparator
            error={errors.minMentions}
          />
        </Group>
        <TextInput
          label={t('listening.alerts.form.webhookUrl')}
          description={t('listening.alerts.form.webhookUrlHelp')}
          value={webhookUrl}
          onChange={(event) => setWebhookUrl(event.currentTarget.value)}
          placeholder="https://"
          type="url"
          error={webhookError}
        />
        <Switch label={t('listening.alerts.form.enabled')} checked={enabled} onChange={(event) => setEnabled(event.currentTarget.checked)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {rule ? t('common.save') : t('listening.alerts.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Add or change an alert rule in a dialog. */
export function AlertRuleForm({ target, topics, onClose }: { target: AlertRuleTarget; topics: Topic[]; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={target?.rule ? t('listening.alerts.form.editTitle') : t('listening.alerts.form.createTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {target && <RuleFields key={target.rule?.id ?? 'new'} rule={target.rule} topics={topics} onClose={onClose} />}
    </Modal>
  );
}
