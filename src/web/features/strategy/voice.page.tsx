import { useCurrentWorkspace } from '../../ui/session/workspace-context.ts';
import { StepPage } from './step-page.tsx';
import { VoiceEditor } from './voice-editor.tsx';

/** Around the plan: how the brand sounds, in every language it posts in. */
export function VoicePage() {
  const workspace = useCurrentWorkspace();
  return (
    <StepPage sectionKey="voice" step="voice">
      {(state, canEdit) => <VoiceEditor workspaceId={workspace.id} state={state} canEdit={canEdit} />}
    </StepPage>
  );
}
