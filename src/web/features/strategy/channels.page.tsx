import { useCurrentWorkspace } from '../../ui/session/workspace-context.ts';
import { ChannelsEditor } from './channels-editor.tsx';
import { StepPage } from './step-page.tsx';

/** Step 7: the channel plan, one card per channel. */
export function ChannelsPage() {
  const workspace = useCurrentWorkspace();
  return (
    <StepPage sectionKey="channels" step={7}>
      {(state, canEdit) => <ChannelsEditor workspaceId={workspace.id} state={state} canEdit={canEdit} />}
    </StepPage>
  );
}
