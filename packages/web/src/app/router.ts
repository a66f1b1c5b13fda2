import { useSyncExternalStore } from 'react';

/** The app's pages: the day (today at `/`, another day at `/day/YYYY-MM-DD`), connection health, the account. */
export type Route =
  | { page: 'day'; date: string | null }
  | { page: 'health' }
  | { page: 'trends' }
  | { page: 'account' }
  | { page: 'not-found' };

const NAVIGATE = 'fitiq:navigate';

export const parseRoute = (pathname: string): Route => {
  if (pathname === '/' || pathname === '') return { page: 'day', date: null };
  if (pathname === '/health' || pathname === '/health/') return { page: 'health' };
  if (pathname === '/account' || pathname === '/account/') return { page: 'account' };
  if (pathname === '/trends' || pathname === '/trends/') return { page: 'trends' };
  const day = /^\/day\/(\d{4}-\d{2}-\d{2})\/?$/.exec(pathname);
  if (day?.[1]) return { page: 'day', date: day[1] };
  return { page: 'not-found' };
};

export const dayPath = (date: string | null): string => (date ? `/day/${date}` : '/');

export const navigate = (path: string, options: { replace?: boolean } = {}): void => {
  if (path === window.location.pathname) return;
  if (options.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATE));
};

const subscribe = (listener: () => void) => {
  window.addEventListener('popstate', listener);
  window.addEventListener(NAVIGATE, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(NAVIGATE, listener);
  };
};

export const usePathname = (): string => useSyncExternalStore(subscribe, () => window.location.pathname);
