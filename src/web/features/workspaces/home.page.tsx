import { Alert, Button, Card, Container, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconCoffee } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { ErrorAlert } from '../../ui/components/error-alert.tsx';
import { PageHeader } from '../../ui/components/page-header.tsx';
import { readLastWorkspace } from '../../ui/lib/last-workspace.ts';
import { useCurrentSession } from '../../ui/session/session-context.ts';
import { CreateWorkspaceForm, useManagedOrganizations } from './create-workspace-form.tsx';
import { useLoadDemo } from './workspace.queries.ts';

function DemoCard({ organizationId, organizationName }: { organizationId: string; organizationName: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const demo = useLoadDemo();
  return (
    <Card withBorder padding="lg">
      <Stack>
        <IconCoffee size={32} aria-hidden />
        <Title order={2} size="h3">
          {t('home.demoTitle')}
        </Title>
        <Text>{t('home.demoBody', { organization: organizationName })}</Text>
        <ErrorAlert error={demo.error} />
        <Button
          variant="light"
          loading={demo.isPending}
          onClick={() => demo.mutate(organizationId, { onSuccess: ({ workspaceId }) => navigate(`/w/${workspaceId}/team`) })}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('home.loadDemo')}
        </Button>
      </Stack>
    </Card>
  );
}

/** First stop after signing in: straight back to the last workspace, or a way to get one. */
export function HomePage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const organizations = useManagedOrganizations();

  const last = readLastWorkspace();
  const target = session.workspaces.find((w) => w.workspaceId === last) ?? session.workspaces[0];
  if (target) return <Navigate to={`/w/${target.workspaceId}/team`} replace />;

  const organization = organizations[0];
  return (
    <Container size="lg" px={0}>
      <PageHeader title={t('home.welcome', { name: session.user.name })} description={t('home.noWorkspaces')} />
      {organization ? (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Card withBorder padding="lg">
            <Title order={2} size="h3" mb="md">
              {t('home.createTitle')}
            </Title>
            <CreateWorkspaceForm />
          </Card>
          <DemoCard organizationId={organization.id} organizationName={organization.name} />
        </SimpleGrid>
      ) : (
        <Alert color="blue" variant="light" title={t('home.askForInvite')}>
          {t('home.askForInviteBody')}
        </Alert>
      )}
    </Container>
  );
}
