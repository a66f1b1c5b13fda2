import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { CHROMIUM } from './browser.js';

/**
 * A browser with a profile on disk. Chromium installs no app from an off-the-record profile (the
 * `in-incognito` installability error), which is what `browser.newContext()` gives.
 */
export const launchProfile = async (): Promise<{ context: BrowserContext; close(): Promise<void> }> => {
  const profile = mkdtempSync(join(tmpdir(), 'fitiq-web-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    viewport: { width: 390, height: 844 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
};

/** What the stand-in push manager recorded: the keys it was asked to subscribe with, the prompts. */
export type PushStubLog = { subscribedWith: string[]; permissionPrompts: number; subscribed: boolean };

/**
 * Headless Chromium has no push service to subscribe at: without Google's, PushManager.subscribe never
 * settles. So the page's PushManager is replaced, at the browser boundary only, by one that hands
 * out `subscription` (an endpoint and keys of the test's own push service) and keeps its state in
 * localStorage, so a reload finds it; the app's code above it runs as it would on a phone. Also
 * counts Notification.requestPermission, to prove the app asks only on the tap.
 */
export const stubPushManager = (
  page: Page,
  subscription: { endpoint: string; keys: { p256dh: string; auth: string } },
): Promise<unknown> =>
  page.addInitScript((sub) => {
    const STATE = 'test.push.subscribedWith';
    const PROMPTS = 'test.push.prompts';
    const toBase64url = (bytes: Uint8Array) =>
      btoa(String.fromCharCode(...bytes))
        .replace(/\+/g, '-')
        .replace(/\//g, '_')
        .replace(/=+$/, '');
    const fromBase64url = (text: string) =>
      Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)).buffer;
    const subscriptionWith = (key: string) => ({
      endpoint: sub.endpoint,
      expirationTime: null,
      options: { userVisibleOnly: true, applicationServerKey: fromBase64url(key) },
      toJSON: () => ({ endpoint: sub.endpoint, expirationTime: null, keys: sub.keys }),
      unsubscribe: async () => {
        localStorage.removeItem(STATE);
        return true;
      },
    });
    PushManager.prototype.getSubscription = async () => {
      const key = localStorage.getItem(STATE);
      return (key ? subscriptionWith(key) : null) as unknown as PushSubscription;
    };
    PushManager.prototype.subscribe = async (options) => {
      const key = options?.applicationServerKey;
      const bytes = ArrayBuffer.isView(key)
        ? new Uint8Array(key.buffer, key.byteOffset, key.byteLength)
        : new Uint8Array(key as ArrayBuffer);
      const text = typeof key === 'string' ? key : toBase64url(bytes);
      localStorage.setItem(STATE, text);
      localStorage.setItem(`${STATE}.log`, `${localStorage.getItem(`${STATE}.log`) ?? ''}${text} `);
      return subscriptionWith(text) as unknown as PushSubscription;
    };
    const ask = Notification.requestPermission.bind(Notification);
    Notification.requestPermission = () => {
      localStorage.setItem(PROMPTS, String(Number(localStorage.getItem(PROMPTS) ?? 0) + 1));
      return ask();
    };
  }, subscription);

export const pushStubLog = (page: Page): Promise<PushStubLog> =>
  page.evaluate(() => ({
    subscribedWith: (localStorage.getItem('test.push.subscribedWith.log') ?? '').split(' ').filter(Boolean),
    permissionPrompts: Number(localStorage.getItem('test.push.prompts') ?? 0),
    subscribed: localStorage.getItem('test.push.subscribedWith') !== null,
  }));

/** Forgets the browser's subscription, as a push service that expired it would. */
export const dropSubscription = (page: Page): Promise<void> =>
  page.evaluate(() => localStorage.removeItem('test.push.subscribedWith'));

/** The app's service worker, once it runs. */
export const appWorker = async (context: BrowserContext): Promise<Worker> =>
  context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));

/**
 * Delivers `data` as a push message to the app's service worker, as a push service would, through the
 * DevTools protocol (ServiceWorker.deliverPushMessage).
 */
export const deliverPush = async (page: Page, origin: string, data: string): Promise<void> => {
  const cdp = await page.context().newCDPSession(page);
  try {
    const registered = new Promise<string>((resolve) => {
      cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
        const live = registrations.find((r) => !r.isDeleted && r.scopeURL.startsWith(origin));
        if (live) resolve(live.registrationId);
      });
    });
    await cdp.send('ServiceWorker.enable');
    const registrationId = await registered;
    await cdp.send('ServiceWorker.deliverPushMessage', { origin, registrationId, data });
  } finally {
    await cdp.detach();
  }
};

/** The worker's global scope, as far as these tests use it (the DOM library has no worker types). */
type WorkerScope = {
  registration: ServiceWorkerRegistration;
  dispatchEvent(event: Event): boolean;
  NotificationEvent: new (type: string, init: { notification: Notification }) => Event;
};

export type ShownNotification = { title: string; body: string; tag: string; url: string; timestamp: number };

/** Waits for the notification of `tag` the service worker shows. */
export const waitForNotification = async (worker: Worker, tag: string): Promise<ShownNotification> => {
  for (;;) {
    const shown = await worker.evaluate(async (wanted) => {
      const scope = self as unknown as WorkerScope;
      const [notification] = await scope.registration.getNotifications({ tag: wanted });
      if (!notification) return null;
      const { title, body, tag } = notification;
      // Chromium has Notification.timestamp; the DOM library's types do not list it.
      const { timestamp } = notification as Notification & { timestamp: number };
      return { title, body, tag, timestamp, url: (notification.data as { url: string }).url };
    }, tag);
    if (shown) return shown;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

/**
 * Taps the notification of `tag`: the worker's notificationclick handler runs with it. Headless
 * Chromium cannot click a system notification, so the event is dispatched inside the worker; being
 * synthetic, it carries no user activation, so a window is moved and not focused.
 */
export const clickNotification = (worker: Worker, tag: string): Promise<void> =>
  worker.evaluate(async (wanted) => {
    const scope = self as unknown as WorkerScope;
    const [notification] = await scope.registration.getNotifications({ tag: wanted });
    if (!notification) throw new Error(`no notification ${wanted}`);
    scope.dispatchEvent(new scope.NotificationEvent('notificationclick', { notification }));
  }, tag);
