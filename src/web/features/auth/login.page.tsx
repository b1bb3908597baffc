import { Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { loginInputSchema } from '../../../shared/api/auth.schemas.ts';
import { ErrorAlert } from '../../ui/components/error-alert.tsx';
import { PasswordField } from '../../ui/components/password-field.tsx';
import { AuthLayout } from '../../ui/layout/auth-layout.tsx';
import { safeNext } from '../../ui/lib/safe-next.ts';
import { useForm } from '../../ui/lib/use-form.ts';
import { usePageTitle } from '../../ui/lib/use-page-title.ts';
import { useSession } from '../../ui/session/session.queries.ts';
import { useLogin } from './auth.queries.ts';

export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('login.title'));
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const session = useSession();
  const login = useLogin();
  const form = useForm({ email: '', password: '' });

  if (session.data && !login.isPending && !login.isSuccess) return <Navigate to={next} replace />;

  const submit = form.onSubmit(loginInputSchema, (input) =>
    login.mutate(input, {
      onSuccess: () => navigate(next, { replace: true }),
      onError: (error) => {
        form.showServerErrors(error);
        form.set('password', '');
      },
    }),
  );

  return (
    <AuthLayout>
      <form onSubmit={submit} noValidate ref={form.formRef}>
        <Stack>
          <div>
            <Title order={1} size="h2">
              {t('login.title')}
            </Title>
            <Text c="dimmed" mt={4}>
              {t('login.intro')}
            </Text>
          </div>
          <ErrorAlert error={login.error} />
          <TextInput label={t('fields.email')} type="email" autoComplete="username" required {...form.field('email')} />
          <PasswordField label={t('fields.password')} autoComplete="current-password" required {...form.field('password')} />
          <Button type="submit" loading={login.isPending} fullWidth mt="sm">
            {t('login.submit')}
          </Button>
          <Text size="sm" c="dimmed">
            {t('login.noAccount')}
          </Text>
        </Stack>
      </form>
    </AuthLayout>
  );
}
