import { createContext, use } from 'react';
import type { Session } from '../../../shared/api/auth.schemas.ts';

export const SessionContext = createContext<Session | null>(null);

/** The signed-in session; only valid below RequireSession, which guarantees there is one. */
export function useCurrentSession(): Session {
  const session = use(SessionContext);
  if (!session) throw new Error('useCurrentSession must be used below RequireSession');
  return session;
}
