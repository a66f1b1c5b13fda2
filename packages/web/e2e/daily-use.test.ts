import type { Goals, MealLog, Summary } from '@fitiq/contract';
import { logMeal, request } from '@fitiq/server/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  addMeal,
  mealCards,
  sessionToken,
  signIn,
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

/** Waits for a state over the network, on a machine that may be busy: generous, never a fixed sleep. */
const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

const today = () => new Intl.DateTimeFormat('en-CA').format(new Date());
const daysAgo = (n: number) => new Intl.DateTimeFormat('en-CA').format(new Date(Date.now() - n * 86_400_000));

const api = async <T>(server: AppServer, token: string, method: string, path: string, body?: unknown) => {
  const answer = await request<T>(server.serverUrl, method, path, { token, ...(body ? { body } : {}) });
  if (answer.status >= 300) throw new Error(`${method} ${path} answered ${answer.status}`);
  return answer.body;
};

describe.skipIf(!chromiumAvailable())(
  'daily use: log again, recent meals, goals, trends',
  { timeout: 90_000 },
  () => {
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
      // Requests that fail while a device is offline are logged by the browser itself.
      for (const { consoleErrors } of pages.splice(0))
        expect(unexpectedErrors(consoleErrors, true)).toEqual([]);
    });

    const open = async (context: BrowserContext): Promise<Page> => {
      const appPage = await openPage(context, server.url);
      pages.push(appPage);
      return appPage.page;
    };

    const goalsSummary = (page: Page) => page.getByTestId('goals-summary').textContent();

    it('goals changed on one device show on the other at once, without a reload', async () => {
      const phone = await open(await newContext(browser));
      const email = await signUp(phone);
      const laptop = await open(await newContext(browser));
      await signIn(laptop, email);
      await Promise.all([waitForConnection(phone, 'live'), waitForConnection(laptop, 'live')]);
      expect(await goalsSummary(laptop)).toContain('2,000 kcal');

      await phone.getByTestId('goals-summary').click();
      await phone.getByLabel('Calories (kcal)').fill('2300');
      await phone.getByLabel('Protein (g)').fill('150');
      await phone.getByLabel('Fat (g)').fill('70');
      await phone.getByRole('button', { name: 'Save goals' }).click();

      await eventually(() => goalsSummary(laptop)).toContain('2,300 kcal');
      expect(await goalsSummary(laptop)).toMatch(/protein 150 g · carbs 288 g · fat 70 g/);
      await eventually(() => laptop.locator('.calorie-ring title').textContent()).toContain('of 2300');
      const token = await sessionToken(laptop);
      expect(await api<Goals>(server, token, 'GET', '/api/v1/me/goals')).toEqual({
        calories: 2300,
        protein_g: 150,
        carbs_g: null,
        fat_g: 70,
      });

      // And back the other way, a goal cleared: the carbs follow the calories again.
      await laptop.getByTestId('goals-summary').click();
      await laptop.getByLabel('Fat (g)').fill('');
      await laptop.getByRole('button', { name: 'Save goals' }).click();
      await eventually(() => goalsSummary(phone)).toMatch(/fat 64 g/);
      await phone.context().close();
      await laptop.context().close();
    });

    it('a calorie goal kept by this browser before is offered once to the account, and then forgotten here', async () => {
      const page = await open(await newContext(browser));
      await page.evaluate(() => localStorage.setItem('fitiq.calorieGoal', '2400'));
      await signUp(page);
      const offer = page.getByRole('region', { name: 'Goal kept in this browser' });
      await offer.waitFor();
      expect(await goalsSummary(page)).toContain('2,400 kcal');
      await offer.getByRole('button', { name: 'Save to my account' }).click();
      await offer.waitFor({ state: 'detached' });

      const token = await sessionToken(page);
      expect((await api<Goals>(server, token, 'GET', '/api/v1/me/goals')).calories).toBe(2400);
      expect(await page.evaluate(() => localStorage.getItem('fitiq.calorieGoal'))).toBeNull();
      await page.reload();
      await page.getByLabel('What did you eat?').waitFor();
      await eventually(() => goalsSummary(page)).toContain('2,400 kcal');
      expect(await offer.count()).toBe(0);
      await page.context().close();
    });

    it('"Log again" logs what the card shows, today and now; a recent meal is logged again in one tap', async () => {
      const page = await open(await newContext(browser));
      await signUp(page);
      await waitForConnection(page, 'live');
      const token = await sessionToken(page);
      // Yesterday's breakfast, logged from another client: it is in the recent list, not on today's page.
      const yesterday = await logMeal(server.serverUrl, token, '2 eggs and a slice of toast', {
        logged_at: new Date(Date.now() - 86_400_000).toISOString(),
        meal_type: 'breakfast',
      });
      await addMeal(page, 'a bowl of oatmeal with blueberries');
      const first = await waitForMeal(page, 'a bowl of oatmeal with blueberries', 'completed');

      await first.getByRole('button', { name: /^Log again today/ }).click();
      await eventually(() => mealCards(page, 'a bowl of oatmeal with blueberries').count()).toBe(2);
      await eventually(async () =>
        (await serverMeals(server.serverUrl, token, today())).map((m) => m.status),
      ).toEqual(['completed', 'completed']);
      const [original, copy] = await serverMeals(server.serverUrl, token, today());
      expect(copy?.raw_input).toBe(original?.raw_input);
      expect(copy?.totals).toEqual(original?.totals);
      expect(copy?.items.map((i) => [i.name, i.grams])).toEqual(
        original?.items.map((i) => [i.name, i.grams]),
      );
      expect(Math.abs(Date.parse(copy?.logged_at ?? '') - Date.now())).toBeLessThan(60_000);

      // The strip shows what GET /meal-logs/recent answers, in its order.
      const recent = await api<{ meal_logs: MealLog[] }>(server, token, 'GET', '/api/v1/meal-logs/recent');
      const strip = page.getByTestId('recent-meals');
      await eventually(() => strip.locator('.recent-text').allTextContents()).toEqual(
        recent.meal_logs.map((m) => m.raw_input),
      );
      expect(recent.meal_logs.map((m) => m.raw_input)).toEqual([
        'a bowl of oatmeal with blueberries',
        '2 eggs and a slice of toast',
      ]);

      await strip.getByRole('button', { name: /^Log again: 2 eggs and a slice of toast/ }).click();
      const again = await waitForMeal(page, '2 eggs and a slice of toast', 'completed');
      expect(await again.getByTestId('meal-calories').textContent()).toContain(
        String(Math.round(yesterday.body.totals?.calories ?? 0)),
      );
      await eventually(async () => (await serverMeals(server.serverUrl, token, today())).length).toBe(3);
      await page.context().close();
    });

    it('"Log again" offline: the copy shows at once as waiting, and is made once when the network is back', async () => {
      const context = await newContext(browser);
      const page = await open(context);
      await signUp(page);
      await waitForConnection(page, 'live');
      const token = await sessionToken(page);
      await addMeal(page, 'a banana');
      const original = await waitForMeal(page, 'a banana', 'completed');

      await context.setOffline(true);
      await waitForConnection(page, 'offline');
      await original.getByRole('button', { name: /^Log again today/ }).click();
      await waitForMeal(page, 'a banana', 'pending');
      expect(await serverMeals(server.serverUrl, token, today())).toHaveLength(1);

      await context.setOffline(false);
      await eventually(
        async () =>
          await mealCards(page, 'a banana').evaluateAll((cards) => cards.map((c) => c.dataset.status)),
      ).toEqual(['completed', 'completed']);
      await eventually(async () => (await serverMeals(server.serverUrl, token, today())).length).toBe(2);
      await context.close();
    });

    it('the trends page shows the summary API’s numbers; offline it keeps the last ones loaded, saying when', async () => {
      const context = await newContext(browser);
      const page = await open(context);
      await signUp(page);
      await waitForConnection(page, 'live');
      const token = await sessionToken(page);
      const tz = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
      await api(server, token, 'PUT', '/api/v1/me/goals', {
        calories: 1800,
        protein_g: 120,
        carbs_g: null,
        fat_g: null,
      });
      for (const [text, ago] of [
        ['2 eggs and a slice of toast', 0],
        ['a bowl of oatmeal with blueberries', 1],
        ['grilled chicken salad with olive oil', 1],
        ['a banana', 12],
      ] as const) {
        const noon = new Date(`${daysAgo(ago)}T12:00:00`).toISOString();
        const meal = await logMeal(server.serverUrl, token, text, { logged_at: noon });
        expect(meal.status).toBe(201);
      }
      const month = `/api/v1/summary?from=${daysAgo(29)}&to=${today()}&tz=${encodeURIComponent(tz)}`;
      const meals = async () =>
        (await api<Summary>(server, token, 'GET', month)).days.reduce((n, d) => n + d.meals, 0);
      await eventually(meals).toBe(4);

      await page.getByRole('link', { name: 'Trends' }).click();
      await page.getByRole('heading', { name: 'Trends' }).waitFor();
      for (const span of [30, 7] as const) {
        await page.getByRole('button', { name: `${span} days` }).click();
        const from = daysAgo(span - 1);
        const trends = page.locator(`[data-testid="trends"][data-from="${from}"]`);
        await trends.waitFor();
        const summary = await api<Summary>(
          server,
          token,
          'GET',
          `/api/v1/summary?from=${from}&to=${today()}&tz=${encodeURIComponent(tz)}`,
        );
        const shown = async (id: string) => Number(await trends.getByTestId(id).getAttribute('data-value'));
        await eventually(() => shown('days-logged')).toBe(summary.averages.days_logged);
        expect(summary.averages.days_logged).toBe(span === 7 ? 2 : 3);
        expect(await shown('avg-calories')).toBe(summary.averages.calories);
        expect(await shown('avg-protein')).toBe(summary.averages.protein_g);
        expect(await shown('avg-carbs')).toBe(summary.averages.carbs_g);
        expect(await shown('avg-fat')).toBe(summary.averages.fat_g);
        expect(await trends.getByTestId('avg-calories').textContent()).toBe(
          `${Math.round(summary.averages.calories).toLocaleString('en-US')} kcal`,
        );
        const rows = await trends
          .locator('tbody tr')
          .evaluateAll((trs) =>
            trs.map((tr) => [
              tr.getAttribute('data-date'),
              Number(tr.querySelector('[data-testid="day-kcal"]')?.textContent?.replace(/\D/g, '')),
            ]),
          );
        expect(rows).toEqual(summary.days.map((d) => [d.date, Math.round(d.calories)]).reverse());
        expect(await trends.locator('.trend-bar').count()).toBe(summary.averages.days_logged);
        expect(await trends.textContent()).toContain('goal 1,800 kcal');
      }

      // Offline: the 7 days loaded a moment ago are shown again, with when they were loaded.
      const sevenDays = await trends7(page);
      await context.setOffline(true);
      await page.getByRole('button', { name: '30 days' }).click();
      await page.getByTestId('trends-stale').waitFor();
      await page.getByRole('button', { name: '7 days' }).click();
      await page.getByTestId('trends-stale').waitFor();
      expect(await page.getByTestId('trends-stale').textContent()).toMatch(/Showing the figures loaded/);
      expect(await trends7(page)).toEqual(sevenDays);
      await context.setOffline(false);
      await context.close();
    });

    it('screenshots of the goals editor, the recent strip and the trends page at phone width, light and dark', async () => {
      const context = await newContext(browser, { viewport: { width: 390, height: 844 } });
      const page = await open(context);
      await signUp(page);
      await waitForConnection(page, 'live');
      const token = await sessionToken(page);
      await api(server, token, 'PUT', '/api/v1/me/goals', {
        calories: 2100,
        protein_g: 140,
        carbs_g: null,
        fat_g: 65,
      });
      const texts = [
        '2 eggs and a slice of toast',
        'a bowl of oatmeal with blueberries',
        'grilled chicken salad with olive oil',
        'salmon with rice and broccoli',
        'an apple and a handful of almonds',
      ];
      for (let ago = 0; ago < 30; ago++) {
        if (ago % 6 === 4) continue;
        for (let i = 0; i < 2 + (ago % 3); i++) {
          const text = texts[(ago + i) % texts.length] as string;
          const at = new Date(`${daysAgo(ago)}T${String(8 + i * 4).padStart(2, '0')}:00:00`).toISOString();
          await logMeal(server.serverUrl, token, ago === 0 ? text : `${text}`, { logged_at: at });
        }
      }
      await eventually(async () =>
        (await serverMeals(server.serverUrl, token, today())).every((m) => m.status === 'completed'),
      ).toBe(true);
      await page.reload();
      await page.getByTestId('recent-meals').waitFor();

      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        const suffix = scheme === 'dark' ? '-dark' : '';
        await page.getByRole('link', { name: 'Day', exact: true }).click();
        await page.getByTestId('recent-meals').waitFor();
        await page.getByTestId('goals-summary').click();
        await page.screenshot({
          path: screenshotPath(`day-goals-recent-390x844${suffix}.png`),
          fullPage: true,
        });
        await page.getByRole('button', { name: 'Cancel' }).click();
        await page.getByRole('link', { name: 'Trends' }).click();
        await page.getByRole('button', { name: '30 days' }).click();
        await page.locator(`[data-testid="trends"][data-from="${daysAgo(29)}"]`).waitFor();
        await page.screenshot({ path: screenshotPath(`trends-390x844${suffix}.png`), fullPage: true });
        await page.getByRole('button', { name: '90 days' }).click();
        await page.locator(`[data-testid="trends"][data-from="${daysAgo(89)}"]`).waitFor();
        await page.screenshot({ path: screenshotPath(`trends-90-390x844${suffix}.png`), fullPage: true });
      }
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.emulateMedia({ colorScheme: 'light' });
      await page.getByRole('button', { name: '30 days' }).click();
      await page.locator(`[data-testid="trends"][data-from="${daysAgo(29)}"]`).waitFor();
      await page.screenshot({ path: screenshotPath('trends-1280x800.png'), fullPage: true });
      await context.close();
    });
  },
);

/** The figures the 7-day view shows: its tiles' values and its table's rows. */
const trends7 = (page: Page) =>
  page
    .locator(`[data-testid="trends"][data-from="${daysAgo(6)}"]`)
    .evaluate((root) => [
      ...[...root.querySelectorAll('[data-value]')].map((el) => el.getAttribute('data-value')),
      ...[...root.querySelectorAll('tbody tr')].map((tr) => tr.textContent),
    ]);
