import { Alert, Button, Input, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconFileImport } from '@tabler/icons-react';
import { type ChangeEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../ui/api/api-client.ts';
import { ErrorAlert } from '../../ui/components/error-alert.tsx';
import { ImportErrors } from './import-errors.tsx';
import { type ChosenFile, type FileProblem, readImportFile } from './import-file.ts';
import { StaleRevisionAlert } from './stale-revision-alert.tsx';
import { useImportStrategy } from './versions.queries.ts';

type ImportStrategyProps = { workspaceId: string; revision: number };
type Outcome = { name: string; changed: boolean };

/** Choose a JSON or YAML file, then replace the draft with it: all of it, or nothing if anything is wrong. */
export function ImportStrategy({ workspaceId, revision }: ImportStrategyProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const importing = useImportStrategy(workspaceId);
  const [chosen, setChosen] = useState<ChosenFile | null>(null);
  const [problem, setProblem] = useState<FileProblem | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    importing.reset();
    setOutcome(null);
    setChosen(null);
    setProblem(null);
    if (!file) return;
    const read = await readImportFile(file);
    if (read.ok) setChosen(read.file);
    else setProblem(read.problem);
  };

  const submit = () => {
    if (!chosen) return;
    importing.mutate(
      { format: chosen.format, content: chosen.content, revision },
      {
        onSuccess: (state) => {
          // An identical file leaves the revision as it was: say so rather than claim a change.
          setOutcome({ name: chosen.name, changed: state.revision !== revision });
          setChosen(null);
          if (input.current) input.current.value = '';
        },
      },
    );
  };

  const error = importing.error;
  const details = isApiError(error, 'validation_failed') ? error.details : [];

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="import-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="import-heading">
          {t('strategy.versions.import.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('strategy.versions.import.help')}
        </Text>
        <Input.Wrapper
          label={t('strategy.versions.import.file')}
          description={t('strategy.versions.import.fileHelp')}
          id={inputId}
          error={problem ? t(`strategy.versions.import.problem.${problem}`) : undefined}
        >
          <input
            ref={input}
            id={inputId}
            type="file"
            accept=".json,.yaml,.yml,application/json,application/yaml"
            onChange={choose}
            aria-invalid={problem !== null}
            aria-describedby={problem ? `${inputId}-description ${inputId}-error` : `${inputId}-description`}
            style={{ display: 'block', marginTop: 6, maxWidth: '100%' }}
          />
        </Input.Wrapper>
        <Button
          leftSection={<IconFileImport size={16} aria-hidden />}
          onClick={submit}
          disabled={!chosen}
          loading={importing.isPending}
          h="auto"
          py={8}
          styles={{ label: { whiteSpace: 'normal' } }}
        >
          {t('strategy.versions.import.submit')}
        </Button>
        {outcome && (
          <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} role="status">
            {t(outcome.changed ? 'strategy.versions.import.done' : 'strategy.versions.import.unchanged', { name: outcome.name })}
          </Alert>
        )}
        {isApiError(error, 'stale_revision') ? (
          <StaleRevisionAlert workspaceId={workspaceId} onReloaded={() => importing.reset()} />
        ) : details.length > 0 ? (
          <ImportErrors details={details} />
        ) : (
          <ErrorAlert error={error} title={t('strategy.versions.import.failedTitle')} />
        )}
      </Stack>
    </Paper>
  );
}
