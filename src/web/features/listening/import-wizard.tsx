import { Stepper } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportFileStep } from './import-file-step.tsx';
import { ImportMappingStep } from './import-mapping-step.tsx';
import { ImportProgressStep } from './import-progress-step.tsx';
import type { ImportPreview } from './upload-import.ts';

type WizardState = { step: 'file' } | { step: 'mapping'; preview: ImportPreview } | { step: 'progress'; importId: string };

const ACTIVE = { file: 0, mapping: 1, progress: 2 } as const;

/** File → columns → import. Steps cannot be clicked back into: each one's result is on the server already. */
export function ImportWizard({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [state, setState] = useState<WizardState>({ step: 'file' });

  return (
    <Stepper active={ACTIVE[state.step]} allowNextStepsSelect={false} size="sm" data-testid="import-wizard">
      <Stepper.Step label={t('listening.imports.steps.file')} description={t('listening.imports.steps.fileHelp')}>
        {state.step === 'file' && <ImportFileStep onUploaded={(preview) => setState({ step: 'mapping', preview })} />}
      </Stepper.Step>
      <Stepper.Step label={t('listening.imports.steps.mapping')} description={t('listening.imports.steps.mappingHelp')}>
        {state.step === 'mapping' && (
          <ImportMappingStep
            preview={state.preview}
            onBack={() => setState({ step: 'file' })}
            onStarted={(summary) => setState({ step: 'progress', importId: summary.id })}
          />
        )}
      </Stepper.Step>
      <Stepper.Step label={t('listening.imports.steps.progress')} description={t('listening.imports.steps.progressHelp')}>
        {state.step === 'progress' && <ImportProgressStep importId={state.importId} onAnother={() => setState({ step: 'file' })} onClose={onClose} />}
      </Stepper.Step>
    </Stepper>
  );
}
