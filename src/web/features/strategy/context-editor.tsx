import { Stack, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StrategyState } from '../../../shared/api/strategy.schemas.ts';
import type { ContextSection } from '../../../shared/strategy/strategy-context.schemas.ts';
import { EditorSection } from './editor-section.tsx';
import { MoneyInput } from './money-input.tsx';
import { NamedItems } from './named-items.tsx';
import { ResourcesForm } from './resources-form.tsx';
import { RisksEditor } from './risks-editor.tsx';
import { SaveStatusBar } from './save-status.tsx';
import { SwotFindings } from './swot-findings.tsx';
import { useSectionDraft } from './use-section-draft.ts';

type Planning = ContextSection['planning'];
type ContextEditorProps = { workspaceId: string; state: StrategyState; canEdit: boolean };

export function ContextEditor({ workspaceId, state, canEdit }: ContextEditorProps) {
  const { t } = useTranslation();
  const draft = useSectionDraft(workspaceId, 'context', state);
  const { value, update } = draft;
  const plan = <F extends keyof Planning>(field: F, next: Planning[F]) =>
    update((current) => ({ ...current, planning: { ...current.planning, [field]: next } }));

  return (
    <Stack gap="lg">
      <SaveStatusBar status={draft.status} error={draft.error} onReload={draft.reload} />
      <fieldset disabled={!canEdit || draft.status === 'stale'} className="plain-fieldset">
        <Stack gap="xl">
          <EditorSection id="context-customers" title={t('strategy.context.segments.heading')} help={t('strategy.context.segments.help')}>
            <NamedItems
              items={value.customers.segments}
              nameField="name"
              labels="strategy.context.segments"
              descriptionHelp
              onChange={(segments) => update((current) => ({ ...current, customers: { segments } }))}
            />
          </EditorSection>

          <EditorSection id="context-analysis" title={t('strategy.context.analysis.heading')}>
            <Textarea
              label={t('strategy.context.analysis.marketSummary')}
              description={t('strategy.context.analysis.marketSummaryHelp')}
              autosize
              minRows={3}
              value={value.analysis.marketSummary}
              onChange={(e) => {
                const marketSummary = e.currentTarget.value;
                update((current) => ({ ...current, analysis: { ...current.analysis, marketSummary } }));
              }}
            />
            <Title order={3} size="h4">
              {t('strategy.context.swot.heading')}
            </Title>
            <SwotFindings
              findings={value.analysis.findings}
              onChange={(findings) => update((current) => ({ ...current, analysis: { ...current.analysis, findings } }))}
            />
          </EditorSection>

          <EditorSection id="context-value" title={t('strategy.context.valueProposition.heading')}>
            <Textarea
              label={t('strategy.context.valueProposition.label')}
              description={t('strategy.context.valueProposition.help')}
              autosize
              minRows={3}
              value={value.valueProposition}
              onChange={(e) => {
                const valueProposition = e.currentTarget.value;
                update((current) => ({ ...current, valueProposition }));
              }}
            />
          </EditorSection>

          <EditorSection id="context-planning" title={t('strategy.context.planning.heading')}>
            <MoneyInput
              label={t('strategy.context.planning.budget')}
              description={t('strategy.context.planning.budgetHelp')}
              currencyLabel={t('strategy.context.planning.budgetCurrency')}
              value={value.planning.budget}
              onChange={(budget) => plan('budget', budget)}
            />
            <Title order={3} size="h4">
              {t('strategy.context.risks.heading')}
            </Title>
            <RisksEditor risks={value.planning.risks} onChange={(risks) => plan('risks', risks)} />
            <Title order={3} size="h4">
              {t('strategy.context.options.heading')}
            </Title>
            <NamedItems items={value.planning.strategicOptions} nameField="title" labels="strategy.context.options" onChange={(options) => plan('strategicOptions', options)} />
          </EditorSection>

          <EditorSection id="context-resources" title={t('strategy.context.resources.heading')} help={t('strategy.context.resources.help')}>
            <ResourcesForm resources={value.resources} onChange={(resources) => update((current) => ({ ...current, resources }))} />
          </EditorSection>
        </Stack>
      </fieldset>
    </Stack>
  );
}
