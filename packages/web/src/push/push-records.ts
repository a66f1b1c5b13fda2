import type { PushRecord, PushRecords } from './push-ports.js';

/**
 * The subscription this browser registered for `userId`, in localStorage (`fitiq.push.<user id>`):
 * a browser has one push subscription per site, but each person signed in on it chose for themselves.
 */
export const localPushRecords = (userId: string): PushRecords => {
  const key = `fitiq.push.${userId}`;
  return {
    load: () => {
      try {
        const parsed = JSON.parse(localStorage.getItem(key) ?? 'null') as Partial<PushRecord> | null;
        return typeof parsed?.id === 'string' && typeof parsed.endpoint === 'string'
          ? { id: parsed.id, endpoint: parsed.endpoint }
          : null;
      } catch {
        return null;
      }
    },
    save: (record) => localStorage.setItem(key, JSON.stringify(record)),
    clear: () => localStorage.removeItem(key),
  };
};
