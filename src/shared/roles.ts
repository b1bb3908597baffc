import { z } from 'zod';

// Ordered from least to most powerful: the index is the rank used by role checks.
export const WORKSPACE_ROLES = ['viewer', 'contributor', 'editor', 'admin', 'owner'] as const;
export type WorkspaceRole = (typeof WORKSPACE_ROLES)[number];
export const workspaceRoleSchema = z.enum(WORKSPACE_ROLES);

export const BUSINESS_FUNCTIONS = [
  'marketing',
  'sales',
  'customer_service',
  'content',
  'hr',
  'product',
  'leadership',
  'legal_compliance',
  'partnerships',
  'other',
] as const;
export type BusinessFunction = (typeof BUSINESS_FUNCTIONS)[number];
export const businessFunctionSchema = z.enum(BUSINESS_FUNCTIONS);

export const ORGANIZATION_ROLES = ['member', 'admin', 'owner'] as const;
export type OrganizationRole = (typeof ORGANIZATION_ROLES)[number];

export function roleRank(role: WorkspaceRole): number {
  return WORKSPACE_ROLES.indexOf(role);
}

export function hasRole(actual: WorkspaceRole, required: WorkspaceRole): boolean {
  return roleRank(actual) >= roleRank(required);
}

/** Roles a member with `actor` role may hand out: admins cannot create owners. */
export function assignableRoles(actor: WorkspaceRole): WorkspaceRole[] {
  if (actor === 'owner') return [...WORKSPACE_ROLES];
  if (actor === 'admin') return WORKSPACE_ROLES.filter((r) => r !== 'owner');
  return [];
}
