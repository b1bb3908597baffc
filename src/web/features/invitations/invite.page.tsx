import { Alert, Anchor, Divider, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../ui/api/api-client.ts';
import { errorMessage } from '../../ui/components/error-alert.tsx';
import { LoadingState } from '../../ui/components/loading-state.tsx';
import { AuthLayout } from '../../ui/layout/auth-layout.tsx';
import { usePageTitle } from '../../ui/lib/use-page-title.ts';
import { useInvitationPreview } from './invitation.queries.ts';
import { InvitationSummary } from './invitation-summary.tsx';
import { InviteActions } from './invite-actions.tsx';

const KNOWN_PROBLEMS = ['invitation_expired', 'invitation_used', 'invitation_revoked', 'not_found'] as const;

/** Why an invitation link cannot be used, and what the invitee can do about it. */
function InvitationProblem({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation();
  const known = KNOWN_PROBLEMS.find((code) => isApiError(error, code));
  return (
    <Stack>
      <Title order={1} size="h2">
        {known ? t(`invite.problem.${known}.title`) : t('invite.problem.generic')}
      </Title>
      <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />}>
        {known ? t(`invite.problem.${known}.body`) : errorMessage(error, t, i18n.language)}
      </Alert>
      <Text>
        <Anchor component={Link} to="/">
          {t('invite.problem.goHome')}
        </Anchor>
      </Text>
    </Stack>
  );
}

export function InvitePage() {
  const { t } = useTranslation();
  usePageTitle(t('invite.pageTitle'));
  const { token = '' } = useParams();
  const preview = useInvitationPreview(token);

  return (
    <AuthLayout width={560}>
      {preview.isPending && <LoadingState />}
      {preview.isError && <InvitationProblem error={preview.error} />}
      {preview.data && (
        <Stack gap="lg">
          <InvitationSummary preview={preview.data} />
          <Divider />
          <InviteActions token={token} preview={preview.data} />
        </Stack>
      )}
    </AuthLayout>
  );
}
