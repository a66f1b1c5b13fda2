import type { ClientStorage } from './storage.js';

const STORE = 'kv';

const done = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

const committed = (tx: IDBTransaction): Promise<void> =>
  new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });

/**
 * Browser storage in IndexedDB: one object store of key/value pairs. A write resolves when its
 * transaction has committed, so "persisted before `log` returns" holds across a tab being killed.
 */
export const indexedDbStorage = (databaseName = 'fitiq'): ClientStorage => {
  let opening: Promise<IDBDatabase> | null = null;
  const db = () => {
    opening ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(databaseName, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    return opening;
  };
  const write = async (run: (store: IDBObjectStore) => void) => {
    const tx = (await db()).transaction(STORE, 'readwrite', { durability: 'strict' });
    run(tx.objectStore(STORE));
    await committed(tx);
  };
  return {
    get: async <T>(key: string) =>
      (await done((await db()).transaction(STORE).objectStore(STORE).get(key))) as T | undefined,
    set: (key, value) => write((store) => store.put(value, key)),
    delete: (key) => write((store) => store.delete(key)),
    entries: async <T>(prefix: string) => {
      const store = (await db()).transaction(STORE).objectStore(STORE);
      const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
      const [keys, values] = await Promise.all([done(store.getAllKeys(range)), done(store.getAll(range))]);
      return keys.map((key, i): [string, T] => [String(key), values[i] as T]);
    },
    clear: () => write((store) => store.clear()),
    close: async () => {
      if (opening) (await opening).close();
      opening = null;
    },
  };
};
