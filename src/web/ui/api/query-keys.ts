export const queryKeys = {
  setupStatus: ['setup-status'] as const,
  session: ['session'] as const,
  workspace: (workspaceId: string) => ['workspace', workspaceId] as const,
  team: (workspaceId: string) => ['workspace', workspaceId, 'team'] as const,
  invitations: (workspaceId: string) => ['workspace', workspaceId, 'invitations'] as const,
  strategy: (workspaceId: string) => ['workspace', workspaceId, 'strategy'] as const,
  audit: (workspaceId: string) => ['workspace', workspaceId, 'audit'] as const,
  invitationPreview: (token: string) => ['invitation-preview', token] as const,
};
