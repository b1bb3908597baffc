import { Alert, Anchor, Button, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconInfoCircle, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StrategyState } from '../../../shared/api/strategy.schemas.ts';
import { ComparisonMatrix } from './comparison-matrix.tsx';
import { ProofPoints } from './proof-points.tsx';
import { SaveStatusBar } from './save-status.tsx';
import { useSectionDraft } from './use-section-draft.ts';
import { newId } from './use-strategy-labels.ts';

type OneThingEditorProps = { workspaceId: string; state: StrategyState; canEdit: boolean };

export function OneThingEditor({ workspaceId, state, canEdit }: OneThingEditorProps) {
  const { t } = useTranslation();
  const draft = useSectionDraft(workspaceId, 'oneThing', state);
  // Competitors belong to the listening plan (step 3); this step only scores them.
  const competitors = state.document.listening.competitors;
  const { value, update } = draft;

  return (
    <Stack gap="lg">
      <SaveStatusBar status={draft.status} error={draft.error} onReload={draft.reload} />
      <fieldset disabled={!canEdit || draft.status === 'stale'} className="plain-fieldset">
        <Stack gap="xl">
          <Stack gap="md">
            <Textarea
              label={t('strategy.oneThing.differentiator')}
              description={t('strategy.oneThing.differentiatorHelp')}
              autosize
              minRows={3}
              value={value.differentiator}
              onChange={(e) => {
                const differentiator = e.currentTarget.value;
                update((current) => ({ ...current, differentiator }));
              }}
            />
            <ProofPoints points={value.proofPoints} onChange={(proofPoints) => update((current) => ({ ...current, proofPoints }))} />
          </Stack>
          <Stack gap="sm" component="section" aria-labelledby="comparison-heading">
            <Title order={2} size="h3" id="comparison-heading">
              {t('strategy.oneThing.comparison')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('strategy.oneThing.comparisonHelp')}
            </Text>
            {competitors.length === 0 && (
              <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
                <Text size="sm">{t('strategy.oneThing.noCompetitors')}</Text>
                {/* The default link blue is below 4.5:1 on the light blue alert. */}
                <Anchor component={Link} to={`/w/${workspaceId}/listening`} size="sm" c="blue.9" underline="always">
                  {t('strategy.oneThing.listeningLink')}
                </Anchor>
              </Alert>
            )}
            {value.comparison.attributes.length === 0 ? (
              <Text size="sm" fs="italic">
                {t('strategy.oneThing.noAttributes')}
              </Text>
            ) : (
              <ComparisonMatrix
                comparison={value.comparison}
                competitors={competitors}
                onChange={(comparison) => update((current) => ({ ...current, comparison }))}
              />
            )}
            <Button
              variant="light"
              style={{ alignSelf: 'flex-start' }}
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() =>
                update((current) => ({
                  ...current,
                  comparison: { ...current.comparison, attributes: [...current.comparison.attributes, { id: newId(), name: '' }] },
                }))
              }
            >
              {t('strategy.oneThing.addAttribute')}
            </Button>
          </Stack>
        </Stack>
      </fieldset>
    </Stack>
  );
}
