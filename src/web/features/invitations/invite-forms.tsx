import { Button, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { displayNameSchema, loginInputSchema, passwordSchema } from '../../../shared/api/auth.schemas.ts';
import { PasswordField } from '../../ui/components/password-field.tsx';
import { useForm } from '../../ui/lib/use-form.ts';

const newAccountSchema = z.object({ name: displayNameSchema, password: passwordSchema });

type NewAccountFormProps = {
  email: string;
  pending: boolean;
  /** `showFieldErrors` puts the server's field errors next to the fields. */
  onSubmit: (input: { name: string; password: string }, showFieldErrors: (error: unknown) => boolean) => void;
};

/** The invitee has no account yet: the invitation's address becomes their sign-in. */
export function NewAccountForm({ email, pending, onSubmit }: NewAccountFormProps) {
  const { t } = useTranslation();
  const form = useForm({ name: '', password: '' });
  return (
    <form noValidate ref={form.formRef} onSubmit={form.onSubmit(newAccountSchema, (input) => onSubmit(input, form.showServerErrors))}>
      <Stack>
        <Text fw={600}>{t('invite.createAccount')}</Text>
        <TextInput label={t('fields.email')} value={email} readOnly variant="filled" autoComplete="username" />
        <TextInput label={t('fields.name')} autoComplete="name" required {...form.field('name')} />
        <PasswordField
          label={t('fields.password')}
          description={t('fields.passwordHint')}
          autoComplete="new-password"
          required
          {...form.field('password')}
        />
        <Button type="submit" loading={pending}>
          {t('invite.createAndAccept')}
        </Button>
      </Stack>
    </form>
  );
}

type SignInFormProps = {
  email: string;
  pending: boolean;
  onSubmit: (input: { email: string; password: string }) => void;
};

/** The invitee already has an account: they prove it is theirs, then the invitation is accepted. */
export function SignInForm({ email, pending, onSubmit }: SignInFormProps) {
  const { t } = useTranslation();
  const form = useForm({ password: '' });
  return (
    <form noValidate ref={form.formRef} onSubmit={form.onSubmit(loginInputSchema, onSubmit, (values) => ({ email, ...values }))}>
      <Stack>
        <Text fw={600}>{t('invite.signInToAccept')}</Text>
        <TextInput label={t('fields.email')} value={email} readOnly variant="filled" autoComplete="username" />
        <PasswordField label={t('fields.password')} autoComplete="current-password" required {...form.field('password')} />
        <Button type="submit" loading={pending}>
          {t('invite.signInAndAccept')}
        </Button>
      </Stack>
    </form>
  );
}
