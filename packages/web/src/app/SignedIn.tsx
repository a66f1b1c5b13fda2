import { AuthError, type FitIQClient } from '@fitiq/client';
import { useEffect, useRef, useState } from 'react';
import { AccountPage } from '../account/AccountPage.js';
import { DayPage } from '../day/DayPage.js';
import { HealthPage } from '../health/HealthPage.js';
import { trackEditFeedback } from '../meal/edit-feedback.js';
import { localPushRecords } from '../push/push-records.js';
import { forgetPushOnSignOut } from '../push/push-setting.js';
import { TrendsPage } from '../trends/TrendsPage.js';
import { Link } from '../ui/Link.js';
import { AppHeader } from './AppHeader.js';
import { ClientContext } from './client-context.js';
import { trackActivity } from './client-hooks.js';
import { createClient } from './create-client.js';
import { parseRoute, usePathname } from './router.js';
import type { Session } from './session.js';

const EXPIRED =
  'Your session has ended. Please sign in again; meals not yet uploaded are kept on this device.';
const DELETED = 'Your account and everything in it were deleted.';

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
  // Once the user chose to leave (sign out, delete), the socket's 4001 that follows is no news.
  const leaving = useRef(false);
  // While a deletion is under way the server ends the session as part of it: an expiry seen then is
  // announced only if the deletion fails (a wrong password), never ahead of "deleted".
  const deleting = useRef(false);
  const expiredWhileDeleting = useRef(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: one client per signed-in user, whatever else changes
  useEffect(() => {
    const next = createClient(session);
    trackActivity(next);
    trackEditFeedback(next);
    // The SDK refreshes the session by itself; it ends only when the server refuses the refresh.
    const expired = () => {
      if (leaving.current) return;
      if (deleting.current) expiredWhileDeleting.current = true;
      else onSignOut(EXPIRED);
    };
    const stops = [
      next.on('signedOut', ({ reason }) => reason === 'session_ended' && expired()),
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
  const signOut = async () => {
    leaving.current = true;
    // Signed out here whatever the server says: offline, the session simply expires there later.
    await forgetPushOnSignOut({ server: client.api, records: localPushRecords(session.user.id) });
    await client.logout().catch(() => {});
    onSignOut();
  };
  const deletion = {
    started: () => {
      deleting.current = true;
      expiredWhileDeleting.current = false;
    },
    failed: () => {
      deleting.current = false;
      if (expiredWhileDeleting.current) onSignOut(EXPIRED);
    },
    done: () => {
      leaving.current = true;
      onSignOut(DELETED);
    },
  };
  return (
    <ClientContext.Provider value={client}>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <AppHeader route={route} email={session.user.email} onSignOut={signOut} />
      {route.page === 'day' && <DayPage date={route.date} />}
      {route.page === 'health' && <HealthPage />}
      {route.page === 'trends' && <TrendsPage />}
      {route.page === 'account' && <AccountPage email={session.user.email} deletion={deletion} />}
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
