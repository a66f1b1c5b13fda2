/**
 * PATCH /meal-logs/{id} fed random edits: item lists mixing good and bad foods, units, amounts, ids
 * and custom items; stale, current, odd and missing If-Match. Never a 5xx; a refused edit changes
 * nothing; an accepted one is one version further, its food items priced by the food table alone
 * and its totals their sum. Replay a failure with the seed it prints:
 * FITIQ_FUZZ_SEED=<seed> npx vitest run packages/server/src/meals/meal-edit.property.test.ts
 */
import { ERROR_CATALOG, type MealLog } from '@fitiq/contract';
import { foodCatalog } from '@fitiq/nutrition';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RunningServer } from '../app.js';
import { anyJson, oddNumber, oddString } from '../testing/fuzz-values.js';
import { logMeal, registerUser } from '../testing/http-client.js';
import { storedSnapshot } from '../testing/stored-snapshot.js';
import { startTestServer } from '../testing/test-server.js';
import { sumNutrients } from './totals.js';

const catalog = foodCatalog();
let server: RunningServer;
let token: string;
let otherToken: string;
let mealId: string;

const settled = () =>
  vi.waitFor(async () => expect(await server.storage.repos.jobs.countPending()).toBe(0), { timeout: 10_000 });

const current = async (): Promise<MealLog> =>
  (
    await server.app.inject({
      method: 'GET',
      url: `/api/v1/meal-logs/${mealId}`,
      headers: { authorization: `Bearer ${token}` },
    })
  ).json<MealLog>();

beforeAll(async () => {
  server = await startTestServer();
  [token, otherToken] = (await Promise.all([registerUser(server.url), registerUser(server.url)])).map(
    (session) => session.access_token,
  ) as [string, string];
  mealId = (await logMeal(server.url, token, 'toast and coffee with milk')).body.id;
  await settled();
});
afterAll(() => server.close());

/** Foods the table has (with their own units) and a few it does not. */
const foods = ['toast', 'banana', 'egg', 'rice', 'apple'].flatMap((q) => catalog.search(q, 2));
const foodId = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...foods.map((f) => f.id)) },
  { weight: 1, arbitrary: fc.oneof(oddString(20), fc.constantFrom('', 'no-such-food', 'x'.repeat(65))) },
);
const unitFor = (id: string) =>
  fc.oneof(
    fc.constantFrom(...(catalog.get(id)?.measures.map((m) => m.unit) ?? ['serving'])),
    fc.constantFrom('g', 'kg', 'oz', 'lb', 'bucket', '', 'G'),
  );
const amount = fc.oneof(
  { weight: 4, arbitrary: fc.double({ min: 0.1, max: 100, noNaN: true }) },
  { weight: 1, arbitrary: oddNumber },
);
const itemId = (meal: MealLog) =>
  fc.option(
    fc.oneof(
      {
        weight: 4,
        arbitrary: fc.constantFrom(...(meal.items.length > 0 ? meal.items.map((i) => i.id) : ['1'])),
      },
      { weight: 1, arbitrary: oddString(10) },
    ),
    { nil: undefined },
  );
const withId = <T extends object>(id: string | undefined, item: T) =>
  id === undefined ? item : { id, ...item };

const itemEdit = (meal: MealLog) =>
  fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .tuple(itemId(meal), foodId)
        .chain(([id, food]) =>
          fc
            .record({ quantity: amount, unit: unitFor(food) })
            .map((a) => withId(id, { food_id: food, ...a })),
        ),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(itemId(meal), foodId, fc.double({ min: -1, max: 6000, noNaN: true }))
        .map(([id, food, grams]) => withId(id, { food_id: food, grams })),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          itemId(meal),
          oddString(20),
          fc.record(
            { calories: amount, protein_g: amount, carbs_g: amount, fat_g: amount, grams: amount },
            { requiredKeys: ['calories'] },
          ),
        )
        .map(([id, name, nutrients]) => withId(id, { name, ...nutrients })),
    },
    {
      // A food item carrying nutrients of its own: never taken.
      weight: 1,
      arbitrary: fc
        .tuple(foodId, amount)
        .map(([food, calories]) => ({ food_id: food, grams: 100, calories })),
    },
    { weight: 1, arbitrary: anyJson },
  );

