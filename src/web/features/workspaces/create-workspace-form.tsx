import { Button, NativeSelect, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createWorkspaceInputSchema } from '../../../shared/api/workspace.schemas.ts';
import { ErrorAlert } from '../../ui/components/error-alert.tsx';
import { browserTimeZone } from '../../ui/lib/time-zones.ts';
import { useForm } from '../../ui/lib/use-form.ts';
import { toLocale } from '../../ui/lib/use-formatters.ts';
import { useCurrentSession } from '../../ui/session/session-context.ts';
import { useCreateWorkspace } from './workspace.queries.ts';
import { WorkspaceFields, workspaceInput } from './workspace-fields.tsx';

/** Organisations where the user may create workspaces: the ones they own or administer. */
export function useManagedOrganizations() {
  return useCurrentSession().organizations.filter((org) => org.role === 'owner' || org.role === 'admin');
}

export function CreateWorkspaceForm() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const organizations = useManagedOrganizations();
  const create = useCreateWorkspace();
  const form = useForm({
    organizationId: organizations[0]?.id ?? '',
    name: '',
    description: '',
    defaultLocale: toLocale(i18n.language) as string,
    timezone: browserTimeZone(),
    fiscalYearStartMonth: '1',
  });

  const submit = form.onSubmit(
    createWorkspaceInputSchema,
    (input) =>
      create.mutate(input, {
        onSuccess: (workspace) => navigate(`/w/${workspace.id}/team`),
        onError: (error) => form.showServerErrors(error),
      }),
    workspaceInput,
  );

  return (
    <form onSubmit={submit} noValidate ref={form.formRef}>
      <Stack maw={560}>
        <ErrorAlert error={create.error} />
        {organizations.length > 1 && (
          <NativeSelect
            label={t('workspace.fields.organization')}
            data={organizations.map((org) => ({ value: org.id, label: org.name }))}
            {...form.field('organizationId')}
          />
        )}
        <WorkspaceFields form={form} />
        <Button type="submit" loading={create.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('workspace.create')}
        </Button>
      </Stack>
    </form>
  );
}
