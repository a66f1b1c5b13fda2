import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteStorage, type SqliteStorage } from '../storage/sqlite/sqlite-storage.js';
import type { Storage } from '../storage/storage.js';

/**
 * A storage whose stream-position read (the cursor check every transport starts with) waits while
 * the test holds it, so that something (a client leaving, a shutdown) happens at exactly that moment.
 * The test closes `inner` once the server using `storage` is closed.
 */
export const storageHeldAtCursorCheck = () => {
  const inner: SqliteStorage = createSqliteStorage(
    join(mkdtempSync(join(tmpdir(), 'fitiq-held-')), 'fitiq.db'),
  );
  let hold: { reached: () => void; gate: Promise<void> } | null = null;
  const storage: Storage = {
    ...inner,
    repos: {
      ...inner.repos,
      events: {
        ...inner.repos.events,
        async position(userId) {
          if (hold) {
            hold.reached();
            await hold.gate;
          }
          return inner.repos.events.position(userId);
        },
      },
    },
  };
  /** Holds the next cursor check; resolves with the way to let it go once a request reached it. */
  const holdNext = () => {
    let release = () => {};
    const reached = new Promise<() => void>((resolve) => {
      hold = {
        reached: () => resolve(release),
        gate: new Promise<void>((done) => {
          release = () => {
            hold = null;
            done();
          };
        }),
      };
    });
    return reached;
  };
  return { storage, inner, holdNext };
};
