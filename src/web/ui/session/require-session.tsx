import { Navigate, Outlet, useLocation } from 'react-router';
import { FullPageError, FullPageLoading } from './full-page-state.tsx';
import { useSession } from './session.queries.ts';
import { SessionContext } from './session-context.ts';

/** Gate for every signed-in route: anonymous visitors go to sign in and come back afterwards. */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();

  if (session.isPending) return <FullPageLoading />;
  if (session.isError) return <FullPageError error={session.error} onRetry={() => session.refetch()} />;
  if (!session.data) {
    const next = `${location.pathname}${location.search}`;
    const search = next === '/' ? '' : `?next=${encodeURIComponent(next)}`;
    return <Navigate to={`/login${search}`} replace />;
  }
  return (
    <SessionContext value={session.data}>
      <Outlet />
    </SessionContext>
  );
}
