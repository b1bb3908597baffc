import { Avatar, Button, Menu, Text, VisuallyHidden } from '@mantine/core';
import { IconLogout, IconUser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useLogout } from '../session/session.queries.ts';
import { useCurrentSession } from '../session/session-context.ts';

export function UserMenu() {
  const { t } = useTranslation();
  const { user } = useCurrentSession();
  const logout = useLogout();
  const navigate = useNavigate();

  const signOut = () => logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) });

  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          px="xs"
          leftSection={<Avatar name={user.name} color="blue" size={28} aria-hidden />}
          data-testid="user-menu"
        >
          <VisuallyHidden>{t('nav.accountMenu')}: </VisuallyHidden>
          <Text component="span" truncate="end" inherit maw={160} visibleFrom="sm">
            {user.name}
          </Text>
          <VisuallyHidden hiddenFrom="sm">{user.name}</VisuallyHidden>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{user.email}</Menu.Label>
        <Menu.Item component={Link} to="/profile" leftSection={<IconUser size={16} aria-hidden />}>
          {t('nav.profile')}
        </Menu.Item>
        <Menu.Item onClick={signOut} leftSection={<IconLogout size={16} aria-hidden />} data-testid="sign-out">
          {t('auth.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
