import { Anchor, Group } from '@mantine/core';
import { IconLayoutDashboard } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentWorkspace } from '../../ui/session/workspace-context.ts';
import { GoalsEditor } from './goals-editor.tsx';
import { StepPage } from './step-page.tsx';

/** Step 2: why social, the goals it serves, SMART objectives and the tactics behind them. */
export function GoalsPage() {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
  return (
    <StepPage sectionKey="goals" step={2}>
      {(state, canEdit) => (
        <>
          <Group mb="md">
            <Anchor component={Link} to={`/w/${workspace.id}/overview`} size="sm">
              <Group gap={4} component="span">
                <IconLayoutDashboard size={16} aria-hidden />
                {t('strategy.overview.link')}
              </Group>
            </Anchor>
          </Group>
          <GoalsEditor workspaceId={workspace.id} state={state} canEdit={canEdit} />
        </>
      )}
    </StepPage>
  );
}
