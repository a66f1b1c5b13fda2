import { logMeal } from '@fitiq/server/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionToken, signUp, waitForConnection, waitForMeal } from './support/app-page.js';
import { type AppServer, startAppServer } from './support/app-server.js';
import {
  chromiumAvailable,
  launchBrowser,
  newContext,
  openPage,
  screenshotPath,
  unexpectedErrors,
} from './support/browser.js';
import { ensureBuilt } from './support/build.js';

const SIZES = [
  { name: '390x844', width: 390, height: 844 },
  { name: '1280x800', width: 1280, height: 800 },
] as const;

const MEALS = [
  { text: '2 eggs and a slice of toast', time: '08:05', status: 'completed' },
  { text: 'grilled chicken salad with olive oil', time: '12:40', status: 'completed' },
  { text: 'an apple and a handful of almonds', time: '16:10', status: 'completed' },
  { text: 'asdfgh', time: '16:30', status: 'failed' },
  { text: 'salmon with rice and broccoli', time: '19:30', status: 'processing' },
] as const;

const logAt = async (page: Page, text: string, time: string) => {
  await page.getByLabel('Time').fill(time);
  const box = page.getByLabel('What did you eat?');
  await box.fill(text);
  await box.press('Enter');
};

describe.skipIf(!chromiumAvailable())(
  'screenshots of the day view and the health page',
  { timeout: 90_000 },
  () => {
    let browser: Browser;
    let server: AppServer;

    beforeAll(async () => {
      await ensureBuilt();
      [browser, server] = await Promise.all([launchBrowser(), startAppServer()]);
    }, 120_000);
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('at phone and desktop widths, light and dark, kept in test-results/', async () => {
      const { page, consoleErrors } = await openPage(await newContext(browser), server.url);
      await page.screenshot({ path: screenshotPath('sign-up-1280x800.png') });
      await signUp(page);
      await waitForConnection(page, 'live');

      for (const meal of MEALS.filter((m) => m.status !== 'processing')) {
        await logAt(page, meal.text, meal.time);
        await waitForMeal(page, meal.text, meal.status);
      }

      await page.getByRole('link', { name: 'Health' }).click();
      await page.getByRole('heading', { name: 'Connection health' }).waitFor();
      await page.locator('figure', { hasText: 'Open connections' }).locator('svg').waitFor();
      // Traffic while the page samples, so the latency and processing charts have something to draw;
      // logged on yesterday's date, to keep today's view as a person would fill it.
      const yesterday = new Date(Date.now() - 86_400_000).toISOString();
      const token = await sessionToken(page);
      const latency = page.locator('figure', { hasText: 'Commit-to-ack latency' });
      const lastRead = () => page.locator('#server-title + p').textContent();
      for (let i = 0; (await latency.locator('svg path[d*="L"]').count()) < 1 && i < 20; i++) {
        const before = await lastRead();
        await logMeal(server.serverUrl, token, `a glass of orange juice ${i + 1}`, { logged_at: yesterday });
        await expect.poll(lastRead, { timeout: 10_000 }).not.toBe(before);
      }
      // Counted, not waited for as visible: steady latencies draw a flat line, which has no height.
      expect(await latency.locator('svg path[d*="L"]').count()).toBeGreaterThan(0);

      // One meal stays "processing" for the pictures.
      await page.getByRole('link', { name: 'Day', exact: true }).click();
      const processing = MEALS.find((m) => m.status === 'processing') as (typeof MEALS)[number];
      server.parser.hold();
      await logAt(page, processing.text, processing.time);
      await waitForMeal(page, processing.text, 'processing');

      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        const suffix = scheme === 'dark' ? '-dark' : '';
        for (const size of SIZES) {
          await page.setViewportSize({ width: size.width, height: size.height });
          await page.getByRole('link', { name: 'Health' }).click();
          await page.getByRole('heading', { name: 'Connection health' }).waitFor();
          await page.screenshot({ path: screenshotPath(`health-${size.name}${suffix}.png`), fullPage: true });
          await page.getByRole('link', { name: 'Day', exact: true }).click();
          await waitForMeal(page, 'salmon with rice and broccoli', 'processing');
          await page.screenshot({ path: screenshotPath(`day-${size.name}${suffix}.png`), fullPage: true });
        }
      }
      server.parser.release();
      await waitForMeal(page, 'salmon with rice and broccoli', 'completed');
      expect(unexpectedErrors(consoleErrors)).toEqual([]);
      await page.context().close();
    });
  },
);
