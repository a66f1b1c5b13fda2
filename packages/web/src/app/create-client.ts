import { FitIQApi, FitIQClient, HttpClient, indexedDbStorage, TokenManager } from '@fitiq/client';
import { localSessionStore, type Session } from './session.js';

/** The app is served by the server it talks to. */
export const serverUrl = (): string => window.location.origin;

/**
 * The signed-in user's client. Its outbox and stream cursor live in an IndexedDB database of that user
 * only: signing in as someone else never uploads or resumes another account's data. The session
 * renews itself with its refresh token; the tokens live in localStorage beside the user.
 */
export const createClient = (session: Session): FitIQClient =>
  new FitIQClient({
    baseUrl: serverUrl(),
    token: session.token,
    refreshToken: session.refreshToken,
    sessionStore: localSessionStore(session.user),
    storage: indexedDbStorage(`fitiq-${session.user.id}`),
  });

/** Register and login need no token and no connection: the typed API alone. */
export const createAuthApi = (): FitIQApi =>
  new FitIQApi(new HttpClient({ baseUrl: serverUrl(), tokens: new TokenManager(null, null) }));
