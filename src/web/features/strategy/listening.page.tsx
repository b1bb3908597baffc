import { useCurrentWorkspace } from '../../ui/session/workspace-context.ts';
import { ListeningEditor } from './listening-editor.tsx';
import { StepPage } from './step-page.tsx';

/** Step 3: what to listen for (brand, competitors, category, topics), what to find out, and what was learned. */
export function ListeningPage() {
  const workspace = useCurrentWorkspace();
  return (
    <StepPage sectionKey="listening" step={3}>
      {(state, canEdit) => <ListeningEditor workspaceId={workspace.id} state={state} canEdit={canEdit} />}
    </StepPage>
  );
}
