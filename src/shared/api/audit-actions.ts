/**
 * Every action the audit trail records. A closed list so the web UI can translate each one;
 * features add theirs here when they start writing to the trail.
 */
export const AUDIT_ACTIONS = [
  'organization.created',
  'workspace.created',
  'workspace.updated',
  'workspace.deleted',
  'workspace.logo_updated',
  'workspace.logo_removed',
  'member.added',
  'member.updated',
  'member.removed',
  'invitation.created',
  'invitation.revoked',
  'invitation.accepted',
  'strategy.updated',
  'strategy.section_updated',
  'strategy.imported',
  'strategy.version_published',
  'strategy.persona_removed',
  'strategy.competitor_removed',
  'strategy.objective_removed',
  'strategy.goal_removed',
  'strategy.template_applied',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
