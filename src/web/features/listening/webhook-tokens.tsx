import { Button, Code, Group, Paper, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { createdTokenSchema, tokenSchema } from '../../../shared/api/listening.schemas.ts';
import { ConfirmDialog } from '../../ui/components/confirm-dialog.tsx';
import { ErrorAlert, RetryableError } from '../../ui/components/error-alert.tsx';
import { LoadingState } from '../../ui/components/loading-state.tsx';
import { ScrollTable } from '../../ui/components/scroll-table.tsx';
import { useFormatters } from '../../ui/lib/use-formatters.ts';
import { useCurrentWorkspace, useHasRole } from '../../ui/session/workspace-context.ts';

import { CreatedToken } from './created-token.tsx';
import { useCreateToken, useRevokeToken, useTokens } from './listening-manage.queries.ts';

type Token = z.infer<typeof tokenSchema>;

function TokenTable({ tokens, onRevoke }: { tokens: Token[]; onRevoke: (token: Token) => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (tokens.length === 0) return <Text size="sm" c="dimmed">{t('listening.sources.webhook.empty')}</Text>;
  return (
    <ScrollTable label={t('listening.sources.webhook.tokens')} minWidth={560}>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('listening.sources.webhook.name')}</Table.Th>
            <Table.Th scope="col">{t('listening.sources.webhook.createdAt')}</Table.Th>
            <Table.Th scope="col">{t('listening.sources.webhook.lastUsed')}</Table.Th>
            <Table.Th scope="col">{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tokens.map((token) => (
            <Table.Tr key={token.id} data-testid="token-row">
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{token.name}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(token.createdAt)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{token.lastUsedAt ? format.dateTime(token.lastUsedAt) : t('listening.sources.webhook.neverUsed')}</Table.Td>
              <Table.Td>
                <Button size="xs" variant="subtle" color="red" onClick={() => onRevoke(token)}>
                  {t('listening.sources.webhook.revoke')}
                  <VisuallyHidden> {token.name}</VisuallyHidden>
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

/** Tokens for the mentions webhook, so any other tool can push mentions in. Admins only: a token writes data. */
export function WebhookTokens() {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
  const isAdmin = useHasRole('admin');
  const tokens = useTokens(workspace.id, isAdmin);
  const create = useCreateToken(workspace.id);
  const revoke = useRevokeToken(workspace.id);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | undefined>();
  const [created, setCreated] = useState<z.infer<typeof createdTokenSchema> | null>(null);
  const [revoking, setRevoking] = useState<Token | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (name.trim() === '') return setNameError(t('validation.required'));
    create.mutate(name.trim(), {
      onSuccess: (token) => {
        setCreated(token);
        setName('');
      },
    });
  };
  const closeRevoke = () => {
    revoke.reset();
    setRevoking(null);
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="webhook-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="webhook-heading">
          {t('listening.sources.webhook.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('listening.sources.webhook.description')} <Code>POST /api/v1/workspaces/{workspace.id}/mentions</Code>
        </Text>
        {!isAdmin && <Text size="sm">{t('listening.sources.webhook.adminsOnly')}</Text>}
        {isAdmin && (
          <>
            {created && <CreatedToken workspaceId={workspace.id} name={created.name} token={created.token} onDismiss={() => setCreated(null)} />}
            <form onSubmit={submit} noValidate>
              <Group align="flex-end" wrap="wrap">
                <TextInput
                  label={t('listening.sources.webhook.name')}
                  description={t('listening.sources.webhook.nameHelp')}
                  value={name}
                  onChange={(event) => {
                    setName(event.currentTarget.value);
                    setNameError(undefined);
                  }}
                  error={nameError}
                  maxLength={160}
                  w={320}
                />
                <Button type="submit" leftSection={<IconKey size={16} aria-hidden />} loading={create.isPending}>
                  {t('listening.sources.webhook.create')}
                </Button>
              </Group>
            </form>
            <ErrorAlert error={create.error} />
            {tokens.isPending && <LoadingState />}
            {tokens.isError && <RetryableError error={tokens.error} onRetry={() => tokens.refetch()} />}
            {tokens.data && <TokenTable tokens={tokens.data.tokens} onRevoke={setRevoking} />}
          </>
        )}
      </Stack>
      <ConfirmDialog
        opened={revoking !== null}
        title={t('listening.sources.webhook.revokeTitle')}
        body={revoking ? t('listening.sources.webhook.revokeBody', { name: revoking.name }) : ''}
        confirmLabel={t('listening.sources.webhook.revoke')}
        pending={revoke.isPending}
        error={revoke.error}
        onConfirm={() => revoking && revoke.mutate(revoking.id, { onSuccess: closeRevoke })}
        onClose={closeRevoke}
      />
    </Paper>
  );
}
