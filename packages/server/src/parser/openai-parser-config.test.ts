import type { MealLog } from '@fitiq/contract';
import { completion, type FakeOpenAi, startFakeOpenAi } from '@fitiq/nutrition/testing';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.js';
import { logMeal, registerUser, request, waitForMealOutcome } from '../testing/http-client.js';
import { startTestServer, testConfig } from '../testing/test-server.js';

const MODEL = 'fitiq-test-model';
const API_KEY = 'sk-fitiq-server-test';

// A dish no food database knows, so every number in the meal can only have come from the model.
const STEW_ITEM = {
  name: 'zorblax stew',
  quantity: 1,
  unit: 'bowl',
  grams: 400,
  calories: 512,
  protein_g: 31,
  carbs_g: 47,
  fat_g: 19,
};
const ZORBLAX_STEW = completion(
  JSON.stringify({
    items: [{ ...STEW_ITEM, preparation: null, fiber_g: 6, sugars_g: 8, sodium_mg: 900 }],
    unknown: [],
  }),
);

let fake: FakeOpenAi | undefined;
let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  await fake?.close();
  server = fake = undefined;
});

describe('FITIQ_PARSER=openai: the server asks the configured OpenAI-compatible API', () => {
  it('sends the model and the key from the environment, and the meal completes with the items it answered', async () => {
    fake = await startFakeOpenAi([{ body: ZORBLAX_STEW }]);
    const config = testConfig(
      {},
      { FITIQ_PARSER: 'openai', OPENAI_BASE_URL: fake.baseUrl, OPENAI_API_KEY: API_KEY, OPENAI_MODEL: MODEL },
    );
    server = await startTestServer({ config });
    const { access_token: token } = await registerUser(server.url);
    const posted = await logMeal(server.url, token, 'a bowl of zorblax stew');
    expect(posted.status).toBe(201);

    const url = server.url;
    expect((await waitForMealOutcome(url, token, posted.body.id)).type).toBe('meal_log.completed');
    const meal = (await request<MealLog>(url, 'GET', `/api/v1/meal-logs/${posted.body.id}`, { token })).body;
    // The contract's fields of the model's item, exactly; the model's extra nutrients are not kept. A
    // food outside the table has no food_id and no measures; the amount is the model's.
    expect(meal.items).toEqual([
      { ...STEW_ITEM, id: expect.any(String), food_id: null, measures: [], assumed: [], source: 'parser' },
    ]);
    expect(meal.totals).toEqual({ calories: 512, protein_g: 31, carbs_g: 47, fat_g: 19 });

    expect(fake.requests).toHaveLength(1);
    const [sent] = fake.requests;
    expect(sent).toMatchObject({ method: 'POST', url: '/v1/chat/completions' });
    expect(sent?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(sent?.body).toMatchObject({
      model: MODEL,
      messages: expect.arrayContaining([{ role: 'user', content: 'a bowl of zorblax stew' }]),
    });
  });
});
