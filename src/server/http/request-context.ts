import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import type { WorkspaceRole, BusinessFunction } from '../../shared/roles.ts';
import type { SecretBox } from '../lib/secret-box.ts';
import type { Jobs } from '../jobs/jobs.ts';

export type AuthUser = {
  id: string;
  email: string;
  name: string;
  locale: string;
  calendar: string;
  isInstanceAdmin: boolean;
};

export type AuthSession = { id: string; csrfToken: string };

export type WorkspaceAccess = {
  id: string;
  organizationId: string;
  role: WorkspaceRole;
  businessFunction: BusinessFunction;
};

/** What every service receives as `ctx`: the app's dependencies plus who is asking, from where. */
export type AppDeps = {
  db: Db;
  config: Config;
  secrets: SecretBox;
  jobs: Jobs;
  now: () => Date;
};

/** A workspace token that authenticated a `token` route (the mentions webhook); `sourceId` is the source its mentions are stored under. */
export type TokenAccess = { id: string; workspaceId: string; organizationId: string; sourceId: string | null };

export type RequestContext = AppDeps & {
  ip: string | null;
  userAgent: string | null;
  user: AuthUser | null;
  session: AuthSession | null;
  workspace: WorkspaceAccess | null;
  token?: TokenAccess | null;
};

/** Narrowing helpers: routes declare their access, so these only fail on a programming error. */
export function requireUser(ctx: RequestContext): AuthUser {
  if (!ctx.user) throw new Error('route declared user access but no user is set');
  return ctx.user;
}

export function requireToken(ctx: RequestContext): TokenAccess {
  if (!ctx.token) throw new Error('route declared token access but no token is set');
  return ctx.token;
}

export function requireWorkspace(ctx: RequestContext): WorkspaceAccess {
  if (!ctx.workspace) throw new Error('route declared workspace access but no workspace is set');
  return ctx.workspace;
}
