import { assignableRoles, BUSINESS_FUNCTIONS, type BusinessFunction, hasRole, type WorkspaceRole } from '../../../shared/roles.ts';

export type MemberFacts = { userId: string; role: WorkspaceRole; businessFunction: BusinessFunction };

/** How many members cover each business function, and which functions nobody covers. */
export function functionCoverage(members: readonly Pick<MemberFacts, 'businessFunction'>[]) {
  const coverage = BUSINESS_FUNCTIONS.map((businessFunction) => ({
    businessFunction,
    memberCount: members.filter((m) => m.businessFunction === businessFunction).length,
  }));
  // "other" is a catch-all, not a function a team can be missing.
  const missingFunctions = coverage.filter((c) => c.memberCount === 0 && c.businessFunction !== 'other').map((c) => c.businessFunction);
  return { coverage, missingFunctions };
}

export type Verdict = { ok: true } | { ok: false; code: 'forbidden' | 'role_not_assignable' | 'last_owner'; reason: string };

const ok: Verdict = { ok: true };

function ownersLeft(members: readonly MemberFacts[], without: string): number {
  return members.filter((m) => m.role === 'owner' && m.userId !== without).length;
}

/** May `actor` change `target`'s role and/or function? `members` is the whole workspace. */
export function canUpdateMember(
  actor: MemberFacts,
  target: MemberFacts,
  change: { role?: WorkspaceRole | undefined; businessFunction?: BusinessFunction | undefined },
  members: readonly MemberFacts[],
): Verdict {
  const isSelf = actor.userId === target.userId;
  const isAdmin = hasRole(actor.role, 'admin');
  if (change.businessFunction !== undefined && !isSelf && !isAdmin) {
    return { ok: false, code: 'forbidden', reason: 'Only admins change other members’ business function' };
  }
  if (change.role !== undefined && change.role !== target.role) {
    if (!isAdmin) return { ok: false, code: 'forbidden', reason: 'Only admins change roles' };
    if (target.role === 'owner' && actor.role !== 'owner') {
      return { ok: false, code: 'role_not_assignable', reason: 'Only an owner changes an owner’s role' };
    }
    if (!assignableRoles(actor.role).includes(change.role)) {
      return { ok: false, code: 'role_not_assignable', reason: `A ${actor.role} cannot grant the ${change.role} role` };
    }
    if (target.role === 'owner' && ownersLeft(members, target.userId) === 0) {
      return { ok: false, code: 'last_owner', reason: 'A workspace needs at least one owner' };
    }
  }
  return ok;
}

export function canRemoveMember(actor: MemberFacts, target: MemberFacts, members: readonly MemberFacts[]): Verdict {
  const isSelf = actor.userId === target.userId;
  if (!isSelf && !hasRole(actor.role, 'admin')) return { ok: false, code: 'forbidden', reason: 'Only admins remove members' };
  if (!isSelf && target.role === 'owner' && actor.role !== 'owner') {
    return { ok: false, code: 'forbidden', reason: 'Only an owner removes an owner' };
  }
  if (target.role === 'owner' && ownersLeft(members, target.userId) === 0) {
    return { ok: false, code: 'last_owner', reason: 'A workspace needs at least one owner' };
  }
  return ok;
}
