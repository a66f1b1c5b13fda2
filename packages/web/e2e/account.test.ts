import { readFile } from 'node:fs/promises';
import type { AccountExport } from '@fitiq/contract';
import { request } from '@fitiq/server/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addMeal, sessionToken, signUp, waitForConnection, waitForMeal } from './support/app-page.js';
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

/** The browser logs every 401 it receives; these tests cause some on purpose (an expired token, a wrong password). */
const withoutRefusals = (errors: readonly string[]) => errors.filter((text) => !/status of 401/.test(text));

describe.skipIf(!chromiumAvailable())('the web app: sessions and the account', { timeout: 60_000 }, () => {
  let browser: Browser;
  let server: AppServer;
  const pages: AppPage[] = [];

  beforeAll(async () => {
    await ensureBuilt();
    // Access tokens live one second: the app must keep its session through refreshes.
    [browser, server] = await Promise.all([
      launchBrowser(),
      startAppServer({ config: { accessTokenTtlSeconds: 1 } }),
    ]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(() => {
    for (const { consoleErrors } of pages.splice(0))
      expect(unexpectedErrors(withoutRefusals(consoleErrors))).toEqual([]);
  });

  const open = async (): Promise<Page> => {
    const appPage = await openPage(await newContext(browser, { acceptDownloads: true }), server.url);
    pages.push(appPage);
    return appPage.page;
  };

  const refusedByServer = async (token: string) =>
    (await request(server.serverUrl, 'GET', '/api/v1/me', { token })).status === 401;

  it('the access token expires: the app refreshes it and stays signed in, a reload too', async () => {
    const page = await open();
    await signUp(page);
    const first = await sessionToken(page);
    await expect.poll(() => refusedByServer(first), { timeout: 10_000 }).toBe(true);

    await addMeal(page, 'a banana');
    await waitForMeal(page, 'a banana', 'completed');
    const renewed = await sessionToken(page);
    expect(renewed).not.toBe(first);

    await expect.poll(() => refusedByServer(renewed), { timeout: 10_000 }).toBe(true);
    await page.reload();
    await waitForConnection(page, 'live');
    await waitForMeal(page, 'a banana', 'completed');
    expect(await page.getByRole('button', { name: 'Sign out' }).isVisible()).toBe(true);
    await page.context().close();
  });

  it('Download my data gives a dated JSON file; Delete account asks for the password and then signs out', async () => {
    const page = await open();
    const email = await signUp(page);
    await addMeal(page, 'an apple');
    await waitForMeal(page, 'an apple', 'completed');

    await page.getByRole('link', { name: 'Account' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download my data' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^fitiq-export-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(await readFile(await download.path(), 'utf8')) as AccountExport;
    expect(exported.user.email).toBe(email);
    expect(exported.meal_logs.map((m) => [m.raw_input, m.status])).toEqual([['an apple', 'completed']]);

    await page.getByRole('button', { name: 'Delete account…' }).click();
    await page.getByLabel('Your password, to confirm').fill('not the password');
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await page.getByRole('alert').filter({ hasText: 'Nothing was deleted' }).waitFor();

    await page.getByLabel('Your password, to confirm').fill('correct horse battery');
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await page.getByRole('status').filter({ hasText: 'were deleted' }).waitFor();
    const login = await request(server.serverUrl, 'POST', '/api/v1/auth/login', {
      body: { email, password: 'correct horse battery' },
    });
    expect(login.status).toBe(401);
    await page.context().close();
  });
});
