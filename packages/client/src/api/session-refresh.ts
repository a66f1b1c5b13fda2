import type { Session } from '@fitiq/contract';
import { ApiError } from './errors.js';
import type { HttpClient } from './http.js';
import type { SessionStore } from './session-store.js';
import type { RenewToken, SessionTokens, TokenManager } from './token-manager.js';

type LockManager = { request<T>(name: string, callback: () => Promise<T>): Promise<T> };

/** Tabs of one browser take turns (Web Locks); elsewhere, and in Node, the store re-read is the guard. */
const withLock = <T>(name: string, work: () => Promise<T>): Promise<T> => {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  return typeof locks?.request === 'function' ? locks.request(name, work) : work();
};

/**
 * The SDK's own renewal: exchange the refresh token for a new pair (`POST /auth/refresh`). Before it
 * asks the server it looks at the store: another tab or process may have refreshed already, and
 * presenting the refresh token it used up would count as theft and end the session for everyone.
 * A refusal of the refresh token ends the session (`onSignedOut`); no network is a temporary error
 * (the refusal is renewed again later), not a sign-out.
 */
export const createSessionRefresh = (deps: {
  http: HttpClient;
  tokens: TokenManager;
  store: SessionStore;
  onSignedOut: () => void;
}): RenewToken => {
  const { http, tokens, store, onSignedOut } = deps;
  const exchange = async (refreshToken: string): Promise<SessionTokens | null> => {
    try {
      const { body } = await http.json<Session>({
        method: 'POST',
        path: '/api/v1/auth/refresh',
        body: { refresh_token: refreshToken },
        auth: false,
      });
      return { access_token: body.access_token, refresh_token: body.refresh_token };
    } catch (error) {
      if (error instanceof ApiError && !error.temporary) return null;
      throw error;
    }
  };

  return (rejected) =>
    withLock(`fitiq-refresh ${http.baseUrl}`, async () => {
      // Signed out meanwhile (logout, a refresh that failed a moment ago): nothing to renew, nothing to announce.
      if (tokens.current === null) return null;
      const stored = await store.load();
      if (stored && stored.access_token !== rejected && stored.refresh_token !== tokens.refreshToken) {
        tokens.setSession(stored);
        return stored.access_token;
      }
      const refreshToken = stored?.refresh_token ?? tokens.refreshToken;
      const next = refreshToken ? await exchange(refreshToken) : null;
      if (!next) {
        tokens.setSession(null);
        onSignedOut();
        return null;
      }
      await store.save(next);
      tokens.setSession(next);
      return next.access_token;
    });
};
