import { logMeal, request } from '@fitiq/server/testing';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  addMeal,
  connection,
  mealCards,
  sessionToken,
  signUp,
  waitForConnection,
  waitForMeal,
} from './support/app-page.js';
import { type AppServer, startAppServer } from './support/app-server.js';
import {
  type AppPage,
  chromiumAvailable,
  launchBrowser,
  newContext,
  openPage,
  unexpectedErrors,
} from './support/browser.js';
import { ensureBuilt } from './support/build.js';

describe.skipIf(!chromiumAvailable())('the web app through network faults', { timeout: 90_000 }, () => {
  let browser: Browser;
  let server: AppServer;
  const pages: AppPage[] = [];

  beforeAll(async () => {
    await ensureBuilt();
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await server?.close();
    // Connections refused or dropped on purpose are logged by the browser itself; nothing else may be.
    for (const { consoleErrors } of pages.splice(0))
      expect(unexpectedErrors(consoleErrors, true)).toEqual([]);
  });

  const open = async () => {
    const appPage = await openPage(await newContext(browser), server.url);
    pages.push(appPage);
    return appPage.page;
  };

  it('the proxy drops every socket: the indicator leaves Live, comes back to Live, and nothing is missed', async () => {
    server = await startAppServer({ proxy: true });
    const proxy = server.proxy as NonNullable<AppServer['proxy']>;
    const page = await open();
    await signUp(page);
    await waitForConnection(page, 'live');
    await addMeal(page, 'a cup of coffee with milk');
    await waitForMeal(page, 'a cup of coffee with milk', 'completed');
    const token = await sessionToken(page);

    // The network goes away: every connection is cut and new ones are refused for a while.
    proxy.set({ refuseConnections: true });
    proxy.dropAll();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="connection"]')?.getAttribute('data-state') !== 'live',
    );
    expect(await connection(page).getAttribute('data-state')).not.toBe('live');

    // Meanwhile another device logs a meal, and it completes while this browser is cut off.
    const logged = await logMeal(server.serverUrl, token, '1 apple');
    await expect
      .poll(
        async () =>
          (
            await request<{ status: string }>(
              server.serverUrl,
              'GET',
              `/api/v1/meal-logs/${logged.body.id}`,
              { token },
            )
          ).body.status,
      )
      .toBe('completed');

    proxy.set({});
    await waitForConnection(page, 'live', 30_000);
    await waitForMeal(page, '1 apple', 'completed');
    expect(await mealCards(page, '1 apple').count()).toBe(1);
    expect(await mealCards(page, 'a cup of coffee with milk').count()).toBe(1);
    await page.context().close();
  });

  it('WebSocket upgrades refused: the app shows Fallback and still updates live', async () => {
    server = await startAppServer({ proxy: true });
    server.proxy?.set({ refuseUpgrades: true });
    const page = await open();
    await signUp(page);
    await waitForConnection(page, 'fallback');

    server.parser.hold();
    await addMeal(page, 'a slice of pizza');
    await waitForMeal(page, 'a slice of pizza', 'processing');
    server.parser.release();
    await waitForMeal(page, 'a slice of pizza', 'completed');
    expect(await connection(page).getAttribute('data-state')).toBe('fallback');
    await page.context().close();
  });
});
