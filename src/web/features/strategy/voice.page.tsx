import { StepPage } from './step-page.tsx';

/** Shell while the voice editor is being written; replaced by the editor in this change. */
export function VoicePage() {
  return <StepPage sectionKey="voice" step={'voice'}>{() => null}</StepPage>;
}
