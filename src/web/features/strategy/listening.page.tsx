import { useCurrentWorkspace } from '../../ui/session/workspace-context.ts';
import { ListeningTabs } from '../listening/listening-tabs.tsx';
import { ListeningEditor } from './listening-editor.tsx';
import { StepPage } from './step-page.tsx';

/** Step 3's plan: what to listen for (brand, competitors, category, topics), what to find out, and what was learned. */
export function ListeningPage() {
  const workspace = useCurrentWorkspace();
  return (
    <StepPage sectionKey="listening" step={3} nav={<ListeningTabs />}>
      {(state, canEdit) => <ListeningEditor workspaceId={workspace.id} state={state} canEdit={canEdit} />}
    </StepPage>
  );
}
