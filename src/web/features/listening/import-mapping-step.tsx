import { Badge, Button, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ImportSummary, MENTION_FIELDS } from '../../../shared/api/listening.schemas.ts';
import { isApiError } from '../../ui/api/api-client.ts';
import { ErrorAlert } from '../../ui/components/error-alert.tsx';
import { useFormatters } from '../../ui/lib/use-formatters.ts';
import { useCurrentWorkspace } from '../../ui/session/workspace-context.ts';
import { formatFileSize } from './file-size.ts';
import { type ImportOptionValues, ImportOptionsFields } from './import-options-fields.tsx';
import { ImportSampleTable } from './import-sample-table.tsx';
import { useStartImport } from './listening-sources.queries.ts';
import type { ImportPreview } from './upload-import.ts';

type Field = (typeof MENTION_FIELDS)[number];
type Mapping = Partial<Record<Field, string>>;

type ImportMappingStepProps = { preview: ImportPreview; onBack: () => void; onStarted: (summary: ImportSummary) => void };

/** Step 2: what the server found in the file, which column is which, and how to read dates. */
export function ImportMappingStep({ preview, onBack, onStarted }: ImportMappingStepProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const workspace = useCurrentWorkspace();
  const start = useStartImport(workspace.id);
  const [mapping, setMapping] = useState<Mapping>(preview.suggestedMapping);
  const [options, setOptions] = useState<ImportOptionValues>({ timezone: workspace.timezone, dateOrder: 'dmy', channel: 'other', encoding: null });
  const [textMissing, setTextMissing] = useState(false);
  const summary = preview.import;
  const headerOptions = preview.headers.map((header) => ({ value: header, label: header }));
  // The server names each refused field at body.mapping.<field>: mark those selects.
  const refused = new Set(isApiError(start.error, 'import_mapping_invalid') ? start.error.details.map((detail) => detail.path.replace(/^body\.mapping\./, '')) : []);
  const fieldError = (field: Field) => {
    if (field === 'text' && textMissing) return t('listening.imports.mapping.textRequired');
    return refused.has(field) ? t('listening.imports.mapping.columnInvalid') : undefined;
  };

  const setField = (field: Field, header: string | null) => {
    setMapping((current) => {
      const next = { ...current };
      if (header === null) delete next[field];
      else next[field] = header;
      return next;
    });
    if (field === 'text') setTextMissing(false);
  };

  const submit = () => {
    if (!mapping.text) {
      setTextMissing(true);
      return;
    }
    start.mutate({ importId: summary.id, input: { mapping, options } }, { onSuccess: onStarted });
  };

  return (
    <Stack gap="lg">
      <Group gap="xs" wrap="wrap" data-testid="import-detected">
        <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
          {summary.fileName}
        </Text>
        <Text size="sm" c="dimmed">
          {formatFileSize(summary.byteSize, format.locale)}
        </Text>
        <Badge variant="light">{t('listening.imports.mapping.format', { format: summary.format.toUpperCase() })}</Badge>
        <Badge variant="light" color="grape">
          {t('listening.imports.mapping.encoding', { encoding: summary.encoding ?? t('listening.imports.mapping.encodingUnknown') })}
        </Badge>
      </Group>

      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('listening.imports.mapping.sample')}
        </Title>
        <ImportSampleTable headers={preview.headers} rows={preview.sampleRows} />
      </Stack>

      <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
        <Text component="legend" fw={700} mb="xs">
          {t('listening.imports.mapping.title')}
        </Text>
        <Text size="sm" c="dimmed">
          {t('listening.imports.mapping.help')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          {MENTION_FIELDS.map((field) => (
            <Select
              key={field}
              label={t(`listening.imports.fields.${field}`)}
              placeholder={t('listening.imports.mapping.notInFile')}
              data={headerOptions}
              value={mapping[field] ?? null}
              onChange={(value) => setField(field, value)}
              clearable={field !== 'text'}
              required={field === 'text'}
              error={fieldError(field)}
              data-testid={`map-${field}`}
            />
          ))}
        </SimpleGrid>
      </Stack>

      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('listening.imports.options.title')}
        </Title>
        <ImportOptionsFields values={options} detectedEncoding={summary.encoding} onChange={setOptions} />
      </Stack>

      <ErrorAlert error={start.error} />
      <Group>
        <Button leftSection={<IconPlayerPlay size={18} aria-hidden />} onClick={submit} loading={start.isPending}>
          {t('listening.imports.mapping.start')}
        </Button>
        <Button variant="default" onClick={onBack} disabled={start.isPending}>
          {t('listening.imports.mapping.back')}
        </Button>
      </Group>
    </Stack>
  );
}
