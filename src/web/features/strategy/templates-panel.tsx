import { Button, Card, Modal, NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconTemplate } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { StrategyTemplateSummary } from '../../../shared/api/strategy-templates.schemas.ts';
import { type Locale, localeSchema } from '../../../shared/locales.ts';
import { ConfirmDialog } from '../../ui/components/confirm-dialog.tsx';
import { RetryableError } from '../../ui/components/error-alert.tsx';
import { LoadingState } from '../../ui/components/loading-state.tsx';
import { LOCALE_NAMES, LOCALE_OPTIONS } from '../../ui/i18n.ts';
import { toLocale } from '../../ui/lib/use-formatters.ts';
import { useCurrentWorkspace } from '../../ui/session/workspace-context.ts';
import { type TemplateChoice, useApplyTemplate, useStrategyTemplates } from './templates.queries.ts';

type ChooseProps = { onChoose: (choice: TemplateChoice) => void };

function TemplateCard({ template, onChoose }: ChooseProps & { template: StrategyTemplateSummary }) {
  const { t, i18n } = useTranslation();
  const [locale, setLocale] = useState<Locale>(toLocale(i18n.language));
  const headingId = useId();
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={headingId}>
      <Stack gap="sm" h="100%">
        <Title order={3} size="h4" id={headingId}>
          {template.name}
        </Title>
        <Text size="sm" c="dimmed" style={{ flexGrow: 1 }}>
          {template.description}
        </Text>
        <NativeSelect
          label={t('strategy.templates.language')}
          data={LOCALE_OPTIONS}
          value={locale}
          onChange={(e) => {
            const parsed = localeSchema.safeParse(e.currentTarget.value);
            if (parsed.success) setLocale(parsed.data);
          }}
        />
        <Button variant="light" aria-label={t('strategy.templates.useNamed', { name: template.name })} onClick={() => onChoose({ key: template.key, name: template.name, locale })}>
          {t('strategy.templates.use')}
        </Button>
      </Stack>
    </Card>
  );
}

/** The five templates, named in the UI language; each can be written in any of the four. */
function TemplateCards({ onChoose }: ChooseProps) {
  const { i18n } = useTranslation();
  const workspace = useCurrentWorkspace();
  const templates = useStrategyTemplates(workspace.id, toLocale(i18n.language));
  if (templates.isPending) return <LoadingState />;
  if (templates.isError) return <RetryableError error={templates.error} onRetry={() => templates.refetch()} />;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
      {templates.data.templates.map((template) => (
        <TemplateCard key={template.key} template={template} onChoose={onChoose} />
      ))}
    </SimpleGrid>
  );
}

type ConfirmProps = { choice: TemplateChoice | null; revision: number; onClose: () => void };

/** Replacing the draft loses unpublished work, so it is confirmed first; published versions stay. */
function ConfirmTemplateDialog({ choice, revision, onClose }: ConfirmProps) {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
  const navigate = useNavigate();
  const apply = useApplyTemplate(workspace.id);
  const close = () => {
    apply.reset();
    onClose();
  };
  return (
    <ConfirmDialog
      opened={choice !== null}
      title={choice ? t('strategy.templates.confirmTitle', { name: choice.name }) : ''}
      body={
        choice && (
          <>
            <Text>{t('strategy.templates.confirmBody', { language: LOCALE_NAMES[choice.locale] })}</Text>
            <Text>{t('strategy.templates.versionsKept')}</Text>
          </>
        )
      }
      confirmLabel={t('strategy.templates.confirm')}
      pending={apply.isPending}
      error={apply.error}
      onClose={close}
      onConfirm={() => {
        if (!choice) return;
        apply.mutate(
          { choice, revision },
          {
            onSuccess: () => {
              close();
              navigate(`/w/${workspace.id}/goals`);
            },
          },
        );
      }}
    />
  );
}

/** Shown on the overview while the strategy is (nearly) empty: the quickest way to a first draft. */
export function TemplatesPanel({ revision }: { revision: number }) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<TemplateChoice | null>(null);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="templates-heading">
      <Stack>
        <div>
          <Title order={2} size="h3" id="templates-heading">
            {t('strategy.templates.title')}
          </Title>
          <Text c="dimmed" maw={720}>
            {t('strategy.templates.intro')}
          </Text>
        </div>
        <TemplateCards onChoose={setChoice} />
      </Stack>
      <ConfirmTemplateDialog choice={choice} revision={revision} onClose={() => setChoice(null)} />
    </Card>
  );
}

/** The same templates at any time, from the overview's header, for editors. */
export function TemplatesButton({ revision }: { revision: number }) {
  const { t } = useTranslation();
  const [galleryOpen, setGalleryOpen] = useState(false);
  const [choice, setChoice] = useState<TemplateChoice | null>(null);
  return (
    <>
      <Button variant="default" leftSection={<IconTemplate size={18} aria-hidden />} onClick={() => setGalleryOpen(true)}>
        {t('strategy.templates.title')}
      </Button>
      <Modal opened={galleryOpen} onClose={() => setGalleryOpen(false)} title={t('strategy.templates.title')} size="xl" closeButtonProps={{ 'aria-label': t('common.close') }}>
        <Stack>
          <Text c="dimmed">{t('strategy.templates.intro')}</Text>
          {galleryOpen && (
            <TemplateCards
              onChoose={(chosen) => {
                setGalleryOpen(false);
                setChoice(chosen);
              }}
            />
          )}
        </Stack>
      </Modal>
      <ConfirmTemplateDialog choice={choice} revision={revision} onClose={() => setChoice(null)} />
    </>
  );
}
