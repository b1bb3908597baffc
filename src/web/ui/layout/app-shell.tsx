import { Anchor, AppShell, Burger, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useMatch } from 'react-router';
import { LanguageSwitcher } from './language-switcher.tsx';
import { SectionNav } from './section-nav.tsx';
import { UserMenu } from './user-menu.tsx';
import { WorkspaceSwitcher } from './workspace-switcher.tsx';

const NAV_ID = 'workspace-sections';

/** Frame for every signed-in page; the section navigation appears once a workspace is open. */
export function AppShellLayout() {
  const { t } = useTranslation();
  const [navOpened, nav] = useDisclosure(false);
  const workspaceId = useMatch('/w/:workspaceId/*')?.params.workspaceId;
  const { pathname } = useLocation();

  // On small screens the navigation covers the page; following a link should reveal the page again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: closing is a reaction to the path changing.
  useEffect(() => nav.close(), [pathname]);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={workspaceId ? { width: 250, breakpoint: 'sm', collapsed: { mobile: !navOpened } } : undefined}
      padding="lg"
    >
      <a className="skip-link" href="#main-content">
        {t('nav.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap" miw={0} style={{ flex: 1 }}>
            {workspaceId && (
              <Burger
                opened={navOpened}
                onClick={nav.toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={t('nav.toggleMenu')}
                aria-expanded={navOpened}
                aria-controls={NAV_ID}
              />
            )}
            <Anchor component={Link} to="/" fw={700} size="lg" c="dark" underline="never" visibleFrom="xs">
              {t('app.name')}
            </Anchor>
            <WorkspaceSwitcher currentId={workspaceId} />
          </Group>
          <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
            <LanguageSwitcher />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      {workspaceId && (
        <AppShell.Navbar p="sm" id={NAV_ID} aria-label={t('nav.label')}>
          <AppShell.Section grow component="div">
            <SectionNav workspaceId={workspaceId} />
          </AppShell.Section>
        </AppShell.Navbar>
      )}
      <AppShell.Main id="main-content" tabIndex={-1} bg="gray.0">
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
