import { useCurrentWorkspace } from '../../ui/session/workspace-context.ts';
import { MetricsEditor } from './metrics-editor.tsx';
import { StepPage } from './step-page.tsx';

/** Step 5: the KPIs that prove the objectives, with a target for each fiscal quarter. */
export function MetricsPage() {
  const workspace = useCurrentWorkspace();
  return (
    <StepPage sectionKey="metrics" step={5}>
      {(state, canEdit) => <MetricsEditor workspaceId={workspace.id} state={state} canEdit={canEdit} />}
    </StepPage>
  );
}
