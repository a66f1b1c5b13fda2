import type { ClientStorage } from '../storage/storage.js';
import type { SessionTokens } from './token-manager.js';

/**
 * Where the session's tokens are kept between runs, and shared with other tabs or processes of the
 * same user: a refresh token works once, so whoever refreshes must leave the new pair where the others
 * look before they refresh in turn.
 */
export type SessionStore = {
  load(): Promise<SessionTokens | null>;
  save(session: SessionTokens | null): Promise<void>;
};

const isSession = (value: unknown): value is SessionTokens =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as SessionTokens).access_token === 'string' &&
  (typeof (value as SessionTokens).refresh_token === 'string' ||
    (value as SessionTokens).refresh_token === null);

/** The default: the client's own storage (memory, IndexedDB or files), under one key. */
export const storageSessionStore = (storage: ClientStorage, key = 'session'): SessionStore => ({
  async load() {
    const value = await storage.get<unknown>(key);
    return isSession(value) ? value : null;
  },
  save: (session) => (session ? storage.set(key, session) : storage.delete(key)),
});
