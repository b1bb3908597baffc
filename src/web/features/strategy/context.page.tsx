import { StepPage } from './step-page.tsx';

/** Shell while the context editor is being written; replaced by the editor in this change. */
export function ContextPage() {
  return <StepPage sectionKey="context" step={'context'}>{() => null}</StepPage>;
}
