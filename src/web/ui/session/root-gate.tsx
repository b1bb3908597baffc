import { useEffect } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { applyLocale } from '../i18n.ts';
import { FullPageError, FullPageLoading } from './full-page-state.tsx';
import { useSession, useSetupStatus } from './session.queries.ts';

/** Once someone signs in, their saved language wins over the browser's. */
function useLanguageFromSession(): void {
  const locale = useSession().data?.user.locale;
  useEffect(() => {
    if (locale) void applyLocale(locale);
  }, [locale]);
}

/** Until the first administrator exists, every page leads to setup, and setup is closed afterwards. */
export function RootGate() {
  const status = useSetupStatus();
  const location = useLocation();
  useLanguageFromSession();

  if (status.isPending) return <FullPageLoading />;
  if (status.isError) return <FullPageError error={status.error} onRetry={() => status.refetch()} />;

  const onSetupPage = location.pathname === '/setup';
  if (status.data.needsSetup && !onSetupPage) return <Navigate to="/setup" replace />;
  if (!status.data.needsSetup && onSetupPage) return <Navigate to="/" replace />;
  return <Outlet />;
}
