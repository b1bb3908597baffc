import { StepPage } from './step-page.tsx';

/** Shell while the relationships editor is being written; replaced by the editor in this change. */
export function RelationshipsPage() {
  return <StepPage sectionKey="relationships" step={'relationships'}>{() => null}</StepPage>;
}
