import { useCurrentWorkspace } from '../../ui/session/workspace-context.ts';
import { AudienceEditor } from './audience-editor.tsx';
import { StepPage } from './step-page.tsx';

/** Step 4: the personas the strategy speaks to. */
export function AudiencePage() {
  const workspace = useCurrentWorkspace();
  return (
    <StepPage sectionKey="audience" step={4}>
      {(state, canEdit) => <AudienceEditor workspaceId={workspace.id} state={state} canEdit={canEdit} />}
    </StepPage>
  );
}
