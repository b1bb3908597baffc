import { auditRoutes } from './features/audit/audit.routes.ts';
import { authRoutes } from './features/auth/auth.routes.ts';
import { demoRoutes } from './features/demo/demo.routes.ts';
import { invitationRoutes } from './features/invitations/invitations.routes.ts';
import { listeningAlertRoutes } from './features/listening/alerts.routes.ts';
import { listeningDashboardRoutes } from './features/listening/dashboard.routes.ts';
import { listeningImportRoutes } from './features/listening/imports.routes.ts';
import { listeningMentionRoutes } from './features/listening/mentions.routes.ts';
import { listeningSettingsRoutes } from './features/listening/settings.routes.ts';
import { listeningSourceRoutes } from './features/listening/sources.routes.ts';
import { listeningTopicRoutes } from './features/listening/topics.routes.ts';
import { strategyRoutes } from './features/strategy/strategy.routes.ts';
import { strategyDocumentRoutes } from './features/strategy-documents/strategy-documents.routes.ts';
import { strategyTemplateRoutes } from './features/strategy/strategy-templates.routes.ts';
import { strategyVersionRoutes } from './features/strategy/strategy-versions.routes.ts';
import { workspaceLogoRoutes } from './features/workspace-logo/workspace-logo.routes.ts';
import { workspaceRoutes } from './features/workspaces/workspaces.routes.ts';
import type { AnyRoute } from './http/route.ts';

/** Every API route. The tenant-isolation test walks this list, so a route added here is checked. */
export const API_ROUTES: readonly AnyRoute[] = [
  ...authRoutes,
  ...workspaceRoutes,
  ...invitationRoutes,
  ...auditRoutes,
  ...demoRoutes,
  ...strategyRoutes,
  ...strategyVersionRoutes,
  ...strategyTemplateRoutes,
  ...strategyDocumentRoutes,
  ...workspaceLogoRoutes,
  ...listeningTopicRoutes,
  ...listeningMentionRoutes,
  ...listeningDashboardRoutes,
  ...listeningAlertRoutes,
  ...listeningSettingsRoutes,
  ...listeningImportRoutes,
  ...listeningSourceRoutes,
];
