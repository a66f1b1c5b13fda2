/**
 * Remembered portions (contract v1.1), on SQLite and PostgreSQL: a correction of an amount the parser
 * assumed is kept for that user and food, and a later text naming the food without an amount gets it.
 */
import type { AccountExport, MealLog, PortionList } from '@fitiq/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.js';
import { logMeal, registerUser, request } from '../testing/http-client.js';
import { patchMeal, waitForOutcomeAfter } from '../testing/meal-edits.js';
import { DIALECTS, postgresAvailable } from '../testing/storage-dialects.js';
import { startTestServer } from '../testing/test-server.js';

const withPostgres = await postgresAvailable();
const dialects = DIALECTS.filter((d) => d.name === 'sqlite' || withPostgres);

describe.each(dialects)('remembered portions on $name', (dialect) => {
  let server: RunningServer;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    const opened = await dialect.open();
    dispose = opened.dispose;
    server = await startTestServer({ storage: opened.storage });
  });
  afterAll(async () => {
    await server.close();
    await dispose();
  });

  const logAndWait = async (token: string, text: string): Promise<MealLog> => {
    const posted = await logMeal(server.url, token, text);
    const outcome = await waitForOutcomeAfter(server.url, token, posted.body.id, 0);
    return outcome.data.meal_log;
  };
  const portionsOf = async (token: string) =>
    (await request<PortionList>(server.url, 'GET', '/api/v1/me/portions', { token })).body.portions;

  /** "toast" names a food without an amount: the parser assumes one slice. */
  const assumedToast = async (token: string) => {
    const meal = await logAndWait(token, 'toast');
    const [toast] = meal.items;
    if (!toast?.food_id) throw new Error(`toast was not parsed as a food: ${JSON.stringify(meal)}`);
    expect(toast.assumed).toContain('quantity');
    expect(toast.source).toBe('parser');
    return { meal, toast: { ...toast, food_id: toast.food_id } };
  };

  /** The user says it was 3 of that unit. */
  const correctTo3 = async (token: string) => {
    const { meal, toast } = await assumedToast(token);
    const answer = await patchMeal(
      server.url,
      token,
      meal.id,
      { items: [{ id: toast.id, food_id: toast.food_id, quantity: 3, unit: toast.unit }] },
      meal.version,
    );
    expect(answer.status).toBe(200);
    return { toast, corrected: answer.body.items[0] };
  };

  it('a corrected assumed amount is remembered, and the next text without an amount gets it (source "memory")', async () => {
    const { access_token: token } = await registerUser(server.url);
    const { toast, corrected } = await correctTo3(token);
    expect(await portionsOf(token)).toEqual([
      {
        food_id: toast.food_id,
        name: corrected?.name,
        quantity: 3,
        unit: toast.unit,
        grams: corrected?.grams,
        updated_at: expect.any(String),
      },
    ]);

    const later = await logAndWait(token, 'toast');
    expect(later.items[0]).toMatchObject({
      food_id: toast.food_id,
      quantity: 3,
      unit: toast.unit,
      grams: corrected?.grams,
      calories: corrected?.calories,
      source: 'memory',
    });
    expect(later.items[0]?.assumed).not.toContain('quantity');
    expect(later.totals?.calories).toBe(corrected?.calories);
  });

  it('a text that gives the amount is taken as written, whatever is remembered', async () => {
    const { access_token: token } = await registerUser(server.url);
    await correctTo3(token);
    const meal = await logAndWait(token, '2 slices of toast');
    expect(meal.items[0]).toMatchObject({ quantity: 2, source: 'parser' });
  });

  it("never crosses users: another user's toast is the parser's, and their list is empty", async () => {
    const { access_token: mine } = await registerUser(server.url);
    await correctTo3(mine);
    const { access_token: theirs } = await registerUser(server.url);
    const { toast } = await assumedToast(theirs);
    expect(toast.source).toBe('parser');
    expect(toast.quantity).toBe(1);
    expect(await portionsOf(theirs)).toEqual([]);
    // Nor can they forget mine.
    const forget = await request(server.url, 'DELETE', `/api/v1/me/portions/${toast.food_id}`, {
      token: theirs,
    });
    expect(forget.status).toBe(404);
    expect(await portionsOf(mine)).toHaveLength(1);
  });

  it('a correction of an amount the text gave is not remembered', async () => {
    const { access_token: token } = await registerUser(server.url);
    const meal = await logAndWait(token, '2 slices of toast');
    const [toast] = meal.items;
    if (!toast?.food_id) throw new Error('no toast');
    expect(toast.assumed).not.toContain('quantity');
    await patchMeal(
      server.url,
      token,
      meal.id,
      { items: [{ id: toast.id, food_id: toast.food_id, quantity: 4, unit: toast.unit }] },
      meal.version,
    );
    expect(await portionsOf(token)).toEqual([]);
  });

  it('correcting again replaces the remembered amount; an amount in grams is remembered in grams', async () => {
    const { access_token: token } = await registerUser(server.url);
    await correctTo3(token);
    const later = await logAndWait(token, 'toast');
    const [item] = later.items;
    if (!item?.food_id) throw new Error('no toast');
    await patchMeal(
      server.url,
      token,
      later.id,
      { items: [{ id: item.id, food_id: item.food_id, grams: 45 }] },
      later.version,
    );
    expect(await portionsOf(token)).toMatchObject([
      { food_id: item.food_id, quantity: 45, unit: 'g', grams: 45 },
    ]);
    expect((await logAndWait(token, 'toast')).items[0]).toMatchObject({ grams: 45, source: 'memory' });
  });

  it('a forgotten portion is gone: 204, then the parser assumes again; forgetting it twice is 404', async () => {
    const { access_token: token } = await registerUser(server.url);
    const { toast } = await correctTo3(token);
    const path = `/api/v1/me/portions/${toast.food_id}`;
    expect((await request(server.url, 'DELETE', path, { token })).status).toBe(204);
    expect(await portionsOf(token)).toEqual([]);
    expect((await logAndWait(token, 'toast')).items[0]).toMatchObject({ quantity: 1, source: 'parser' });
    const again = await request<{ code: string }>(server.url, 'DELETE', path, { token });
    expect(again.status).toBe(404);
    expect(again.body.code).toBe('not_found');
  });

  it('the account export holds them', async () => {
    const { access_token: token } = await registerUser(server.url);
    const { toast } = await correctTo3(token);
    const exported = await request<AccountExport>(server.url, 'GET', '/api/v1/me/export', { token });
    expect(exported.body.portions).toEqual(await portionsOf(token));
    expect(exported.body.portions[0]?.food_id).toBe(toast.food_id);
  });
});
