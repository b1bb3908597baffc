import { type ChangeEvent, type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { type FieldErrors, serverFieldErrors, validate } from './form-errors.ts';

type FieldEvent = ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>;

function focusFirstInvalid(form: HTMLFormElement | null): void {
  // Wait for React to render the error state, then take keyboard and screen-reader users to it.
  requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}

/**
 * Small form state holder: string values, per-field errors from the shared schema (checked in
 * the browser) and from the server (`details[].path`), cleared as soon as a field is edited.
 */
export function useForm<T extends Record<string, string>>(initial: T) {
  const { t } = useTranslation();
  const [values, setValues] = useState<T>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formElement, setFormElement] = useState<HTMLFormElement | null>(null);

  const set = (key: keyof T & string, value: string) => {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => (current[key] ? { ...current, [key]: undefined } : current));
  };

  const field = (key: keyof T & string) => ({
    value: String(values[key]),
    onChange: (event: FieldEvent) => set(key, event.currentTarget.value),
    error: errors[key],
  });

  const onSubmit =
    <S extends z.ZodType>(schema: S, onValid: (data: z.output<S>) => void, toInput: (values: T) => unknown = (v) => v) =>
    (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const result = validate(schema, toInput(values), t);
      if (!result.ok) {
        setErrors(result.errors);
        focusFirstInvalid(event.currentTarget);
        return;
      }
      setErrors({});
      onValid(result.data);
    };

  /** Shows the server's field errors next to the fields; returns whether there were any. */
  const showServerErrors = (error: unknown): boolean => {
    const fieldErrors = serverFieldErrors(error, t);
    if (Object.keys(fieldErrors).length === 0) return false;
    setErrors(fieldErrors);
    focusFirstInvalid(formElement);
    return true;
  };

  const reset = (next: T = initial) => {
    setValues(next);
    setErrors({});
  };

  return { values, errors, set, field, onSubmit, setErrors, showServerErrors, reset, formRef: setFormElement };
}
