import { Button, FileInput, Group, List, Progress, Select, Stack, Text } from '@mantine/core';
import { IconFileUpload, IconUpload } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../ui/api/api-client.ts';
import { ErrorAlert } from '../../ui/components/error-alert.tsx';
import { useFormatters } from '../../ui/lib/use-formatters.ts';
import { useSession } from '../../ui/session/session.queries.ts';
import { useCurrentWorkspace } from '../../ui/session/workspace-context.ts';
import { formatFileSize } from './file-size.ts';
import { listeningKeys } from './listening-manage.queries.ts';
import { ENCODING_NAMES, IMPORT_ENCODINGS } from './import-options-fields.tsx';
import { type ImportPreview, type UploadProgress, uploadImportFile } from './upload-import.ts';

const ACCEPT = '.csv,.tsv,.txt,.json,.ndjson,.jsonl,text/csv,application/json';
const DETECT = 'detect';

/** Step 1: pick the file and send it, showing how much has gone. */
export function ImportFileStep({ onUploaded }: { onUploaded: (preview: ImportPreview) => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const workspace = useCurrentWorkspace();
  const session = useSession();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [encoding, setEncoding] = useState(DETECT);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [error, setError] = useState<unknown>(null);
  const controller = useRef<AbortController | null>(null);

  // Leaving the page mid-upload should not leave a request running in the background.
  useEffect(() => () => controller.current?.abort(), []);

  const upload = async () => {
    if (!file) return;
    controller.current = new AbortController();
    setError(null);
    setProgress({ loaded: 0, total: file.size });
    try {
      const preview = await uploadImportFile({
        workspaceId: workspace.id,
        file,
        encoding: encoding === DETECT ? null : encoding,
        csrfToken: session.data?.csrfToken ?? null,
        onProgress: setProgress,
        signal: controller.current.signal,
      });
      // The upload is an import of its own now (waiting for its columns): the list shows it.
      void queryClient.invalidateQueries({ queryKey: listeningKeys.imports(workspace.id), exact: true });
      onUploaded(preview);
    } catch (cause) {
      if (!(cause instanceof DOMException && cause.name === 'AbortError')) setError(cause);
    } finally {
      setProgress(null);
      controller.current = null;
    }
  };

  const percent = progress && progress.total > 0 ? Math.round((progress.loaded / progress.total) * 100) : 0;
  const details = isApiError(error) ? error.details : [];

  return (
    <Stack gap="md" maw={640}>
      <FileInput
        label={t('listening.imports.file.label')}
        description={t('listening.imports.file.help')}
        value={file}
        onChange={(next) => {
          setFile(next);
          setError(null);
        }}
        accept={ACCEPT}
        clearable
        disabled={progress !== null}
        leftSection={<IconFileUpload size={18} aria-hidden />}
        data-testid="import-file"
      />
      {file && (
        <Text size="sm" c="dimmed" data-testid="import-file-size">
          {t('listening.imports.file.size', { name: file.name, size: formatFileSize(file.size, format.locale) })}
        </Text>
      )}
      <Select
        label={t('listening.imports.options.encoding')}
        description={t('listening.imports.file.encodingHelp')}
        data={[{ value: DETECT, label: t('listening.imports.file.detect') }, ...IMPORT_ENCODINGS.map((value) => ({ value, label: ENCODING_NAMES[value] ?? value }))]}
        value={encoding}
        onChange={(value) => setEncoding(value ?? DETECT)}
        allowDeselect={false}
        disabled={progress !== null}
        error={isApiError(error, 'import_encoding_undetected') ? t('listening.imports.file.chooseEncoding') : undefined}
        maw={320}
      />
      {error !== null && (
        <Stack gap={4}>
          <ErrorAlert error={error} title={t('listening.imports.file.failed')} />
          {details.length > 0 && (
            <List size="sm" c="red.8">
              {details.map((detail) => (
                <List.Item key={`${detail.path}-${detail.message}`}>{detail.message}</List.Item>
              ))}
            </List>
          )}
        </Stack>
      )}
      {progress && (
        <Stack gap={4}>
          <Progress value={percent} animated aria-label={t('listening.imports.file.uploading')} />
          <Text size="sm">
            {t('listening.imports.file.progress', {
              sent: formatFileSize(progress.loaded, format.locale),
              total: formatFileSize(progress.total, format.locale),
              percent: format.number(percent),
            })}
          </Text>
        </Stack>
      )}
      <Group>
        <Button leftSection={<IconUpload size={18} aria-hidden />} onClick={upload} disabled={!file} loading={progress !== null}>
          {t('listening.imports.file.upload')}
        </Button>
        {progress && (
          <Button variant="default" onClick={() => controller.current?.abort()}>
            {t('listening.imports.file.cancel')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
