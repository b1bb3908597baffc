import { Alert, Button, Stack } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { changePasswordInputSchema } from '../../../shared/api/auth.schemas.ts';
import { isApiError } from '../../ui/api/api-client.ts';
import { ErrorAlert } from '../../ui/components/error-alert.tsx';
import { PasswordField } from '../../ui/components/password-field.tsx';
import { useForm } from '../../ui/lib/use-form.ts';
import { useChangePassword } from './profile.queries.ts';

// The confirmation only guards against typos; the server never sees it.
const passwordFormSchema = z
  .object({ currentPassword: z.string(), newPassword: z.string(), confirmPassword: z.string() })
  .superRefine((values, ctx) => {
    if (values.newPassword !== values.confirmPassword) {
      ctx.addIssue({ code: 'custom', path: ['confirmPassword'], message: 'mismatch', params: { mismatch: true } });
    }
  })
  .transform(({ currentPassword, newPassword }) => ({ currentPassword, newPassword }))
  .pipe(changePasswordInputSchema);

export function PasswordForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const form = useForm({ currentPassword: '', newPassword: '', confirmPassword: '' });

  const submit = form.onSubmit(passwordFormSchema, (input) =>
    change.mutate(input, {
      onSuccess: () => form.reset(),
      onError: (error) => {
        if (isApiError(error, 'wrong_password')) form.setErrors({ currentPassword: t('errors.wrong_password') });
        else form.showServerErrors(error);
      },
    }),
  );

  const mismatch = form.errors.confirmPassword ? t('profile.passwordMismatch') : undefined;

  return (
    <form onSubmit={submit} noValidate ref={form.formRef}>
      <Stack maw={480}>
        <ErrorAlert error={isApiError(change.error, 'wrong_password') ? null : change.error} />
        {change.isSuccess && (
          <Alert color="teal" variant="light" icon={<IconCheck aria-hidden />} role="status">
            {t('profile.passwordChanged')}
          </Alert>
        )}
        <PasswordField
          label={t('profile.currentPassword')}
          autoComplete="current-password"
          required
          {...form.field('currentPassword')}
        />
        <PasswordField
          label={t('profile.newPassword')}
          description={t('fields.passwordHint')}
          autoComplete="new-password"
          required
          {...form.field('newPassword')}
        />
        <PasswordField
          label={t('profile.confirmPassword')}
          autoComplete="new-password"
          required
          {...form.field('confirmPassword')}
          error={mismatch}
        />
        <Button type="submit" loading={change.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('profile.changePassword')}
        </Button>
      </Stack>
    </form>
  );
}
