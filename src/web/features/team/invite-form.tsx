import { Button, NativeSelect, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { createInvitationInputSchema, type Team } from '../../../shared/api/workspace.schemas.ts';
import { assignableRoles, BUSINESS_FUNCTIONS } from '../../../shared/roles.ts';
import { ErrorAlert } from '../../ui/components/error-alert.tsx';
import { useForm } from '../../ui/lib/use-form.ts';
import { useCurrentWorkspace } from '../../ui/session/workspace-context.ts';
import { useCreateInvitation } from './team.queries.ts';

type InviteFormProps = { team: Team; onCreated: (created: { email: string; url: string }) => void };

export function InviteForm({ team, onCreated }: InviteFormProps) {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
  const create = useCreateInvitation(workspace.id);
  const roles = assignableRoles(workspace.myRole);
  // Suggest the first missing function: filling the gaps is the point of inviting people in step 1.
  const initial = {
    email: '',
    role: roles.includes('editor') ? 'editor' : (roles[0] ?? 'viewer'),
    businessFunction: team.missingFunctions[0] ?? 'marketing',
    expiresInDays: '7',
  };
  const form = useForm<Record<keyof typeof initial, string>>(initial);

  const submit = form.onSubmit(
    createInvitationInputSchema,
    (input) =>
      create.mutate(input, {
        onSuccess: ({ invitation, url }) => {
          onCreated({ email: invitation.email, url });
          form.reset({ ...initial, role: form.values.role, expiresInDays: form.values.expiresInDays });
        },
        onError: (error) => form.showServerErrors(error),
      }),
    (values) => ({ ...values, expiresInDays: Number(values.expiresInDays) }),
  );

  return (
    <form onSubmit={submit} noValidate ref={form.formRef}>
      <Stack>
        <ErrorAlert error={create.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('fields.email')} type="email" autoComplete="off" required {...form.field('email')} />
          <NativeSelect
            label={t('fields.role')}
            description={t(`roleDescriptions.${form.values.role}`)}
            data={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            {...form.field('role')}
          />
          <NativeSelect
            label={t('fields.businessFunction')}
            data={BUSINESS_FUNCTIONS.map((fn) => ({ value: fn, label: t(`functions.${fn}`) }))}
            {...form.field('businessFunction')}
          />
          <NumberInput
            label={t('team.invite.expiresInDays')}
            description={t('team.invite.expiresHint')}
            min={1}
            max={30}
            allowDecimal={false}
            allowNegative={false}
            value={form.values.expiresInDays}
            onChange={(value) => form.set('expiresInDays', String(value))}
            error={form.errors.expiresInDays}
          />
        </SimpleGrid>
        <Button type="submit" loading={create.isPending} leftSection={<IconUserPlus size={18} aria-hidden />} style={{ alignSelf: 'flex-start' }}>
          {t('team.invite.submit')}
        </Button>
      </Stack>
    </form>
  );
}
