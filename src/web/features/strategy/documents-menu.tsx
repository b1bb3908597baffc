import { Button, Divider, NativeSelect, Popover, Stack, Text } from '@mantine/core';
import { IconBraces, IconChevronDown, IconDownload, IconFileText, IconFileTypeDocx, IconMarkdown, IconPrinter } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_FORMATS, type DocumentFormat } from '../../../shared/api/strategy-documents.schemas.ts';
import type { Locale } from '../../../shared/locales.ts';
import { apiUrl } from '../../ui/api/api-client.ts';
import { LOCALE_OPTIONS } from '../../ui/i18n.ts';
import { toLocale } from '../../ui/lib/use-formatters.ts';
import { useWorkspace } from '../workspaces/workspace.queries.ts';

const ICONS: Readonly<Record<DocumentFormat | 'json' | 'yaml', ReactNode>> = {
  md: <IconMarkdown size={18} aria-hidden />,
  html: <IconPrinter size={18} aria-hidden />,
  docx: <IconFileTypeDocx size={18} aria-hidden />,
  json: <IconBraces size={18} aria-hidden />,
  yaml: <IconFileText size={18} aria-hidden />,
};

const exportPath = (workspaceId: string, extension: string) => `/workspaces/${encodeURIComponent(workspaceId)}/strategy/export.${extension}`;

/** Where a document is downloaded from; the server names the file and sends it as an attachment. */
export function documentUrl(workspaceId: string, format: DocumentFormat, options: { locale: Locale; version?: number }): string {
  const query = new URLSearchParams({ locale: options.locale });
  if (options.version !== undefined) query.set('version', String(options.version));
  return `${apiUrl(exportPath(workspaceId, format))}?${query}`;
}

type DocumentsMenuProps = {
  workspaceId: string;
  /** A published version's number; without it the working draft is downloaded (and JSON/YAML offered). */
  version?: number;
};

/** "Download strategy": the documents in a chosen language, and the draft as re-importable data. */
export function DocumentsMenu({ workspaceId, version }: DocumentsMenuProps) {
  const { t, i18n } = useTranslation();
  const workspace = useWorkspace(workspaceId);
  const [opened, setOpened] = useState(false);
  const [chosen, setChosen] = useState<Locale | null>(null);
  const locale = chosen ?? workspace.data?.defaultLocale ?? toLocale(i18n.language);
  const item = (key: DocumentFormat | 'json' | 'yaml', href: string) => (
    <Button key={key} component="a" href={href} download variant="subtle" justify="flex-start" leftSection={ICONS[key]} onClick={() => setOpened(false)}>
      {t(`strategy.documents.formats.${key}`)}
    </Button>
  );

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={320} shadow="md" trapFocus returnFocus>
      <Popover.Target>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
          aria-haspopup="dialog"
          aria-expanded={opened}
          onClick={() => setOpened((open) => !open)}
        >
          {version === undefined ? t('strategy.documents.download') : t('strategy.documents.downloadVersion', { number: version })}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <NativeSelect label={t('strategy.documents.language')} data={LOCALE_OPTIONS} value={locale} onChange={(event) => setChosen(toLocale(event.currentTarget.value))} />
          <Stack gap={2}>{DOCUMENT_FORMATS.map((format) => item(format, documentUrl(workspaceId, format, { locale, version })))}</Stack>
          <Text size="xs" c="dimmed">
            {t('strategy.documents.printHint')}
          </Text>
          {version === undefined && (
            <>
              <Divider label={t('strategy.documents.dataFiles')} labelPosition="left" />
              <Stack gap={2}>{(['json', 'yaml'] as const).map((format) => item(format, apiUrl(exportPath(workspaceId, format))))}</Stack>
            </>
          )}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
