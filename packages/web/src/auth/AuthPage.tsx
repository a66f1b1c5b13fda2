import { type FormEvent, useId, useState } from 'react';
import { createAuthApi } from '../app/create-client.js';
import type { Session } from '../app/session.js';
import { authErrorMessage } from './auth-errors.js';

type Mode = 'sign-in' | 'sign-up';

const MIN_PASSWORD = 8;

/** Sign in or create an account; on success hands the session to the app. */
export const AuthPage = ({
  onSession,
  notice,
}: {
  onSession: (session: Session) => void;
  notice?: string;
}) => {
  const [mode, setMode] = useState<Mode>('sign-up');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = { email: useId(), password: useId(), hint: useId(), error: useId() };
  const signUp = mode === 'sign-up';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (signUp && password.length < MIN_PASSWORD) {
      setError(`The password needs at least ${MIN_PASSWORD} characters.`);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const api = createAuthApi();
      const session = signUp
        ? await api.register(email.trim(), password)
        : await api.login(email.trim(), password);
      onSession({
        token: session.access_token,
        refreshToken: session.refresh_token,
        user: { id: session.user.id, email: session.user.email },
      });
    } catch (failure) {
      setError(authErrorMessage(failure));
      setBusy(false);
    }
  };

  const switchMode = () => {
    setMode(signUp ? 'sign-in' : 'sign-up');
    setError(null);
  };

  return (
    <main className="auth">
      <div className="auth-card">
        <div className="brand brand-large" aria-hidden="true">
          <span className="brand-mark">F</span> FitIQ
        </div>
        <h1>{signUp ? 'Create your account' : 'Welcome back'}</h1>
        <p className="muted">Type what you ate in plain words. FitIQ works out the rest, live.</p>
        {notice && (
          <p className="notice" role="status">
            {notice}
          </p>
        )}
        <form
          className="auth-form"
          onSubmit={submit}
          noValidate
          aria-describedby={error ? ids.error : undefined}
        >
          <label htmlFor={ids.email}>Email</label>
          <input
            id={ids.email}
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
          <label htmlFor={ids.password}>Password</label>
          <input
            id={ids.password}
            type="password"
            autoComplete={signUp ? 'new-password' : 'current-password'}
            required
            minLength={signUp ? MIN_PASSWORD : undefined}
            aria-describedby={signUp ? ids.hint : undefined}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          {signUp && (
            <p id={ids.hint} className="hint">
              At least {MIN_PASSWORD} characters.
            </p>
          )}
          {error && (
            <p id={ids.error} className="form-error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" className="button primary wide" disabled={busy}>
            {busy ? 'One moment…' : signUp ? 'Sign up' : 'Sign in'}
          </button>
        </form>
        <p className="switch-mode">
          {signUp ? 'Already have an account?' : 'New to FitIQ?'}{' '}
          <button type="button" className="link-button" onClick={switchMode}>
            {signUp ? 'Sign in' : 'Create an account'}
          </button>
        </p>
      </div>
    </main>
  );
};
