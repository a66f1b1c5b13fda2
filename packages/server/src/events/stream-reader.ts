import type { Storage } from '../storage/storage.js';
import type { Hub, Listener } from './hub.js';
import type { StoredEvent } from './stored-event.js';
import { StreamSubscription } from './stream-subscription.js';

export type CursorCheck = { valid: true; head: number } | { valid: false; head: number };

/**
 * What every transport needs from a user's stream: check a cursor against retention, follow the
 * stream from it, or wait until something newer than it is committed.
 */
export const createStreamReader = (storage: Storage, hub: Hub) => {
  const readAfter = (userId: string, after: number, limit: number) =>
    storage.repos.events.readAfter(userId, after, limit);

  return {
    readAfter,

    /**
     * A cursor is valid when every event after it is still stored. 0 means "everything retained".
     * A cursor beyond the head (another server's, or from before a restore) is not valid either:
     * the client must reload, exactly as for an expired one.
     */
    async checkCursor(userId: string, after: number): Promise<CursorCheck> {
      const { head, prunedThrough } = await storage.repos.events.position(userId);
      const valid = after <= head && (after === 0 || after >= prunedThrough);
      return { valid, head };
    },

    /**
     * Registers first, delivers later: the subscription listens before the caller reads the head, so an
     * event committed at any moment of a handshake is either read from storage or notified, never lost.
     * Call `start()` on the result once the caller is ready to send.
     */
    follow(
      userId: string,
      after: number,
      deliver: (event: StoredEvent) => void,
      onError: (error: unknown) => void,
    ): { subscription: StreamSubscription; stop: () => void } {
      const subscription = new StreamSubscription(userId, after, readAfter, deliver, onError);
      hub.add(userId, subscription);
      return {
        subscription,
        stop: () => {
          subscription.close();
          hub.remove(userId, subscription);
        },
      };
    },

    /** Resolves when an event newer than `after` is committed for the user, or after `timeoutMs`. */
    waitForNewer(userId: string, after: number, timeoutMs: number, signal: AbortSignal): Promise<void> {
      return new Promise((resolve) => {
        if (signal.aborted) return resolve();
        const done = () => {
          clearTimeout(timer);
          hub.remove(userId, listener);
          signal.removeEventListener('abort', done);
          resolve();
        };
        const listener: Listener = { notify: (event) => event.seq > after && done(), resync: done };
        const timer = setTimeout(done, timeoutMs);
        hub.add(userId, listener);
        signal.addEventListener('abort', done, { once: true });
      });
    },
  };
};

export type StreamReader = ReturnType<typeof createStreamReader>;
