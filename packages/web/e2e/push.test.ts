import type { AccountExport, PushMessage } from '@fitiq/contract';
import { type PushService, request, startPushService, type TestSubscription } from '@fitiq/server/testing';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { guessMealTypeAt, MEAL_TYPE_LABEL } from '../src/meal/meal-type.js';
import { sessionToken, signUp, waitForConnection, waitForMeal } from './support/app-page.js';
import { type AppServer, startAppServer } from './support/app-server.js';
import { chromiumAvailable, screenshotPath } from './support/browser.js';
import { ensureBuilt } from './support/build.js';
import {
  appWorker,
  clickNotification,
  deliverPush,
  dropSubscription,
  launchProfile,
  pushStubLog,
  type ShownNotification,
  stubPushManager,
  waitForNotification,
} from './support/push-browser.js';

const SWITCH = { name: 'Notify me when a meal is ready' };

/** The browser-local YYYY-MM-DD of an instant, as the app's day route names it. */
const localDay = (at: Date) =>
  `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;

/** The title the worker must show for a completed meal: its type (or the type its time suggests), kcal, protein. */
const completedTitle = (message: PushMessage, shown: ShownNotification) => {
  const meal = message.meal_log;
  const type: string = meal.meal_type
    ? MEAL_TYPE_LABEL[meal.meal_type]
    : MEAL_TYPE_LABEL[guessMealTypeAt(new Date(meal.logged_at ?? shown.timestamp))];
  const totals = meal.totals ?? { calories: Number.NaN, protein_g: Number.NaN };
  return `${type} ready: ${Math.round(totals.calories).toLocaleString('en')} kcal, ${Math.round(totals.protein_g)} g protein`;
};

describe.skipIf(!chromiumAvailable())(
  'the web app: a notification when a meal is ready',
  { timeout: 90_000 },
  () => {
    let server: AppServer;
    let pushService: PushService;
    let profile: Awaited<ReturnType<typeof launchProfile>>;

    beforeAll(async () => {
      await ensureBuilt();
      // The test's push service on loopback is the only one the server may post to; a meal no device
      // acknowledged is pushed after 300 ms.
      pushService = await startPushService();
      server = await startAppServer({
        env: { FITIQ_PUSH_HOSTS: pushService.origin, FITIQ_PUSH_AFTER_MS: '300', FITIQ_PUSH_POLL_MS: '50' },
      });
    }, 120_000);
    afterAll(async () => {
      await server?.close();
      await pushService?.close();
    });
    // A profile per test: its own permission, service worker, subscription and local storage.
    beforeEach(async () => {
      profile = await launchProfile();
      await profile.context.grantPermissions(['notifications'], { origin: server.url });
    });
    afterEach(async () => {
      await profile?.close();
      expect(pushService.problems).toEqual([]);
    });

    /** A signed-up user's app whose browser subscribes at the test's push service. */
    const openApp = async (subscription: TestSubscription): Promise<Page> => {
      const page = await profile.context.newPage();
      await stubPushManager(page, subscription.json);
      await page.goto(server.url);
      await signUp(page);
      await waitForConnection(page, 'live');
      // A push goes to the registration's active worker; one still installing (a loaded machine takes
      // its time) would let deliverPushMessage drop the message, and the test wait for nothing.
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      return page;
    };

    const openSettings = async (page: Page) => {
      await page.getByRole('link', { name: 'Account' }).click();
      await page.locator('[data-push-status]:not([data-push-status="checking"])').waitFor();
    };

    const pushStatus = (page: Page, status: string) =>
      page.locator(`[data-push-status="${status}"]`).waitFor();

    const storedSubscriptions = async (page: Page) => {
      const token = await sessionToken(page);
      const answer = await request<AccountExport>(server.serverUrl, 'GET', '/api/v1/me/export', { token });
      return answer.body.push_subscriptions.map((s) => s.endpoint);
    };

    /** Logs `text` through the API, with no app open, and returns the push the server sent for it. */
    const pushedFor = async (
      page: Page,
      subscription: TestSubscription,
      text: string,
    ): Promise<PushMessage> => {
      const token = await sessionToken(page);
      await page.goto('about:blank');
      const logged = await request<{ id: string }>(server.serverUrl, 'POST', '/api/v1/meal-logs/natural', {
        token,
        body: { raw_input: text },
      });
      const pushes = await pushService.waitForPushes(subscription.name, 1);
      const message = pushes.find((p) => p.message.meal_log.id === logged.body.id)?.message;
      if (!message) throw new Error(`no push for the meal ${logged.body.id}`);
      return message;
    };

    it('nothing is asked on load; the switch asks once, subscribes with the server key and registers; off deletes it', async () => {
      const subscription = pushService.subscribe();
      const page = await openApp(subscription);
      await openSettings(page);
      await pushStatus(page, 'off');
      expect((await pushStubLog(page)).permissionPrompts).toBe(0);

      await page.getByRole('switch', SWITCH).click();
      await pushStatus(page, 'on');
      const key = await request<{ public_key: string }>(server.serverUrl, 'GET', '/api/v1/push/key', {
        token: await sessionToken(page),
      });
      expect(await pushStubLog(page)).toMatchObject({
        permissionPrompts: 1,
        subscribedWith: [key.body.public_key],
      });
      expect(await storedSubscriptions(page)).toEqual([subscription.endpoint]);
      expect(await page.getByRole('switch', SWITCH).isChecked()).toBe(true);
      await page.screenshot({ path: screenshotPath('notifications-on-phone.png') });

      await page.reload();
      await pushStatus(page, 'on');

      await page.getByRole('switch', SWITCH).click();
      await pushStatus(page, 'off');
      expect(await storedSubscriptions(page)).toEqual([]);
      expect((await pushStubLog(page)).subscribed).toBe(false);
    });

    it('a meal read while no app was open: the push shows "… ready: kcal, protein", and a tap opens its day', async () => {
      const subscription = pushService.subscribe();
      const page = await openApp(subscription);
      await openSettings(page);
      await page.getByRole('switch', SWITCH).click();
      await pushStatus(page, 'on');

      const text = '2 eggs and a slice of toast';
      const message = await pushedFor(page, subscription, text);
      expect(message).toMatchObject({
        type: 'meal_log.completed',
        meal_log: { status: 'completed', raw_input: text },
      });

      const worker = await appWorker(profile.context);
      await deliverPush(page, server.url, JSON.stringify(message));
      const shown = await waitForNotification(worker, `meal-${message.meal_log.id}`);
      expect(shown.title).toBe(completedTitle(message, shown));
      expect(shown.body).toBe(text);
      const day = localDay(new Date(message.meal_log.logged_at ?? shown.timestamp));
      expect(shown.url).toBe(`/day/${day}`);

      // The app is open elsewhere (the Account page): the tap moves that window to the meal's day.
      const app = await profile.context.newPage();
      await app.goto(`${server.url}/account`);
      await waitForConnection(app, 'live');
      await clickNotification(worker, shown.tag);
      await app.waitForURL(`${server.url}/day/${day}`);
      await waitForMeal(app, text, 'completed');
    });

    it("a meal that could not be read: \"Couldn't read 'asdf': tap to fix\"", async () => {
      const subscription = pushService.subscribe();
      const page = await openApp(subscription);
      await openSettings(page);
      await page.getByRole('switch', SWITCH).click();
      await pushStatus(page, 'on');

      const message = await pushedFor(page, subscription, 'asdf');
      expect(message).toMatchObject({ type: 'meal_log.failed', meal_log: { status: 'failed' } });
      const worker = await appWorker(profile.context);
      await deliverPush(page, server.url, JSON.stringify(message));
      const shown = await waitForNotification(worker, `meal-${message.meal_log.id}`);
      expect(shown.title).toBe("Couldn't read 'asdf': tap to fix");
    });

    it('a subscription the browser dropped, and permission taken back in the browser, show in the settings', async () => {
      const subscription = pushService.subscribe();
      const page = await openApp(subscription);
      await openSettings(page);
      await page.getByRole('switch', SWITCH).click();
      await pushStatus(page, 'on');

      // The push service expired it: the browser has no subscription any more.
      await dropSubscription(page);
      await page.reload();
      await pushStatus(page, 'expired');
      await page.getByRole('status').filter({ hasText: 'Notifications stopped on this device' }).waitFor();
      expect(await page.getByRole('switch', SWITCH).isChecked()).toBe(false);
      await page.getByRole('switch', SWITCH).click();
      await pushStatus(page, 'on');
      expect(await storedSubscriptions(page)).toEqual([subscription.endpoint]);

      // Blocked in the site settings while the page is open: noticed from the permission's change.
      const cdp = await profile.context.newCDPSession(page);
      const setPermission = (setting: 'denied' | 'granted') =>
        cdp.send('Browser.setPermission', {
          permission: { name: 'notifications' },
          setting,
          origin: server.url,
        });
      await setPermission('denied');
      await pushStatus(page, 'blocked');
      await page.getByRole('status').filter({ hasText: 'Notifications were turned off for FitIQ' }).waitFor();
      expect(await page.getByRole('switch', SWITCH).isDisabled()).toBe(true);
      await page.screenshot({ path: screenshotPath('notifications-revoked-phone.png') });

      // Allowed again: the subscription was kept, so notifications simply resume.
      await setPermission('granted');
      await pushStatus(page, 'on');
      await cdp.detach();
    });
  },
);
