import { Alert, Container, Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/components/page-header.tsx';
import { CreateWorkspaceForm, useManagedOrganizations } from './create-workspace-form.tsx';

export function NewWorkspacePage() {
  const { t } = useTranslation();
  const organizations = useManagedOrganizations();
  return (
    <Container size="md" px={0}>
      <PageHeader title={t('workspace.newTitle')} description={t('workspace.newIntro')} />
      <Paper withBorder p="lg">
        {organizations.length > 0 ? (
          <CreateWorkspaceForm />
        ) : (
          <Alert color="blue" variant="light">
            {t('workspace.cannotCreate')}
          </Alert>
        )}
      </Paper>
    </Container>
  );
}
