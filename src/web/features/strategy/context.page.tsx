import { useCurrentWorkspace } from '../../ui/session/workspace-context.ts';
import { ContextEditor } from './context-editor.tsx';
import { StepPage } from './step-page.tsx';

/** Around the plan: the business the strategy serves, its market, money, risks and resources. */
export function ContextPage() {
  const workspace = useCurrentWorkspace();
  return (
    <StepPage sectionKey="context" step="context">
      {(state, canEdit) => <ContextEditor workspaceId={workspace.id} state={state} canEdit={canEdit} />}
    </StepPage>
  );
}
