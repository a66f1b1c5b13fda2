/**
 * The copy and recent routes fed arbitrary bodies and limits: never a 5xx, every refusal a 400
 * problem that writes nothing, every copy one event and the original's text.
 */
import type { MealLog, RecentMeals } from '@fitiq/contract';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.js';
import { logMeal, registerUser } from '../testing/http-client.js';
import { waitForOutcomeAfter } from '../testing/meal-edits.js';
import { startTestServer } from '../testing/test-server.js';

let server: RunningServer;
let headers: Record<string, string>;
let original: MealLog;

beforeAll(async () => {
  server = await startTestServer();
  const { access_token: token } = await registerUser(server.url);
  headers = { authorization: `Bearer ${token}` };
  const posted = await logMeal(server.url, token, '2 eggs and toast');
  original = (await waitForOutcomeAfter(server.url, token, posted.body.id, 0)).data.meal_log;
});
afterAll(() => server.close());

const head = async () =>
  (await server.app.inject({ method: 'GET', url: '/api/v1/events?after=0&limit=1', headers })).json<{
    head: number;
  }>().head;

const loggedAt = fc.oneof(
  fc
    .date({ min: new Date('1970-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc.constantFrom('2026-12-01T08:00:00+05:30', '2016-12-31T23:59:60Z', '2026-02-30T00:00:00Z', 'now', ''),
  fc.string({ maxLength: 30 }),
);
const mealType = fc.oneof(
  fc.constantFrom('breakfast', 'lunch', 'dinner', 'snack', null, 'brunch'),
  fc.string(),
);
const copyBody = fc.oneof(
  fc.record({ logged_at: loggedAt, meal_type: mealType }, { requiredKeys: [] }),
  fc.record({ logged_at: loggedAt, meal_type: mealType, raw_input: fc.string() }, { requiredKeys: [] }),
  fc.jsonValue(),
);

describe('POST /meal-logs/{id}/copy and GET /meal-logs/recent, any input', () => {
  it('a copy is 201 with one event and the original text, or a 400 that writes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(copyBody, async (body) => {
        const before = await head();
        const answer = await server.app.inject({
          method: 'POST',
          url: `/api/v1/meal-logs/${original.id}/copy`,
          headers: { ...headers, 'content-type': 'application/json' },
          payload: JSON.stringify(body) ?? 'null',
        });
        expect(answer.statusCode, answer.body).toBeOneOf([201, 400]);
        if (answer.statusCode === 201) {
          expect(answer.json<MealLog>()).toMatchObject({
            status: 'completed',
            raw_input: original.raw_input,
          });
          expect(await head()).toBe(before + 1);
        } else {
          expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
          expect(await head()).toBe(before);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('recent answers 200 with at most `limit` meals, one per text, or 400; it never writes', async () => {
    const before = await head();
    const limit = fc.oneof(fc.integer({ min: -5, max: 60 }).map(String), fc.string({ maxLength: 6 }));
    await fc.assert(
      fc.asyncProperty(limit, async (value) => {
        const answer = await server.app.inject({
          method: 'GET',
          url: `/api/v1/meal-logs/recent?limit=${encodeURIComponent(value)}`,
          headers,
        });
        expect(answer.statusCode, answer.body).toBeOneOf([200, 400]);
        if (answer.statusCode === 200) {
          const meals = answer.json<RecentMeals>().meal_logs;
          expect(meals.length).toBeLessThanOrEqual(Number(value));
          expect(new Set(meals.map((m) => m.raw_input.toLowerCase())).size).toBe(meals.length);
        }
        if (/^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 50)
          expect(answer.statusCode).toBe(200);
      }),
      { numRuns: 80 },
    );
    expect(await head()).toBe(before);
  });
});
