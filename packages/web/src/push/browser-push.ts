import { workerRegistration } from '../app/service-worker.js';
import type { BrowserPushManager, PushBrowser, Unsupported } from './push-ports.js';

/** iPhone and iPad, including iPadOS, which presents itself as a Mac with a touch screen. */
const isAppleMobile = (): boolean =>
  /iPad|iPhone|iPod/.test(navigator.userAgent) ||
  (navigator.userAgent.includes('Macintosh') && navigator.maxTouchPoints > 1);

const unsupported = (): Unsupported | null => {
  if ('serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window) return null;
  // iOS 16.4+ has Web Push only in an app opened from the Home Screen, never in a Safari tab.
  return isAppleMobile() ? 'install' : 'browser';
};

/** The browser itself behind the PushBrowser port. */
export const browserPush: PushBrowser = {
  unsupported,
  permission: () => Notification.permission,
  requestPermission: () => Notification.requestPermission(),
  pushManager: async (): Promise<BrowserPushManager | null> =>
    (await workerRegistration())?.pushManager ?? null,
};
