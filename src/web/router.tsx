import type { ReactElement } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { LoginPage } from './features/auth/login.page.tsx';
import { SetupPage } from './features/auth/setup.page.tsx';
import { InvitePage } from './features/invitations/invite.page.tsx';
import { ListeningAlertsPage } from './features/listening/alerts.page.tsx';
import { ListeningDashboardPage } from './features/listening/dashboard.page.tsx';
import { ListeningMentionsPage } from './features/listening/mentions.page.tsx';
import { ListeningSourcesPage } from './features/listening/sources.page.tsx';
import { ListeningTopicsPage } from './features/listening/topics.page.tsx';
import { ProfilePage } from './features/profile/profile.page.tsx';
import { SectionPage } from './features/sections/section.page.tsx';
import { AudiencePage } from './features/strategy/audience.page.tsx';
import { ChannelsPage } from './features/strategy/channels.page.tsx';
import { ContextPage } from './features/strategy/context.page.tsx';
import { GovernancePage } from './features/strategy/governance.page.tsx';
import { GoalsPage } from './features/strategy/goals.page.tsx';
import { ListeningPage } from './features/strategy/listening.page.tsx';
import { MetricsPage } from './features/strategy/metrics.page.tsx';
import { OneThingPage } from './features/strategy/one-thing.page.tsx';
import { OverviewPage } from './features/strategy/overview.page.tsx';
import { RelationshipsPage } from './features/strategy/relationships.page.tsx';
import { VersionsPage } from './features/strategy/versions.page.tsx';
import { VoicePage } from './features/strategy/voice.page.tsx';
import { SettingsPage } from './features/settings/settings.page.tsx';
import { TeamPage } from './features/team/team.page.tsx';
import { HomePage } from './features/workspaces/home.page.tsx';
import { NewWorkspacePage } from './features/workspaces/new-workspace.page.tsx';
import { WorkspaceLayout } from './features/workspaces/workspace-layout.tsx';
import { AppShellLayout } from './ui/layout/app-shell.tsx';
import { NotFoundPage } from './ui/layout/not-found.page.tsx';
import type { SectionKey } from './ui/layout/section-keys.ts';
import { UPCOMING_SECTIONS } from './ui/layout/sections.ts';
import { RequireSession } from './ui/session/require-session.tsx';
import { RootGate } from './ui/session/root-gate.tsx';

/** Steps with a guided editor; the others keep the honest not-yet-available page. */
const STEP_PAGES: Partial<Record<SectionKey, ReactElement>> = {
  goals: <GoalsPage />,
  audience: <AudiencePage />,
  metrics: <MetricsPage />,
  oneThing: <OneThingPage />,
  channels: <ChannelsPage />,
  context: <ContextPage />,
  voice: <VoicePage />,
  governance: <GovernancePage />,
  relationships: <RelationshipsPage />,
};

/** Step 3 is a section of its own: the plan (the strategy's editor) and the listening tools around it. */
const listeningRoutes: RouteObject[] = [
  { index: true, element: <ListeningPage /> },
  { path: 'dashboard', element: <ListeningDashboardPage /> },
  { path: 'mentions', element: <ListeningMentionsPage /> },
  { path: 'topics', element: <ListeningTopicsPage /> },
  { path: 'sources', element: <ListeningSourcesPage /> },
  { path: 'alerts', element: <ListeningAlertsPage /> },
];

const workspaceRoutes: RouteObject[] = [
  { index: true, element: <Navigate to="team" replace /> },
  { path: 'team', element: <TeamPage /> },
  { path: 'overview', element: <OverviewPage /> },
  { path: 'versions', element: <VersionsPage /> },
  ...UPCOMING_SECTIONS.map((section) =>
    section.key === 'listening'
      ? { path: section.slug, children: listeningRoutes }
      : { path: section.slug, element: STEP_PAGES[section.key] ?? <SectionPage key={section.slug} section={section} /> },
  ),
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
