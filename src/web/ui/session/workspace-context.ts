import { createContext, use } from 'react';
import type { Workspace } from '../../../shared/api/workspace.schemas.ts';
import { hasRole, type WorkspaceRole } from '../../../shared/roles.ts';

export const WorkspaceContext = createContext<Workspace | null>(null);

/** The open workspace, with the caller's role in it; only valid below WorkspaceLayout. */
export function useCurrentWorkspace(): Workspace {
  const workspace = use(WorkspaceContext);
  if (!workspace) throw new Error('useCurrentWorkspace must be used below WorkspaceLayout');
  return workspace;
}

export function useHasRole(required: WorkspaceRole): boolean {
  return hasRole(useCurrentWorkspace().myRole, required);
}
