import { StepPage } from './step-page.tsx';

/** Shell while the listening editor is being written; replaced by the editor in this change. */
export function ListeningPage() {
  return <StepPage sectionKey="listening" step={3}>{() => null}</StepPage>;
}
