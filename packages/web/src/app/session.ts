import type { SessionStore } from '@fitiq/client';

/**
 * Who is signed in on this browser: kept in localStorage so a reload (even offline) stays signed in,
 * and so every tab sees a refresh made by another (a refresh token works once).
 */
export type Session = Readonly<{
  token: string;
  /** Null for a session stored before refresh tokens existed: it ends when its access token does. */
  refreshToken: string | null;
  user: Readonly<{ id: string; email: string }>;
}>;

const KEY = 'fitiq.session';

export const SESSION_KEY = KEY;

export const loadSession = (): Session | null => {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<Session>;
    if (typeof parsed.token !== 'string' || typeof parsed.user?.id !== 'string') return null;
    return {
      token: parsed.token,
      refreshToken: typeof parsed.refreshToken === 'string' ? parsed.refreshToken : null,
      user: { id: parsed.user.id, email: String(parsed.user.email ?? '') },
    };
  } catch {
    return null;
  }
};

export const saveSession = (session: Session): void => localStorage.setItem(KEY, JSON.stringify(session));

export const clearSession = (): void => localStorage.removeItem(KEY);

/** The SDK keeps the rotating tokens in the same entry as the user, so a reload finds the newest pair. */
export const localSessionStore = (user: Session['user']): SessionStore => ({
  async load() {
    const session = loadSession();
    if (!session || session.user.id !== user.id) return null;
    return { access_token: session.token, refresh_token: session.refreshToken };
  },
  async save(tokens) {
    // Signing out is the app's decision (it shows why); the SDK only ever replaces the tokens.
    if (!tokens) return;
    const current = loadSession();
    if (current && current.user.id !== user.id) return;
    saveSession({ user, token: tokens.access_token, refreshToken: tokens.refresh_token });
  },
});
