import { ApiError } from '@fitiq/client';
import type { PushSubscriptionBody } from '@fitiq/contract';
import { applicationServerKey, sameKey } from './application-server-key.js';
import type { BrowserSubscription, PushBrowser, PushRecords, PushServer, Unsupported } from './push-ports.js';

/**
 * Where "Notify me when a meal is ready" stands on this browser:
 * - `on`: permission granted, and the server has this browser's current subscription;
 * - `off`: never switched on (or switched off) here;
 * - `blocked`: the browser denies notifications to the site; `revoked` when they were on before;
 * - `expired`: switched on, but the browser no longer has the subscription (dropped by the push
 *   service or the browser); switching on again makes a new one;
 * - `dismissed`: the permission prompt was closed without an answer;
 * - `unsupported`: no Web Push here (`install`: iOS, until the app is opened from the Home Screen).
 */
export type PushStatus =
  | { kind: 'on' }
  | { kind: 'off' }
  | { kind: 'blocked'; revoked: boolean }
  | { kind: 'expired' }
  | { kind: 'dismissed' }
  | { kind: 'unsupported'; reason: Unsupported };

export type PushDeps = { browser: PushBrowser; server: PushServer; records: PushRecords };

/**
 * What this browser's state says now. Also repairs what can be repaired without asking: a push
 * service that replaced the subscription (the worker subscribed again) gets the new endpoint told to
 * the server, and the old one removed there.
 */
export const checkPush = async ({ browser, server, records }: PushDeps): Promise<PushStatus> => {
  const unsupported = browser.unsupported();
  if (unsupported) return { kind: 'unsupported', reason: unsupported };
  const record = records.load();
  if (browser.permission() === 'denied') return { kind: 'blocked', revoked: record !== null };
  if (!record) return { kind: 'off' };
  // Permission back to "ask" (site settings reset): the browser dropped the subscription with it.
  if (browser.permission() !== 'granted') return { kind: 'expired' };
  const manager = await browser.pushManager();
  if (!manager) return { kind: 'unsupported', reason: 'browser' };
  const subscription = await manager.getSubscription();
  if (!subscription) return { kind: 'expired' };
  if (subscription.endpoint !== record.endpoint) await register(subscription, { server, records });
  return { kind: 'on' };
};

/**
 * Switches notifications on. Call it straight from the tap, before anything else is awaited: the
 * permission prompt is allowed only then (Safari is strict about it).
 */
export const enablePush = async ({ browser, server, records }: PushDeps): Promise<PushStatus> => {
  const permission = await browser.requestPermission();
  if (permission === 'denied') return { kind: 'blocked', revoked: false };
  if (permission !== 'granted') return { kind: 'dismissed' };
  const manager = await browser.pushManager();
  if (!manager) return { kind: 'unsupported', reason: 'browser' };
  const key = applicationServerKey(await server.pushKey());
  let subscription = await manager.getSubscription();
  if (subscription && !sameKey(subscription.options.applicationServerKey, key)) {
    // Made with another server key (the server's keys changed): the server can no longer push to it.
    await subscription.unsubscribe();
    subscription = null;
  }
  subscription ??= await manager.subscribe({ userVisibleOnly: true, applicationServerKey: key });
  await register(subscription, { server, records });
  return { kind: 'on' };
};

/** Switches notifications off: the server forgets this browser first, then the browser unsubscribes. */
export const disablePush = async ({ browser, server, records }: PushDeps): Promise<PushStatus> => {
  const record = records.load();
  if (record) await forget(server, record.id);
  records.clear();
  const manager = await browser.pushManager();
  await (await manager?.getSubscription())?.unsubscribe();
  return browser.permission() === 'denied' ? { kind: 'blocked', revoked: false } : { kind: 'off' };
};

/**
 * On sign-out: the server stops pushing this user's meals to this browser, which may be shared. The
 * browser's subscription is left alone (another person signed in here may use it). Best effort: the
 * sign-out goes on offline, and the push service's 410 cleans up after an uninstall.
 */
export const forgetPushOnSignOut = async ({ server, records }: Omit<PushDeps, 'browser'>): Promise<void> => {
  const record = records.load();
  records.clear();
  if (record) await forget(server, record.id).catch(() => {});
};

/** Tells the server about `subscription`; a record of an older one is removed there (best effort). */
const register = async (
  subscription: BrowserSubscription,
  { server, records }: Pick<PushDeps, 'server' | 'records'>,
): Promise<void> => {
  const previous = records.load();
  const id = await server.subscribePush(subscriptionBody(subscription));
  records.save({ id, endpoint: subscription.endpoint });
  if (previous && previous.id !== id) await forget(server, previous.id).catch(() => {});
};

/** DELETE, where a subscription already gone (removed after a push service's 410) is what was wanted. */
const forget = async (server: PushServer, id: string): Promise<void> => {
  try {
    await server.unsubscribePush(id);
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 404)) throw error;
  }
};

const subscriptionBody = (subscription: BrowserSubscription): PushSubscriptionBody => {
  const json = subscription.toJSON();
  const p256dh = json.keys?.p256dh;
  const auth = json.keys?.auth;
  if (!p256dh || !auth) throw new PushKeysMissing();
  return { endpoint: subscription.endpoint, keys: { p256dh, auth } };
};

/** A subscription without encryption keys: the browser's push is unusable (never seen in a current one). */
export class PushKeysMissing extends Error {
  constructor() {
    super('The browser gave a push subscription without encryption keys.');
    this.name = 'PushKeysMissing';
  }
}
