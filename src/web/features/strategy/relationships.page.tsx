import { useCurrentWorkspace } from '../../ui/session/workspace-context.ts';
import { RelationshipsEditor } from './relationships-editor.tsx';
import { StepPage } from './step-page.tsx';

/** Around the plan: who the brand keeps relationships with, what each is worth and who keeps it alive. */
export function RelationshipsPage() {
  const workspace = useCurrentWorkspace();
  return (
    <StepPage sectionKey="relationships" step="relationships">
      {(state, canEdit) => <RelationshipsEditor workspaceId={workspace.id} state={state} canEdit={canEdit} />}
    </StepPage>
  );
}
