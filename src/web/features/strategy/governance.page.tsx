import { StepPage } from './step-page.tsx';

/** Shell while the governance editor is being written; replaced by the editor in this change. */
export function GovernancePage() {
  return <StepPage sectionKey="governance" step={'governance'}>{() => null}</StepPage>;
}
