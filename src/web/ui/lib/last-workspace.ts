const KEY = 'socialplan.lastWorkspace';

// Storage can be unavailable (private mode, quotas); remembering the workspace is a convenience, never a requirement.
export function readLastWorkspace(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function rememberWorkspace(workspaceId: string): void {
  try {
    localStorage.setItem(KEY, workspaceId);
  } catch {
    // see above
  }
}

export function forgetWorkspace(workspaceId: string): void {
  try {
    if (localStorage.getItem(KEY) === workspaceId) localStorage.removeItem(KEY);
  } catch {
    // see above
  }
}
