import { and, isNull, lt, or } from 'drizzle-orm';
import { invitations, loginFailures, sessions } from '../../db/schema/index.ts';
import type { AppDeps } from '../../http/request-context.ts';
import { LOGIN_WINDOW_MS } from './auth.domain.ts';

const INVITATION_KEEP_MS = 90 * 86_400_000;

/** Drops what can no longer be used: expired sessions, old failed sign-ins, long-dead invitations. */
export async function cleanupExpired(deps: Pick<AppDeps, 'db' | 'now'>) {
  const now = deps.now();
  const expiredSessions = await deps.db.delete(sessions).where(lt(sessions.expiresAt, now)).returning({ id: sessions.id });
  const oldFailures = await deps.db
    .delete(loginFailures)
    .where(lt(loginFailures.createdAt, new Date(now.getTime() - LOGIN_WINDOW_MS)))
    .returning({ id: loginFailures.id });
  // Accepted invitations stay: they record how a member joined.
  const deadInvitations = await deps.db
    .delete(invitations)
    .where(
      and(
        isNull(invitations.acceptedAt),
        or(lt(invitations.expiresAt, new Date(now.getTime() - INVITATION_KEEP_MS)), lt(invitations.revokedAt, new Date(now.getTime() - INVITATION_KEEP_MS))),
      ),
    )
    .returning({ id: invitations.id });
  return { sessions: expiredSessions.length, loginFailures: oldFailures.length, invitations: deadInvitations.length };
}
