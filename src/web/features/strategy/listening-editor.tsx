import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StrategyState } from '../../../shared/api/strategy.schemas.ts';
import type { Competitor, ListeningSection } from '../../../shared/strategy/strategy-listening.schemas.ts';
import { type CleanupEntry, CleanupReport } from './cleanup-report.tsx';
import { CompetitorCard } from './competitor-card.tsx';
import { ListeningFindings } from './listening-findings.tsx';
import { ListeningQuestions } from './listening-questions.tsx';
import { SaveStatusBar } from './save-status.tsx';
import { TermsInput } from './terms-input.tsx';
import { useSectionDraft } from './use-section-draft.ts';
import { newId } from './use-strategy-labels.ts';

type TermList = 'brandTerms' | 'categoryTerms' | 'topicTerms';

function Part({ id, title, help, children }: { id: string; title: string; help: string; children: ReactNode }) {
  return (
    <Stack gap="sm" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id}>
        {title}
      </Title>
      <Text size="sm" c="dimmed">
        {help}
      </Text>
      {children}
    </Stack>
  );
}

type ListeningEditorProps = { workspaceId: string; state: StrategyState; canEdit: boolean };

export function ListeningEditor({ workspaceId, state, canEdit }: ListeningEditorProps) {
  const { t } = useTranslation();
  const draft = useSectionDraft(workspaceId, 'listening', state);
  const [cleaned, setCleaned] = useState<CleanupEntry[] | null>(null);
  const { value, update } = draft;
  const set = <F extends keyof ListeningSection>(field: F, next: ListeningSection[F]) => update((current) => ({ ...current, [field]: next }));
  const terms = (field: TermList, label: string, help: string) => (
    <TermsInput label={label} description={help} value={value[field]} onChange={(next) => set(field, next)} />
  );

  // The one-thing comparison scores competitors: the server removes the competitor and its row at once.
  const remove = async (competitor: Competitor) => {
    const result = await draft.remove('competitors', competitor.id);
    if (result) setCleaned(result);
  };

  return (
    <Stack gap="lg">
      <SaveStatusBar status={draft.status} error={draft.error} onReload={draft.reload} />
      {cleaned && <CleanupReport entries={cleaned} onClose={() => setCleaned(null)} />}
      <fieldset disabled={!canEdit || draft.status === 'stale'} className="plain-fieldset">
        <Stack gap="xl">
          <Part id="listening-terms-heading" title={t('strategy.listening.termsHeading')} help={t('strategy.listening.termsHelp')}>
            {terms('brandTerms', t('strategy.listening.brandTerms'), t('strategy.listening.brandTermsHelp'))}
            {terms('categoryTerms', t('strategy.listening.categoryTerms'), t('strategy.listening.categoryTermsHelp'))}
            {terms('topicTerms', t('strategy.listening.topicTerms'), t('strategy.listening.topicTermsHelp'))}
          </Part>
          <Part id="listening-competitors-heading" title={t('strategy.listening.competitorsHeading')} help={t('strategy.listening.competitorsHelp')}>
            {value.competitors.map((competitor, index) => (
              <CompetitorCard
                key={competitor.id}
                competitor={competitor}
                index={index}
                onChange={(next) => update((current) => ({ ...current, competitors: current.competitors.map((item) => (item.id === next.id ? next : item)) }))}
                onRemove={() => void remove(competitor)}
              />
            ))}
            <Group>
              <Button
                variant="light"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => update((current) => ({ ...current, competitors: [...current.competitors, { id: newId(), name: '', handles: [], terms: [] }] }))}
              >
                {t('strategy.listening.addCompetitor')}
              </Button>
            </Group>
          </Part>
          <Part id="listening-questions-heading" title={t('strategy.listening.questionsHeading')} help={t('strategy.listening.questionsHelp')}>
            <ListeningQuestions questions={value.questions} onChange={(questions) => set('questions', questions)} />
          </Part>
          <Part id="listening-findings-heading" title={t('strategy.listening.findingsHeading')} help={t('strategy.listening.findingsHelp')}>
            <ListeningFindings workspaceId={workspaceId} findings={value.findings} onChange={(findings) => set('findings', findings)} />
          </Part>
        </Stack>
      </fieldset>
    </Stack>
  );
}
