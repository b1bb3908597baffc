import { Button, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { setupInputSchema } from '../../../shared/api/auth.schemas.ts';
import { localeSchema } from '../../../shared/locales.ts';
import { ErrorAlert } from '../../ui/components/error-alert.tsx';
import { PasswordField } from '../../ui/components/password-field.tsx';
import { applyLocale, LOCALE_OPTIONS } from '../../ui/i18n.ts';
import { AuthLayout } from '../../ui/layout/auth-layout.tsx';
import { useForm } from '../../ui/lib/use-form.ts';
import { toLocale } from '../../ui/lib/use-formatters.ts';
import { usePageTitle } from '../../ui/lib/use-page-title.ts';
import { useSetup } from './auth.queries.ts';

/** First run: creates the instance administrator and their organisation. */
export function SetupPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('setup.title'));
  const navigate = useNavigate();
  const setup = useSetup();
  const form = useForm({ name: '', email: '', password: '', organizationName: '', locale: toLocale(i18n.language) as string });

  const changeLocale = (value: string) => {
    form.set('locale', value);
    // Picking a language here is also the quickest way to read the rest of the form in it.
    const parsed = localeSchema.safeParse(value);
    if (parsed.success) void applyLocale(parsed.data);
  };

  const submit = form.onSubmit(setupInputSchema, (input) =>
    setup.mutate(input, {
      onSuccess: () => navigate('/', { replace: true }),
      onError: (error) => form.showServerErrors(error),
    }),
  );

  return (
    <AuthLayout width={520}>
      <form onSubmit={submit} noValidate ref={form.formRef}>
        <Stack>
          <div>
            <Title order={1} size="h2">
              {t('setup.title')}
            </Title>
            <Text c="dimmed" mt={4}>
              {t('setup.intro')}
            </Text>
          </div>
          <ErrorAlert error={setup.error} />
          <NativeSelect
            label={t('setup.language')}
            data={LOCALE_OPTIONS}
            value={form.values.locale}
            onChange={(event) => changeLocale(event.currentTarget.value)}
          />
          <TextInput label={t('fields.name')} autoComplete="name" required {...form.field('name')} />
          <TextInput label={t('fields.email')} type="email" autoComplete="email" required {...form.field('email')} />
          <PasswordField
            label={t('fields.password')}
            description={t('fields.passwordHint')}
            autoComplete="new-password"
            required
            {...form.field('password')}
          />
          <TextInput
            label={t('setup.organizationName')}
            description={t('setup.organizationHint')}
            autoComplete="organization"
            required
            {...form.field('organizationName')}
          />
          <Button type="submit" loading={setup.isPending} fullWidth mt="sm">
            {t('setup.submit')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
