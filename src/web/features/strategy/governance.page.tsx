import { useCurrentWorkspace } from '../../ui/session/workspace-context.ts';
import { GovernanceEditor } from './governance-editor.tsx';
import { StepPage } from './step-page.tsx';

/** Around the plan: the rules, owners and review dates that keep social media safe, and the crisis ladder. */
export function GovernancePage() {
  const workspace = useCurrentWorkspace();
  return (
    <StepPage sectionKey="governance" step="governance">
      {(state, canEdit) => <GovernanceEditor workspaceId={workspace.id} state={state} canEdit={canEdit} />}
    </StepPage>
  );
}
