import { useCurrentWorkspace } from '../../ui/session/workspace-context.ts';
import { OneThingEditor } from './one-thing-editor.tsx';
import { StepPage } from './step-page.tsx';

/** Step 6: what the brand wants to be known for, why it is believable, and how it compares. */
export function OneThingPage() {
  const workspace = useCurrentWorkspace();
  return (
    <StepPage sectionKey="oneThing" step={6}>
      {(state, canEdit) => <OneThingEditor workspaceId={workspace.id} state={state} canEdit={canEdit} />}
    </StepPage>
  );
}
