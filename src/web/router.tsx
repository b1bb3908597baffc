import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { LoginPage } from './features/auth/login.page.tsx';
import { SetupPage } from './features/auth/setup.page.tsx';
import { InvitePage } from './features/invitations/invite.page.tsx';
import { ProfilePage } from './features/profile/profile.page.tsx';
import { SectionPage } from './features/sections/section.page.tsx';
import { SettingsPage } from './features/settings/settings.page.tsx';
import { TeamPage } from './features/team/team.page.tsx';
import { HomePage } from './features/workspaces/home.page.tsx';
import { NewWorkspacePage } from './features/workspaces/new-workspace.page.tsx';
import { WorkspaceLayout } from './features/workspaces/workspace-layout.tsx';
import { AppShellLayout } from './ui/layout/app-shell.tsx';
import { NotFoundPage } from './ui/layout/not-found.page.tsx';
import { UPCOMING_SECTIONS } from './ui/layout/sections.ts';
import { RequireSession } from './ui/session/require-session.tsx';
import { RootGate } from './ui/session/root-gate.tsx';

const workspaceRoutes: RouteObject[] = [
  { index: true, element: <Navigate to="team" replace /> },
  { path: 'team', element: <TeamPage /> },
  ...UPCOMING_SECTIONS.map((section) => ({ path: section.slug, element: <SectionPage key={section.slug} section={section} /> })),
  { path: 'settings', element: <SettingsPage /> },
  { path: '*', element: <Navigate to="team" replace /> },
];

export const routes: RouteObject[] = [
  {
    element: <RootGate />,
    children: [
      { path: '/setup', element: <SetupPage /> },
      { path: '/login', element: <LoginPage /> },
      { path: '/invite/:token', element: <InvitePage /> },
      {
        element: <RequireSession />,
        children: [
          {
            element: <AppShellLayout />,
            children: [
              { index: true, element: <HomePage /> },
              { path: '/profile', element: <ProfilePage /> },
              { path: '/workspaces/new', element: <NewWorkspacePage /> },
              { path: '/w/:workspaceId', element: <WorkspaceLayout />, children: workspaceRoutes },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
