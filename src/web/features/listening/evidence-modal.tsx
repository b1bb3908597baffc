import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/components/error-alert.tsx';
import { useCurrentWorkspace } from '../../ui/session/workspace-context.ts';
import { useStrategyCache } from '../strategy/strategy.queries.ts';
import { type DashboardQuery, useSaveEvidence } from './listening.queries.ts';
import type { EvidenceChart } from './trend-cards.tsx';

export type EvidenceRequest = { chart: EvidenceChart; title: string };
const MAX_TEXT = 4000;

type EvidenceModalProps = {
  request: EvidenceRequest | null;
  query: DashboardQuery;
  period: string;
  onClose: () => void;
  onSaved: (request: EvidenceRequest) => void;
};

/** A short finding written about one chart; the server stores it with the chart's numbers in the listening plan. */
export function EvidenceModal({ request, query, period, onClose, onSaved }: EvidenceModalProps) {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
  const cache = useStrategyCache(workspace.id);
  const save = useSaveEvidence(workspace.id);
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);

  const close = () => {
    setText('');
    setMissing(false);
    save.reset();
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!request) return;
    if (text.trim() === '') {
      setMissing(true);
      return;
    }
    // The finding is appended to whatever the strategy holds now, so it starts from the stored revision.
    const state = await cache.refetch().catch(() => null);
    const revision = state?.revision ?? cache.get()?.revision ?? 0;
    save.mutate(
      { revision, text: text.trim(), chart: request.chart, query },
      {
        onSuccess: () => {
          onSaved(request);
          close();
        },
      },
    );
  };

  return (
    <Modal opened={request !== null} onClose={close} title={t('listening.dashboard.evidence.title', { chart: request?.title ?? '' })} centered size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {t('listening.dashboard.evidence.help', { period })}
          </Text>
          <Textarea
            label={t('listening.dashboard.evidence.finding')}
            description={t('listening.dashboard.evidence.findingHelp')}
            autosize
            minRows={3}
            maxLength={MAX_TEXT}
            required
            data-autofocus
            value={text}
            error={missing ? t('listening.dashboard.evidence.findingMissing') : undefined}
            onChange={(event) => {
              setText(event.currentTarget.value);
              setMissing(false);
            }}
          />
          <ErrorAlert error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('listening.dashboard.evidence.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
