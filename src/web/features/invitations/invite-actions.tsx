import { Alert, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { InvitationPreview } from '../../../shared/api/workspace.schemas.ts';
import { isApiError } from '../../ui/api/api-client.ts';
import { ErrorAlert } from '../../ui/components/error-alert.tsx';
import { LoadingState } from '../../ui/components/loading-state.tsx';
import { useLogout, useSession } from '../../ui/session/session.queries.ts';
import { useLogin } from '../auth/auth.queries.ts';
import { useAcceptInvitation } from './invitation.queries.ts';
import { NewAccountForm, SignInForm } from './invite-forms.tsx';

type InviteActionsProps = { token: string; preview: InvitationPreview };

/**
 * Picks the way in: accept directly when signed in with the invited address, sign in first when
 * an account exists, or create the account. The mutations live here so a sign-in that swaps the
 * visible form does not cut the accept step short.
 */
export function InviteActions({ token, preview }: InviteActionsProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const login = useLogin();
  const logout = useLogout();
  const accept = useAcceptInvitation(token);
  const [needsSignIn, setNeedsSignIn] = useState(preview.accountExists);

  const acceptNow = (input: { name?: string; password?: string } = {}, showFieldErrors?: (error: unknown) => boolean) =>
    accept.mutate(input, {
      onSuccess: ({ workspaceId }) => navigate(`/w/${workspaceId}/team`, { replace: true }),
      onError: (error) => {
        // Someone registered this address in the meantime: signing in is the way forward.
        if (isApiError(error, 'account_exists')) setNeedsSignIn(true);
        else showFieldErrors?.(error);
      },
    });

  if (session.isPending) return <LoadingState />;
  const error = accept.error ?? login.error;
  const user = session.data?.user;

  if (user && user.email.toLowerCase() !== preview.email.toLowerCase()) {
    return (
      <Stack>
        <Alert color="orange" variant="light" title={t('invite.wrongAccountTitle')}>
          {t('invite.wrongAccount', { current: user.email, invited: preview.email })}
        </Alert>
        <Button variant="default" loading={logout.isPending} onClick={() => logout.mutate()}>
          {t('invite.signOutToContinue')}
        </Button>
      </Stack>
    );
  }

  if (user) {
    return (
      <Stack>
        <ErrorAlert error={accept.error} />
        <Text>{t('invite.signedInAs', { email: user.email })}</Text>
        <Button loading={accept.isPending || login.isPending} onClick={() => acceptNow()}>
          {t('invite.accept')}
        </Button>
      </Stack>
    );
  }

  return (
    <Stack>
      <ErrorAlert error={isApiError(error, 'account_exists') ? null : error} />
      {needsSignIn ? (
        <SignInForm
          email={preview.email}
          pending={login.isPending || accept.isPending}
          onSubmit={(input) => login.mutate(input, { onSuccess: () => acceptNow() })}
        />
      ) : (
        <NewAccountForm email={preview.email} pending={accept.isPending} onSubmit={(input, show) => acceptNow(input, show)} />
      )}
      {isApiError(accept.error, 'account_exists') && (
        <Alert color="blue" variant="light">
          {t('invite.accountExistsNow')}
        </Alert>
      )}
    </Stack>
  );
}
