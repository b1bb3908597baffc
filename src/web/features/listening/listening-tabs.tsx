import { Badge, Box, Button, Group, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useCurrentWorkspace } from '../../ui/session/workspace-context.ts';
import { useUnreadAlerts } from './listening-manage.queries.ts';

/** The parts of the Listening step, each a page of its own under /w/:id/listening. */
export const LISTENING_TABS = ['plan', 'dashboard', 'mentions', 'topics', 'sources', 'alerts'] as const;
export type ListeningTab = (typeof LISTENING_TABS)[number];

export function listeningPath(workspaceId: string, tab: ListeningTab): string {
  const base = `/w/${workspaceId}/listening`;
  return tab === 'plan' ? base : `${base}/${tab}`;
}

/**
 * Links, not ARIA tabs: every part has its own address, opens in a new browser tab and works with
 * the back button, so it is navigation, and the current one says so with aria-current.
 */
export function ListeningTabs() {
  const { t } = useTranslation();
  const workspace = useCurrentWorkspace();
  const location = useLocation();
  const unread = useUnreadAlerts(workspace.id);
  const current = (tab: ListeningTab) => {
    const path = listeningPath(workspace.id, tab);
    const here = location.pathname.replace(/\/+$/, '');
    return tab === 'plan' ? here === path : here === path || here.startsWith(`${path}/`);
  };

  return (
    <Box component="nav" aria-label={t('listening.tabs.label')} mb="lg" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
      <Group gap={4} pb={6}>
        {LISTENING_TABS.map((tab) => {
          const active = current(tab);
          return (
            <Button
              key={tab}
              component={Link}
              to={listeningPath(workspace.id, tab)}
              aria-current={active ? 'page' : undefined}
              variant={active ? 'light' : 'subtle'}
              color={active ? undefined : 'gray'}
              size="sm"
              rightSection={
                tab === 'alerts' && unread > 0 ? (
                  <>
                    <Badge size="sm" circle color="red" aria-hidden>
                      {unread}
                    </Badge>
                    <VisuallyHidden>{t('listening.tabs.unread', { count: unread })}</VisuallyHidden>
                  </>
                ) : undefined
              }
            >
              {t(`listening.tabs.${tab}`)}
            </Button>
          );
        })}
      </Group>
    </Box>
  );
}
