import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { FullPageError, FullPageLoader } from '../../components/full-page-status';
import { useMe } from './auth-api';
import { CurrentUserProvider } from './current-user';

/** Renders its children for a signed-in person; anyone else goes to sign-in and comes back after. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <FullPageLoader />;
  if (me.isError) return <FullPageError error={me.error} onRetry={() => me.refetch()} />;
  if (!me.data) {
    const requested = `${location.pathname}${location.search}`;
    const next = requested === '/' ? '' : `?next=${encodeURIComponent(requested)}`;
    return <Navigate to={`/login${next}`} replace />;
  }
  return <CurrentUserProvider value={me.data}>{children}</CurrentUserProvider>;
}

/** Only same-site paths are followed after sign-in, never another origin (`//evil.test`). */
export function safeNextPath(next: string | null): string {
  if (!next?.startsWith('/') || /^\/[/\\]/.test(next) || next.startsWith('/login')) return '/';
  return next;
}
