import { replaceItem } from '@fitiq/client';
import type { Food, MealLog } from '@fitiq/contract';
import { request } from '@fitiq/server/testing';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  addMeal,
  cardCalories,
  itemButtons,
  itemTexts,
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

describe.skipIf(!chromiumAvailable())('correcting a meal in the web app', { timeout: 90_000 }, () => {
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

  /** Two devices of one user (two browser contexts: nothing shared but the account), both live. */
  const twoDevices = async () => {
    const contexts = [await newContext(browser), await newContext(browser)] as const;
    const a = await open(contexts[0]);
    const email = await signUp(a);
    const b = await open(contexts[1]);
    await signIn(b, email);
    await Promise.all([waitForConnection(a, 'live'), waitForConnection(b, 'live')]);
    return {
      a,
      b,
      contexts,
      token: await sessionToken(a),
      close: () => Promise.all(contexts.map((c) => c.close())),
    };
  };

  const loggedOnBoth = async (a: Page, b: Page, text: string) => {
    await addMeal(a, text);
    return [await waitForMeal(a, text, 'completed'), await waitForMeal(b, text, 'completed')] as const;
  };

  const mealOnServer = async (token: string, text: string): Promise<MealLog> => {
    const meal = (await serverMeals(server.serverUrl, token, today())).find((m) => m.raw_input === text);
    if (!meal) throw new Error(`no meal "${text}" on the server`);
    return meal;
  };

  /** Opens item `index` of the card by keyboard and sets its quantity (not saved). */
  const typeQuantity = async (card: Locator, index: number, quantity: string): Promise<Locator> => {
    await itemButtons(card).nth(index).focus();
    await itemButtons(card).nth(index).press('Enter');
    const field = card.getByLabel('Quantity');
    await field.fill(quantity);
    return field;
  };

  /** Resolves at the first frame where item `index` of the card of `text` shows `quantity`. */
  const quantityShown = (page: Page, text: string, index: number, quantity: string) =>
    page.waitForFunction(
      ([wanted, i, q]) =>
        [...document.querySelectorAll<HTMLElement>('article.meal-card')].some(
          (card) =>
            card.querySelector('.meal-text')?.textContent === wanted &&
            (card.querySelectorAll('.item-amount')[i]?.textContent ?? '').startsWith(`${q} `),
        ),
      [text, index, quantity] as const,
      { polling: 'raf', timeout: 15_000 },
    );

  it('an item changed by keyboard on A: its total moves at once, settles on the server’s, and B shows it pushed, with no reload or fetch', async () => {
    const { a, b, token, close } = await twoDevices();
    const text = '2 slices of toast';
    const [cardA, cardB] = await loggedOnBoth(a, b, text);
    const before = await cardCalories(cardA);

    // A's PATCH is held on its way, so what A shows before the server answered can be seen.
    let release = () => {};
    const answered = new Promise<void>((resolve) => {
      release = resolve;
    });
    await a.route('**/api/v1/meal-logs/*', async (route) => {
      if (route.request().method() === 'PATCH') await answered;
      await route.continue();
    });
    const first = await mealOnServer(token, text);

    const quantity = await typeQuantity(cardA, 0, '4');
    await expect.poll(() => cardA.locator('.item-editor-estimate').textContent()).toMatch(/kcal/);
    await quantity.press('Enter');
    await cardA.and(a.locator('[data-synced="no"]')).waitFor();
    await quantityShown(a, text, 0, '4');
    await expect.poll(() => cardCalories(cardA)).toBeGreaterThan(before);
    expect((await mealOnServer(token, text)).version).toBe(first.version);

    // Device B learns the edit pushed over its connection: it asks the API for nothing meanwhile.
    const fetchedByB: string[] = [];
    const onRequest = (request: { url(): string; method(): string }) => {
      if (readsTheMeal(request.url())) fetchedByB.push(`${request.method()} ${request.url()}`);
    };
    b.on('request', onRequest);
    release();
    await quantityShown(b, text, 0, '4');
    b.off('request', onRequest);
    expect(fetchedByB).toEqual([]);

    await cardA.and(a.locator('[data-synced="yes"]')).waitFor();
    const meal = await mealOnServer(token, text);
    expect(meal.items[0]).toMatchObject({ quantity: 4, source: 'user' });
    expect(await cardCalories(cardA)).toBe(Math.round(meal.totals?.calories ?? 0));
    expect(await cardCalories(cardA)).toBeGreaterThan(before);
    await expect.poll(() => cardCalories(cardB)).toBe(Math.round(meal.totals?.calories ?? 0));
    await expect
      .poll(() => b.getByTestId('day-calories').textContent())
      .toContain(String(Math.round(meal.totals?.calories ?? 0)));
    // Focus is back on the item, for the next correction.
    expect(await a.evaluate(() => document.activeElement?.classList.contains('item-row'))).toBe(true);
    await close();
  });

  it('both edit the same meal: B’s change, begun on the older version, reads "changed on another device", shows A’s meal, and can be applied again', async () => {
    const { a, b, token, close } = await twoDevices();
    const text = '2 eggs and a slice of toast';
    const [cardA, cardB] = await loggedOnBoth(a, b, text);
    const first = await mealOnServer(token, text);

    const mine = await typeQuantity(cardB, 0, '5');
    const theirs = await typeQuantity(cardA, 0, '3');
    await theirs.press('Enter');
    await expect.poll(async () => (await mealOnServer(token, text)).version).toBe(first.version + 1);
    const afterA = await mealOnServer(token, text);
    // B's card follows A's edit under the open editor.
    await expect.poll(() => cardCalories(cardB)).toBe(Math.round(afterA.totals?.calories ?? 0));

    await mine.press('Enter');
    const conflict = cardB.getByTestId('conflict');
    await conflict.waitFor();
    expect(await conflict.textContent()).toMatch(/Changed on another device/);
    await quantityShown(b, text, 0, '3');
    expect((await mealOnServer(token, text)).items[0]?.quantity).toBe(3);

    // Nothing lost: B's change is still there to apply, on top of A's.
    await conflict.getByRole('button', { name: 'Apply mine again' }).click();
    await conflict.waitFor({ state: 'detached' });
    await quantityShown(a, text, 0, '5');
    const last = await mealOnServer(token, text);
    expect(last).toMatchObject({ version: first.version + 2 });
    expect(last.items[0]?.quantity).toBe(5);
    await close();
  });

  it('an edit made offline on B waits on the device, then is applied on reconnect and reaches A', async () => {
    const { a, b, contexts, token, close } = await twoDevices();
    const text = 'a bowl of rice';
    const [, cardB] = await loggedOnBoth(a, b, text);
    const first = await mealOnServer(token, text);

    await contexts[1].setOffline(true);
    await waitForConnection(b, 'offline');
    await (await typeQuantity(cardB, 0, '2')).press('Enter');
    await cardB.and(b.locator('[data-synced="no"]')).waitFor();
    expect(await cardB.getByTestId('unsynced').textContent()).toMatch(/saved on this device/i);
    await quantityShown(b, text, 0, '2');
    expect((await mealOnServer(token, text)).version).toBe(first.version);

    await contexts[1].setOffline(false);
    await cardB.and(b.locator('[data-synced="yes"]')).waitFor();
    await quantityShown(a, text, 0, '2');
    expect(await mealOnServer(token, text)).toMatchObject({ version: first.version + 1 });
    expect(await cardB.getByTestId('conflict').count()).toBe(0);
    await close();
  });

  it('an edit made offline on B while A changed the same meal: on reconnect B shows the conflict and A’s meal; A’s edit stands', async () => {
    const { a, b, contexts, token, close } = await twoDevices();
    const text = 'a cup of coffee';
    const [cardA, cardB] = await loggedOnBoth(a, b, text);

    await contexts[1].setOffline(true);
    await waitForConnection(b, 'offline');
    await (await typeQuantity(cardB, 0, '3')).press('Enter');
    await cardB.and(b.locator('[data-synced="no"]')).waitFor();
    await (await typeQuantity(cardA, 0, '2')).press('Enter');
    await cardA.and(a.locator('[data-synced="yes"]')).waitFor();

    await contexts[1].setOffline(false);
    await cardB.getByTestId('conflict').waitFor();
    await quantityShown(b, text, 0, '2');
    expect((await mealOnServer(token, text)).items[0]?.quantity).toBe(2);
    await close();
  });

  it('add an item by searching, remove one, rewrite the text; a failed meal completes with an item; assumptions are hinted', async () => {
    const page = await open(await newContext(browser));
    await signUp(page);
    await waitForConnection(page, 'live');
    const token = await sessionToken(page);
    const search = await request<{ foods: Food[] }>(server.serverUrl, 'GET', '/api/v1/foods?q=egg', {
      token,
    });
    const egg = search.body.foods[0] as Food;

    await addMeal(page, 'an apple');
    const card = await waitForMeal(page, 'an apple', 'completed');
    expect(await card.locator('.item-hint').first().textContent()).toMatch(/assumed/);

    await card.getByRole('button', { name: 'Add item' }).click();
    const box = card.getByRole('combobox', { name: 'Add a food' });
    await box.fill('egg');
    await card
      .getByRole('option', { name: new RegExp(egg.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i') })
      .first()
      .waitFor();
    await box.press('Enter');
    await expect.poll(() => itemTexts(card).then((rows) => rows.length)).toBe(2);
    await card.and(page.locator('[data-synced="yes"]')).waitFor();
    expect((await mealOnServer(token, 'an apple')).items.map((i) => i.food_id)).toContain(egg.id);

    await itemButtons(card).nth(1).click();
    await card.getByRole('button', { name: 'Remove' }).click();
    await expect.poll(() => itemTexts(card).then((rows) => rows.length)).toBe(1);
    await card.and(page.locator('[data-synced="yes"]')).waitFor();
    expect((await mealOnServer(token, 'an apple')).items).toHaveLength(1);

    await card.getByRole('button', { name: 'Edit text' }).click();
    // While the text is edited the card shows the box in its place (the card's locator reads the text).
    const textBox = page.getByLabel('Meal text');
    await textBox.fill('3 apples');
    await textBox.press('Enter');
    const rewritten = await waitForMeal(page, '3 apples', 'completed');
    await expect.poll(() => itemTexts(rewritten)).toEqual([expect.stringMatching(/^apple.*3 /i)]);

    await addMeal(page, 'asdfgh');
    const failed = await waitForMeal(page, 'asdfgh', 'failed');
    await failed.getByRole('button', { name: 'Add item' }).click();
    await failed.getByRole('combobox', { name: 'Add a food' }).fill('banana');
    await failed.getByRole('option').first().waitFor();
    await failed.getByRole('combobox', { name: 'Add a food' }).press('Enter');
    const fixed = await waitForMeal(page, 'asdfgh', 'completed');
    expect(await itemTexts(fixed)).toHaveLength(1);
    expect(await mealOnServer(token, 'asdfgh')).toMatchObject({ status: 'completed', error: null });
    await page.context().close();
  });

  it('an amount the parser guessed, corrected: remembered for the next meal of that food, listed on the Account page, forgotten there', async () => {
    const page = await open(await newContext(browser));
    await signUp(page);
    await waitForConnection(page, 'live');
    await addMeal(page, 'coffee');
    const card = await waitForMeal(page, 'coffee', 'completed');
    expect(await card.locator('.item-hint').textContent()).toMatch(/assumed/);
    const name =
      (await card
        .locator('.item-name')
        .first()
        .evaluate((el) => el.firstChild?.textContent)) ?? '';

    await itemButtons(card).first().click();
    const grams = card.getByLabel('Grams');
    await grams.fill('300');
    await grams.press('Enter');
    await card.and(page.locator('[data-synced="yes"]')).waitFor();
    // The hint goes when the server's version of the meal (the item now the user's) is shown.
    await expect.poll(() => card.locator('.item-hint').count()).toBe(0);

    await addMeal(page, 'black coffee');
    const next = await waitForMeal(page, 'black coffee', 'completed');
    expect(await next.locator('.item-hint').textContent()).toMatch(/your usual portion/);
    expect(await next.locator('.item-amount').textContent()).toMatch(/300 g/);

    await page.getByRole('link', { name: 'Account' }).click();
    const portions = page.getByRole('list', { name: 'Remembered portions' });
    await portions.getByText(name).waitFor();
    expect(await portions.textContent()).toMatch(/300 g/);
    await portions.getByRole('button', { name: `Forget the usual portion of ${name}` }).click();
    await page.getByText('None yet.').waitFor();
    await page.context().close();
  });

  it('screenshots at phone width, light and dark: the item editor, the food search, a conflict (kept in test-results/)', async () => {
    const page = await open(await newContext(browser, { viewport: { width: 390, height: 844 } }));
    await signUp(page);
    await waitForConnection(page, 'live');
    const token = await sessionToken(page);
    const text = '2 eggs and a slice of toast with butter';
    await addMeal(page, text);
    await addMeal(page, 'an apple');
    const card = await waitForMeal(page, text, 'completed');
    await waitForMeal(page, 'an apple', 'completed');
    const shoot = async (name: string) => {
      // From the top: a full-page picture of a scrolled page draws the sticky header mid-page.
      await page.evaluate(() => window.scrollTo(0, 0));
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.screenshot({
          path: screenshotPath(`${name}-390x844${scheme === 'dark' ? '-dark' : ''}.png`),
          fullPage: true,
        });
      }
      await page.emulateMedia({ colorScheme: 'light' });
    };

    await itemButtons(card).nth(0).click();
    await card.getByLabel('Quantity').fill('3');
    await shoot('edit-item');
    await card.getByRole('button', { name: 'Change food' }).click();
    await card.getByRole('combobox').fill('scrambled egg');
    await card.getByRole('option').first().waitFor();
    await shoot('edit-change-food');

    // Another device changes the meal while this one's editor is open: saving shows the conflict.
    await card.getByRole('combobox').press('Escape');
    const meal = await mealOnServer(token, text);
    const last = meal.items.length - 1;
    const butter = meal.items[last] as MealLog['items'][number];
    const other = await request(server.serverUrl, 'PATCH', `/api/v1/meal-logs/${meal.id}`, {
      token,
      headers: { 'if-match': `"${meal.version}"` },
      body: replaceItem(meal, last, { id: butter.id, food_id: butter.food_id as string, grams: 10 }),
    });
    expect(other.status).toBe(200);
    await card.getByLabel('Quantity').press('Enter');
    await card.getByTestId('conflict').waitFor();
    await shoot('edit-conflict');
    await page.context().close();
  });
});
