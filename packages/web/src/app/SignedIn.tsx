import { AuthError, type FitIQClient } from '@fitiq/client';
import { useEffect, useState } from 'react';
import { DayPage } from '../day/DayPage.js';
import { HealthPage } from '../health/HealthPage.js';
import { Link } from '../ui/Link.js';
import { AppHeader } from './AppHeader.js';
import { ClientContext } from './client-context.js';
import { trackActivity } from './client-hooks.js';
import { createClient } from './create-client.js';
import { parseRoute, usePathname } from './router.js';
import type { Session } from './session.js';

const EXPIRED =
  'Your session has ended. Please sign in again; meals not yet uploaded are kept on this device.';

/** The app for a signed-in user: one SDK client for the session's life, the header and the page. */
export const SignedIn = ({
  session,
  onSignOut,
}: {
  session: Session;
  onSignOut: (notice?: string) => void;
}) => {
  const [client, setClient] = useState<FitIQClient | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const route = parseRoute(usePathname());

  // biome-ignore lint/correctness/useExhaustiveDependencies: one client per signed-in user, whatever else changes
  useEffect(() => {
    const next = createClient(session);
    trackActivity(next);
    const expired = () => onSignOut(EXPIRED);
    const stops = [
      next.on('error', (error) => error instanceof AuthError && expired()),
      next.on('state', ({ newState }) => newState.error instanceof AuthError && expired()),
    ];
    setClient(next);
    next
      .start()
      .catch((error: unknown) => setFailure(`This browser's storage cannot be used: ${String(error)}`));
    return () => {
      for (const stop of stops) stop();
      setClient(null);
      void next.close();
    };
  }, [session.user.id]);

  if (failure) {
    return (
      <main className="page">
        <div className="banner bad" role="alert">
          {failure}
        </div>
      </main>
    );
  }
  if (!client) return null;
  return (
    <ClientContext.Provider value={client}>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <AppHeader route={route} email={session.user.email} onSignOut={() => onSignOut()} />
      {route.page === 'day' && <DayPage date={route.date} />}
      {route.page === 'health' && <HealthPage />}
      {route.page === 'not-found' && (
        <main className="page" id="main">
          <div className="empty">
            <h1>Page not found</h1>
            <p>
              <Link href="/">Go to today</Link>
            </p>
          </div>
        </main>
      )}
    </ClientContext.Provider>
  );
};
