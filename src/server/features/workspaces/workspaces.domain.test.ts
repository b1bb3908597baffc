import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canRemoveMember, canUpdateMember, functionCoverage, type MemberFacts } from './workspaces.domain.ts';

const owner: MemberFacts = { userId: 'o', role: 'owner', businessFunction: 'leadership' };
const admin: MemberFacts = { userId: 'a', role: 'admin', businessFunction: 'marketing' };
const editor: MemberFacts = { userId: 'e', role: 'editor', businessFunction: 'content' };
const team = [owner, admin, editor];

test('coverage counts members per function and lists the missing ones', () => {
  const { coverage, missingFunctions } = functionCoverage(team);
  assert.equal(coverage.find((c) => c.businessFunction === 'marketing')?.memberCount, 1);
  assert.ok(missingFunctions.includes('sales'));
  assert.ok(missingFunctions.includes('hr'));
  assert.ok(!missingFunctions.includes('content'));
  assert.ok(!missingFunctions.includes('other'), '"other" is never reported missing');
});

test('an editor may change their own function but not their role', () => {
  assert.deepEqual(canUpdateMember(editor, editor, { businessFunction: 'sales' }, team), { ok: true });
  assert.equal(canUpdateMember(editor, editor, { role: 'admin' }, team).ok, false);
  assert.equal(canUpdateMember(editor, admin, { businessFunction: 'sales' }, team).ok, false);
});

test('an admin cannot make owners or touch an owner’s role', () => {
  const grant = canUpdateMember(admin, editor, { role: 'owner' }, team);
  assert.equal(grant.ok === false && grant.code, 'role_not_assignable');
  const demote = canUpdateMember(admin, owner, { role: 'viewer' }, team);
  assert.equal(demote.ok === false && demote.code, 'role_not_assignable');
  assert.deepEqual(canUpdateMember(admin, editor, { role: 'viewer' }, team), { ok: true });
});

test('the last owner can neither be demoted nor removed', () => {
  const demote = canUpdateMember(owner, owner, { role: 'admin' }, team);
  assert.equal(demote.ok === false && demote.code, 'last_owner');
  const leave = canRemoveMember(owner, owner, team);
  assert.equal(leave.ok === false && leave.code, 'last_owner');
  const twoOwners = [...team, { userId: 'o2', role: 'owner' as const, businessFunction: 'sales' as const }];
  assert.deepEqual(canRemoveMember(owner, owner, twoOwners), { ok: true });
});

test('members may leave; only admins remove others', () => {
  assert.deepEqual(canRemoveMember(editor, editor, team), { ok: true });
  assert.equal(canRemoveMember(editor, admin, team).ok, false);
  assert.equal(canRemoveMember(admin, owner, team).ok, false);
  assert.deepEqual(canRemoveMember(admin, editor, team), { ok: true });
});
