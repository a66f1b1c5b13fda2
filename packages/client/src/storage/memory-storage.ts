import type { ClientStorage } from './storage.js';

/** Keeps values in memory only; values are copied in and out as JSON, as a real adapter would. */
export const memoryStorage = (): ClientStorage => {
  const data = new Map<string, string>();
  return {
    get: async <T>(key: string) => {
      const raw = data.get(key);
      return raw === undefined ? undefined : (JSON.parse(raw) as T);
    },
    set: async (key, value) => {
      data.set(key, JSON.stringify(value));
    },
    delete: async (key) => {
      data.delete(key);
    },
    entries: async <T>(prefix: string) =>
      [...data.entries()]
        .filter(([key]) => key.startsWith(prefix))
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, raw]): [string, T] => [key, JSON.parse(raw) as T]),
    clear: async () => data.clear(),
  };
};
