import type { InvitationStatus } from '../../../shared/api/workspace.schemas.ts';

export type InvitationDates = { expiresAt: Date; acceptedAt: Date | null; revokedAt: Date | null };

export function invitationStatus(inv: InvitationDates, now: Date): InvitationStatus {
  if (inv.acceptedAt) return 'accepted';
  if (inv.revokedAt) return 'revoked';
  if (inv.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'pending';
}

/** The error a link in this state answers with; null while it can still be accepted. */
export function invitationProblem(status: InvitationStatus) {
  switch (status) {
    case 'accepted':
      return { code: 'invitation_used', message: 'This invitation has already been used' } as const;
    case 'revoked':
      return { code: 'invitation_revoked', message: 'This invitation was withdrawn' } as const;
    case 'expired':
      return { code: 'invitation_expired', message: 'This invitation has expired; ask for a new one' } as const;
    default:
      return null;
  }
}

export function invitationUrl(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/$/, '')}/invite/${token}`;
}
