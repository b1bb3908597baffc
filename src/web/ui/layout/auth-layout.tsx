import { Anchor, Box, Container, Group, Paper } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitcher } from './language-switcher.tsx';

type AuthLayoutProps = { children: ReactNode; width?: number };

/** Frame for the pages seen before signing in: setup, sign-in and invitations. */
export function AuthLayout({ children, width = 460 }: AuthLayoutProps) {
  const { t } = useTranslation();
  return (
    <Box mih="100vh" bg="gray.0">
      <Group component="header" justify="space-between" px="md" py="sm">
        <Anchor component={Link} to="/" fw={700} size="lg" c="dark" underline="never">
          {t('app.name')}
        </Anchor>
        <LanguageSwitcher />
      </Group>
      <Container component="main" size={width} py="xl">
        <Paper withBorder shadow="sm" radius="md" p="xl">
          {children}
        </Paper>
      </Container>
    </Box>
  );
}
