import { useEffect, useState } from 'react';
import { AuthPage } from '../auth/AuthPage.js';
import { SignedIn } from './SignedIn.js';
import { clearSession, loadSession, SESSION_KEY, type Session, saveSession } from './session.js';

/** Signed in or not; a sign-in or sign-out in another tab is followed here too. */
export const App = () => {
  const [session, setSession] = useState<Session | null>(loadSession);
  const [notice, setNotice] = useState<string | undefined>();

  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === null || event.key === SESSION_KEY) setSession(loadSession());
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  if (!session) {
    return (
      <AuthPage
        notice={notice}
        onSession={(next) => {
          saveSession(next);
          setNotice(undefined);
          setSession(next);
        }}
      />
    );
  }
  return (
    <SignedIn
      key={session.user.id}
      session={session}
      onSignOut={(reason) => {
        clearSession();
        setNotice(reason);
        setSession(null);
      }}
    />
  );
};
