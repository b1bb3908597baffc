import { Container, Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/components/page-header.tsx';
import { useCurrentSession } from '../../ui/session/session-context.ts';
import { PasswordForm } from './password-form.tsx';
import { ProfileForm } from './profile-form.tsx';

export function ProfilePage() {
  const { t } = useTranslation();
  const { user } = useCurrentSession();
  return (
    <Container size="md" px={0}>
      <PageHeader title={t('profile.title')} description={t('profile.intro')} />
      <Stack gap="lg">
        <Paper withBorder p="lg" component="section" aria-labelledby="profile-heading">
          <Title order={2} size="h3" id="profile-heading" mb="md">
            {t('profile.detailsTitle')}
          </Title>
          <ProfileForm key={user.id} user={user} />
        </Paper>
        <Paper withBorder p="lg" component="section" aria-labelledby="password-heading">
          <Title order={2} size="h3" id="password-heading" mb="md">
            {t('profile.passwordTitle')}
          </Title>
          <PasswordForm />
        </Paper>
      </Stack>
    </Container>
  );
}