const patchBody = (meal: MealLog) =>
  fc.oneof(
    { weight: 5, arbitrary: fc.array(itemEdit(meal), { maxLength: 4 }).map((items) => ({ items })) },
    {
      weight: 1,
      arbitrary: fc.record(
        {
          meal_type: fc.constantFrom('breakfast', 'lunch', 'brunch', null, 3),
          logged_at: fc.constantFrom('2026-01-01T08:00:00Z', '2016-12-31T23:59:60Z', 'yesterday'),
          raw_input: fc.constantFrom('an apple', '   ', 'asdfgh', 'x'.repeat(1001)),
        },
        { requiredKeys: [] },
      ),
    },
    { weight: 1, arbitrary: anyJson },
  );

const ifMatch = (meal: MealLog) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constant(`"${meal.version}"`) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        undefined,
        `"${meal.version - 1}"`,
        `W/"${meal.version}"`,
        '*',
        `${meal.version}`,
      ),
    },
  );

type Edit = { body: unknown; ifMatch: string | undefined; asOther: boolean };

const edit = (meal: MealLog): fc.Arbitrary<Edit> =>
  fc.record({
    body: patchBody(meal),
    ifMatch: ifMatch(meal),
    asOther: fc.oneof(
      { weight: 9, arbitrary: fc.constant(false) },
      { weight: 1, arbitrary: fc.constant(true) },
    ),
  });

const check = async (before: MealLog, { body, ifMatch, asOther }: Edit) => {
  const snapshot = await storedSnapshot(server.app, token);
  const answer = await server.app.inject({
    method: 'PATCH',
    url: `/api/v1/meal-logs/${mealId}`,
    headers: {
      authorization: `Bearer ${asOther ? otherToken : token}`,
      'content-type': 'application/json',
      ...(ifMatch === undefined ? {} : { 'if-match': ifMatch }),
    },
    payload: JSON.stringify(body) ?? 'null',
  });
  expect(answer.statusCode, answer.body).toBeLessThan(500);
  if (answer.statusCode >= 400) {
    const problem = answer.json<{ code: keyof typeof ERROR_CATALOG; status: number }>();
    expect(ERROR_CATALOG[problem.code].status).toBe(answer.statusCode);
    expect(await storedSnapshot(server.app, token)).toBe(snapshot);
    return;
  }
  const after = answer.json<MealLog>();
  expect(after.version).toBe(before.version + 1);
  expect(answer.headers.etag).toBe(`"${after.version}"`);
  if (after.status === 'completed' && after.totals) expect(after.totals).toEqual(sumNutrients(after.items));
  for (const item of after.items) {
    if (item.source !== 'user' || item.food_id === null) continue;
    // Priced again from its grams (rounded to 0.1 g, so within a calorie): the quantity is rounded to
    // two decimals, which times a big unit (10.055 lb) is grams away.
    const priced = catalog.itemFor(item.food_id, { grams: item.grams });
    if (!priced.ok) throw new Error(`an accepted item the table cannot price: ${JSON.stringify(item)}`);
    expect(Math.abs(priced.item.calories - item.calories)).toBeLessThanOrEqual(1);
  }
  expect(new Set(after.items.map((i) => i.id)).size).toBe(after.items.length);
  await settled();
};

describe('PATCH /meal-logs/{id}, fuzzed', () => {
  it('no 5xx, a refused edit changes nothing, an accepted one is one version on with food items priced by the table', async () => {
    // Each run starts from the meal as it is, so If-Match and item ids are mostly the right ones.
    await fc.assert(
      fc.asyncProperty(fc.gen(), async (generate) => {
        const before = await current();
        await check(before, generate(edit, before));
      }),
      // Each run edits the same meal, so a shrunk replay would start from another meal: no shrinking.
      { numRuns: 80, endOnFailure: true },
    );
  }, 120_000);
});
