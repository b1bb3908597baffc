import assert from 'node:assert/strict';
import { test } from 'node:test';
import { invitationProblem, invitationStatus, invitationUrl } from './invitations.domain.ts';

const now = new Date('2026-11-22T00:00:00Z');
const later = new Date('2026-11-29T00:00:00Z');

test('status follows accepted, then revoked, then expiry', () => {
  assert.equal(invitationStatus({ expiresAt: later, acceptedAt: null, revokedAt: null }, now), 'pending');
  assert.equal(invitationStatus({ expiresAt: now, acceptedAt: null, revokedAt: null }, now), 'expired');
  assert.equal(invitationStatus({ expiresAt: later, acceptedAt: null, revokedAt: now }, now), 'revoked');
  assert.equal(invitationStatus({ expiresAt: now, acceptedAt: now, revokedAt: null }, now), 'accepted');
});

test('each unusable state has its own error code', () => {
  assert.equal(invitationProblem('pending'), null);
  assert.equal(invitationProblem('accepted')?.code, 'invitation_used');
  assert.equal(invitationProblem('revoked')?.code, 'invitation_revoked');
  assert.equal(invitationProblem('expired')?.code, 'invitation_expired');
});

test('links are built on the public URL without a double slash', () => {
  assert.equal(invitationUrl('https://plan.example.com/', 'abc'), 'https://plan.example.com/invite/abc');
});
