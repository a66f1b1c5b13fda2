import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  addMeal,
  itemButtons,
  itemTexts,
  mealCards,
  sessionToken,
  signUp,
  waitForConnection,
  waitForMeal,
} from './support/app-page.js';
import { type AppServer, serverMeals, startAppServer } from './support/app-server.js';
import {
  type AppPage,
  chromiumAvailable,
  launchBrowser,
  newContext,
  openPage,
  screenshotPath,
  unexpectedErrors,
} from './support/browser.js';
import { ensureBuilt } from './support/build.js';

const today = () => new Intl.DateTimeFormat('en-CA').format(new Date());

describe.skipIf(!chromiumAvailable())('the web app, offline', { timeout: 60_000 }, () => {
  let browser: Browser;
  let server: AppServer;
  const pages: AppPage[] = [];

  beforeAll(async () => {
    await ensureBuilt();
    [browser, server] = await Promise.all([launchBrowser(), startAppServer({ proxy: true })]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(() => {
    // Requests that fail because the device is offline are logged by the browser itself.
    for (const { consoleErrors } of pages.splice(0))
      expect(unexpectedErrors(consoleErrors, true)).toEqual([]);
  });

  it('a meal added offline shows as pending, survives a reload while offline, and uploads once when back online', async () => {
    const context = await newContext(browser);
    const proxy = server.proxy as NonNullable<AppServer['proxy']>;
    const appPage = await openPage(context, server.url);
    pages.push(appPage);
    const { page } = appPage;
    await signUp(page);
    await waitForConnection(page, 'live');
    const token = await sessionToken(page);
    // The app's shell must be kept by the service worker before the network goes.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));

    // The browser is told it is offline (the app's indicator follows navigator.onLine), and the network
    // really goes: Chromium's emulation alone let a freshly reloaded page's first requests through in
    // some runs, and a test of "nothing leaves while offline" cannot rest on that.
    await context.setOffline(true);
    proxy.set({ refuseConnections: true });
    proxy.dropAll();
    await waitForConnection(page, 'offline');
    await addMeal(page, 'a banana and a glass of milk');
    await waitForMeal(page, 'a banana and a glass of milk', 'pending');

    await page.reload();
    await waitForMeal(page, 'a banana and a glass of milk', 'pending');
    await waitForConnection(page, 'offline');
    await page.getByText('You are offline.').waitFor();
    await page.screenshot({ path: screenshotPath('day-offline-1280x800.png') });
    expect(await serverMeals(server.serverUrl, token, today())).toEqual([]);

    proxy.set({});
    await context.setOffline(false);
    await waitForMeal(page, 'a banana and a glass of milk', 'completed');
    await waitForConnection(page, 'live');
    expect(await mealCards(page, 'a banana and a glass of milk').count()).toBe(1);
    const meals = await serverMeals(server.serverUrl, token, today());
    expect(meals.map((m) => [m.raw_input, m.status])).toEqual([
      ['a banana and a glass of milk', 'completed'],
    ]);
    await context.close();
  });

  it('an item corrected offline waits on the device, survives a reload while offline, and is applied once back online', async () => {
    const context = await newContext(browser);
    const proxy = server.proxy as NonNullable<AppServer['proxy']>;
    const appPage = await openPage(context, server.url);
    pages.push(appPage);
    const { page } = appPage;
    await signUp(page);
    await waitForConnection(page, 'live');
    const token = await sessionToken(page);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    const text = 'a bowl of rice';
    await addMeal(page, text);
    const card = await waitForMeal(page, text, 'completed');
    const [before] = await serverMeals(server.serverUrl, token, today());

    await context.setOffline(true);
    proxy.set({ refuseConnections: true });
    proxy.dropAll();
    await waitForConnection(page, 'offline');
    await itemButtons(card).first().click();
    const quantity = card.getByLabel('Quantity');
    await quantity.fill('2');
    await quantity.press('Enter');
    await card.and(page.locator('[data-synced="no"]')).waitFor();

    await page.reload();
    const reopened = await waitForMeal(page, text, 'completed');
    await reopened.and(page.locator('[data-synced="no"]')).waitFor();
    expect((await itemTexts(reopened))[0]).toMatch(/2 /);
    expect(await serverMeals(server.serverUrl, token, today())).toEqual([before]);

    proxy.set({});
    await context.setOffline(false);
    await reopened.and(page.locator('[data-synced="yes"]')).waitFor();
    const [after] = await serverMeals(server.serverUrl, token, today());
    expect(after).toMatchObject({ version: (before?.version ?? 0) + 1 });
    expect(after?.items[0]).toMatchObject({ quantity: 2, source: 'user' });
    await context.close();
  });
});
