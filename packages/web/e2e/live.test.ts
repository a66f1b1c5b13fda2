import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  addMeal,
  mealCards,
  seenAt,
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
  unexpectedErrors,
} from './support/browser.js';
import { ensureBuilt } from './support/build.js';

/**
 * A request by which a page could learn a meal's state other than by push: the day's list, the
 * meal itself, or the event stream's SSE and polling fallbacks (side lists such as recent meals
 * are refreshed by the app on its own and say nothing about how the meal arrived).
 */
const readsTheMeal = (url: string): boolean => {
  const path = new URL(url).pathname;
  return (
    path === '/api/v1/meal-logs' ||
    /^\/api\/v1\/meal-logs\/[0-9a-f-]{36}$/.test(path) ||
    path.startsWith('/api/v1/events')
  );
};

const today = () => new Intl.DateTimeFormat('en-CA').format(new Date());

describe.skipIf(!chromiumAvailable())('the web app, live', { timeout: 60_000 }, () => {
  let browser: Browser;
  let server: AppServer;
  const pages: AppPage[] = [];

  beforeAll(async () => {
    await ensureBuilt();
    [browser, server] = await Promise.all([launchBrowser(), startAppServer()]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(() => {
    for (const { consoleErrors } of pages.splice(0)) expect(unexpectedErrors(consoleErrors)).toEqual([]);
  });

  const open = async (context: Awaited<ReturnType<typeof newContext>>) => {
    const appPage = await openPage(context, server.url);
    pages.push(appPage);
    return appPage.page;
  };

  it('sign up, add a meal: it shows processing, then completed with calories pushed as soon as the server finishes: no reload, no fetch', async () => {
    const page = await open(await newContext(browser));
    await signUp(page);
    await waitForConnection(page, 'live');
    const text = '2 eggs and a slice of toast';

    server.parser.hold();
    await addMeal(page, text);
    await waitForMeal(page, text, 'processing');
    await server.parser.waitForHeld(1);
    // Pushed, not fetched: from the release until the card shows the result, the page asks the
    // API for nothing (no list reload, no polling fallback). Timing is left to the benchmarks.
    const fetched: string[] = [];
    const onRequest = (request: { url(): string; method(): string }) => {
      if (readsTheMeal(request.url())) fetched.push(`${request.method()} ${request.url()}`);
    };
    page.on('request', onRequest);
    server.parser.release();
    await seenAt(page, text, 'completed');
    page.off('request', onRequest);
    expect(fetched).toEqual([]);
    const card = mealCards(page, text);
    const calories = await card.getByTestId('meal-calories').textContent();
    expect(Number.parseInt(calories?.replace(/\D/g, '') ?? '0', 10)).toBeGreaterThan(100);
    await expect.poll(() => page.getByTestId('day-calories').textContent()).toContain(calories?.trim());
    await expect.poll(() => card.locator('.meal-items li').count()).toBeGreaterThanOrEqual(2);
    await page.context().close();
  });

  it('two tabs of the same user: a meal added in one appears and completes in the other', async () => {
    const context = await newContext(browser);
    const first = await open(context);
    await signUp(first);
    const second = await open(context);
    await Promise.all([waitForConnection(first, 'live'), waitForConnection(second, 'live')]);

    server.parser.hold();
    await addMeal(first, 'a bowl of oatmeal with blueberries');
    await waitForMeal(second, 'a bowl of oatmeal with blueberries', 'processing');
    server.parser.release();
    await waitForMeal(second, 'a bowl of oatmeal with blueberries', 'completed');
    await waitForMeal(first, 'a bowl of oatmeal with blueberries', 'completed');
    expect(await mealCards(second, 'a bowl of oatmeal with blueberries').count()).toBe(1);
    expect(await mealCards(first, 'a bowl of oatmeal with blueberries').count()).toBe(1);
    await context.close();
  });

  it('a meal that names no food shows why it failed; Retry processes it again and Delete removes it', async () => {
    const page = await open(await newContext(browser));
    await signUp(page);
    await waitForConnection(page, 'live');
    const token = await sessionToken(page);

    await addMeal(page, 'asdfgh');
    const failed = await waitForMeal(page, 'asdfgh', 'failed');
    await expect.poll(() => failed.getByTestId('meal-error').textContent()).toMatch(/food/i);
    const [before] = await serverMeals(server.serverUrl, token, today());

    server.parser.hold();
    await failed.getByRole('button', { name: 'Retry' }).click();
    await waitForMeal(page, 'asdfgh', 'processing');
    server.parser.release();
    const again = await waitForMeal(page, 'asdfgh', 'failed');
    expect(await mealCards(page, 'asdfgh').count()).toBe(1);
    const after = await serverMeals(server.serverUrl, token, today());
    expect(after).toHaveLength(1);
    expect(after[0]?.id).not.toBe(before?.id);

    await again.getByRole('button', { name: /^Delete/ }).click();
    await mealCards(page, 'asdfgh').waitFor({ state: 'detached' });
    await expect.poll(() => serverMeals(server.serverUrl, token, today())).toEqual([]);
    await page.getByText('No meals logged on this day.').waitFor();
    await page.context().close();
  });

  // The limit counts characters, not UTF-16 units; a pasted text over it is refused, never cut short.
  it('a text over 1000 characters is refused with the limit, kept in the box; 1000 emoji are logged', async () => {
    const page = await open(await newContext(browser));
    await signUp(page);
    await waitForConnection(page, 'live');
    const token = await sessionToken(page);

    const tooLong = `${'toast '.repeat(166)}toasts`;
    await addMeal(page, tooLong);
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/1000 characters/);
    expect(await page.getByLabel('What did you eat?').inputValue()).toBe(tooLong);
    expect(await serverMeals(server.serverUrl, token, today())).toEqual([]);

    const pizzas = '🍕'.repeat(1000);
    await addMeal(page, pizzas);
    await waitForMeal(page, pizzas, 'failed');
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.context().close();
  });

  it('sign out, a wrong password is refused with a message, sign in again: the day is still there', async () => {
    const page = await open(await newContext(browser));
    const email = await signUp(page);
    await addMeal(page, 'a banana');
    await waitForMeal(page, 'a banana', 'completed');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page
      .getByRole('button', { name: 'Create an account' })
      .waitFor({ state: 'detached' })
      .catch(() => {});
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'do not match' }).waitFor();
    // The browser itself logs the refused login's 401; the app logs nothing.
    const errors = pages[pages.length - 1]?.consoleErrors ?? [];
    const refused = errors.findIndex((text) => /status of 401/.test(text));
    expect(refused).toBeGreaterThanOrEqual(0);
    errors.splice(refused, 1);

    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await waitForMeal(page, 'a banana', 'completed');
    await waitForConnection(page, 'live');
    await page.context().close();
  });
});
