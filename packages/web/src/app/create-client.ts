import { FitIQApi, FitIQClient, HttpClient, indexedDbStorage, TokenManager } from '@fitiq/client';
import type { Session } from './session.js';

/** The app is served by the server it talks to. */
export const serverUrl = (): string => window.location.origin;

/**
 * The signed-in user's client. Its outbox and stream cursor live in an IndexedDB database of that user
 * only: signing in as someone else never uploads or resumes another account's data.
 */
export const createClient = (session: Session): FitIQClient =>
  new FitIQClient({
    baseUrl: serverUrl(),
    token: session.token,
    storage: indexedDbStorage(`fitiq-${session.user.id}`),
    // The contract has no refresh token: when the access token expires the user signs in again.
    renewToken: () => null,
  });

/** Register and login need no token and no connection: the typed API alone. */
export const createAuthApi = (): FitIQApi =>
  new FitIQApi(new HttpClient({ baseUrl: serverUrl(), tokens: new TokenManager(null, null) }));
