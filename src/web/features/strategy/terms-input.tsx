import { TagsInput } from '@mantine/core';

// Thai and Chinese keyboards type their own commas; each should end a term like the ASCII one.
const SPLIT_CHARS = [',', '，', '、'];

type TermsInputProps = { label: string; description: string; value: string[]; onChange: (terms: string[]) => void };

/** A list of short terms typed one after another; Enter or a comma ends each. */
export function TermsInput({ label, description, value, onChange }: TermsInputProps) {
  return <TagsInput label={label} description={description} value={value} onChange={onChange} splitChars={SPLIT_CHARS} clearable />;
}
