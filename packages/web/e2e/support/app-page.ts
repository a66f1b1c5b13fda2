import type { Locator, Page } from 'playwright-core';

let users = 0;

export const uniqueEmail = (): string => `web-${process.pid}-${Date.now()}-${++users}@example.com`;

/** Signs up through the form and waits for the day view. */
export const signUp = async (page: Page, email = uniqueEmail()): Promise<string> => {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('correct horse battery');
  await page.getByRole('button', { name: 'Sign up' }).click();
  await page.getByLabel('What did you eat?').waitFor();
  return email;
};

/** Signs in to an existing account (another device of the same user) and waits for the day view. */
export const signIn = async (page: Page, email: string): Promise<void> => {
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('correct horse battery');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByLabel('What did you eat?').waitFor();
};

/** The session token the app keeps, for the test's own API calls as the same user. */
export const sessionToken = (page: Page): Promise<string> =>
  page.evaluate(() => (JSON.parse(localStorage.getItem('fitiq.session') ?? '{}') as { token: string }).token);

export const connection = (page: Page): Locator => page.getByTestId('connection');

/** Waits until the indicator shows `state` (the SDK's state, in `data-state`). */
export const waitForConnection = async (page: Page, state: string, timeout = 20_000): Promise<void> => {
  await page.locator(`[data-testid="connection"][data-state="${state}"]`).waitFor({ timeout });
};

export const addMeal = async (page: Page, text: string): Promise<void> => {
  const box = page.getByLabel('What did you eat?');
  await box.fill(text);
  await box.press('Enter');
};

/** The meal cards whose text is exactly `text`. */
export const mealCards = (page: Page, text: string): Locator =>
  page
    .locator('article.meal-card')
    .filter({ has: page.locator('.meal-text', { hasText: new RegExp(`^${escapeRegExp(text)}$`) }) });

/** Waits for the card of `text` to have `status`. */
export const waitForMeal = async (
  page: Page,
  text: string,
  status: string,
  timeout = 15_000,
): Promise<Locator> => {
  const card = mealCards(page, text).and(page.locator(`[data-status="${status}"]`));
  await card.waitFor({ timeout });
  return card;
};

/**
 * Resolves at the first animation frame where the card of `text` shows `status`: the moment a person
 * would see it, without the delay of polling from the test process.
 */
export const seenAt = async (page: Page, text: string, status: string): Promise<number> => {
  await page.waitForFunction(
    ([wanted, want]) =>
      [...document.querySelectorAll<HTMLElement>('article.meal-card')].some(
        (card) => card.dataset.status === want && card.querySelector('.meal-text')?.textContent === wanted,
      ),
    [text, status] as const,
    { polling: 'raf', timeout: 15_000 },
  );
  return Date.now();
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The buttons that open a meal's items for editing, in order. */
export const itemButtons = (card: Locator): Locator => card.locator('.meal-items button.item-row');

/** The text of a card's items as shown ("name … amount … kcal"), in order. */
export const itemTexts = (card: Locator): Promise<string[]> =>
  card.locator('.meal-items li').evaluateAll((rows) => rows.map((row) => row.textContent ?? ''));

/** The calories a card shows, as a number. */
export const cardCalories = async (card: Locator): Promise<number> =>
  Number.parseInt((await card.getByTestId('meal-calories').textContent())?.replace(/\D/g, '') ?? '', 10);
