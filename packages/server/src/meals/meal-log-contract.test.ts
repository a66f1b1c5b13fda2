import {
  type DayView,
  MealLog,
  type Nutrients,
  type PollResponse,
  Session,
  StreamEvent,
  User,
} from '@fitiq/contract';
import type { TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.js';
import { logMeal, registerUser, request, waitForMealOutcome } from '../testing/http-client.js';
import { startTestServer } from '../testing/test-server.js';

let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** RFC 3339 in UTC: a date, a time, optional fractions of a second, and `Z` (no offset). */
const RFC3339_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;
const MEAL_LOG_KEYS = [
  'id',
  'version',
  'status',
  'raw_input',
  'meal_type',
  'logged_at',
  'created_at',
  'updated_at',
  'items',
  'totals',
  'error',
];
const NUTRIENT_KEYS = ['calories', 'protein_g', 'carbs_g', 'fat_g'] as const;
const ITEM_KEYS = [
  'id',
  'food_id',
  'name',
  'quantity',
  'unit',
  'grams',
  ...NUTRIENT_KEYS,
  'measures',
  'assumed',
  'source',
];

const poll = (token: string, query: string) =>
  request<PollResponse>(server.url, 'GET', `/api/v1/events?${query}`, { token });
const getMeal = (token: string, id: string) =>
  request<MealLog>(server.url, 'GET', `/api/v1/meal-logs/${id}`, { token });
const getDay = (token: string, date: string) =>
  request<DayView>(server.url, 'GET', `/api/v1/meal-logs?date=${date}`, { token });

const expectKeys = (value: object, keys: readonly string[]) =>
  expect(Object.keys(value).sort()).toEqual([...keys].sort());

/** The contract's schemas allow extra properties, so they prove types and formats; `expectKeys` proves the rest. */
const expectSchema = (schema: TSchema, value: unknown) =>
  expect([...Value.Errors(schema, value)]).toEqual([]);

const expectUtcTimestamp = (text: string) => {
  expect(text).toMatch(RFC3339_UTC);
  expect(Number.isFinite(Date.parse(text))).toBe(true);
};

/** The server rounds sums to one decimal (totals.ts): a sum may differ from its exact value by 0.05. */
const expectRoundedSum = (actual: number, parts: readonly number[]) =>
  expect(Math.abs(actual - parts.reduce((sum, n) => sum + n, 0))).toBeLessThanOrEqual(0.05 + 1e-9);

const expectMealLogShape = (meal: MealLog) => {
  expectSchema(MealLog, meal);
  expectKeys(meal, MEAL_LOG_KEYS);
  for (const item of meal.items) expectKeys(item, ITEM_KEYS);
  if (meal.totals) expectKeys(meal.totals, NUTRIENT_KEYS);
  if (meal.error) expectKeys(meal.error, ['code', 'message']);
  for (const at of [meal.logged_at, meal.created_at, meal.updated_at]) expectUtcTimestamp(at);
};

const expectEventShape = (event: StreamEvent) => {
  expectSchema(StreamEvent, event);
  expectKeys(event, ['seq', 'id', 'type', 'created_at', 'data']);
  expectKeys(event.data, ['meal_log']);
  expectUtcTimestamp(event.created_at);
  expectMealLogShape(event.data.meal_log);
};

const waitForOutcome = (token: string, mealId: string) => waitForMealOutcome(server.url, token, mealId);

describe('a meal whose text names no food', () => {
  it('appends a meal_log.failed event with no_food_found, no items and no totals; GET agrees', async () => {
    const { access_token: token } = await registerUser(server.url);
    const posted = await logMeal(server.url, token, 'asdfgh qwerty');
    expect(posted.status).toBe(201);

    const failed = await waitForOutcome(token, posted.body.id);
    expectEventShape(failed);
    expect(failed.type).toBe('meal_log.failed');
    expect(failed.seq).toBe(2);
    expect(failed.data.meal_log).toMatchObject({
      id: posted.body.id,
      status: 'failed',
      raw_input: 'asdfgh qwerty',
      items: [],
      totals: null,
      error: { code: 'no_food_found', message: expect.any(String) },
    });
    expect(failed.data.meal_log.error?.message.length).toBeGreaterThan(0);

    const stored = await getMeal(token, posted.body.id);
    expect(stored.status).toBe(200);
    expect(stored.body).toEqual(failed.data.meal_log);
  });
});

describe('response shapes, field by field', () => {
  it('register and login answer the session shape; /me answers the same user', async () => {
    const credentials = { email: `shape-${Date.now()}@example.com`, password: 'correct horse battery' };
    const registered = await request<Session>(server.url, 'POST', '/api/v1/auth/register', {
      body: credentials,
    });
    const loggedIn = await request<Session>(server.url, 'POST', '/api/v1/auth/login', { body: credentials });
    expect(registered.status).toBe(201);
    expect(loggedIn.status).toBe(200);
    for (const session of [registered.body, loggedIn.body]) {
      expectSchema(Session, session);
      expect(session.token_type).toBe('Bearer');
      expect(typeof session.access_token).toBe('string');
      expect(session.access_token.length).toBeGreaterThan(0);
      expect(typeof session.expires_in).toBe('number');
      expect(session.expires_in).toBeGreaterThan(0);
      expectKeys(session.user, ['id', 'email', 'created_at']);
      expectUtcTimestamp(session.user.created_at);
    }
    expect(registered.body.user.email).toBe(credentials.email);
    expect(loggedIn.body.user).toEqual(registered.body.user);

    const me = await request<User>(server.url, 'GET', '/api/v1/me', { token: loggedIn.body.access_token });
    expect(me.status).toBe(200);
    expectSchema(User, me.body);
    expectKeys(me.body, ['id', 'email', 'created_at']);
    expect(me.body).toEqual(registered.body.user);
  });

  it('a completed meal has every field, numbers where numbers are due, and totals that sum its items', async () => {
    const { access_token: token } = await registerUser(server.url);
    const posted = await logMeal(server.url, token, '2 eggs and a slice of toast with butter', {
      meal_type: 'breakfast',
    });
    expect(posted.status).toBe(201);
    expectMealLogShape(posted.body);

    const completed = await waitForOutcome(token, posted.body.id);
    expect(completed.type).toBe('meal_log.completed');
    const { body: meal } = await getMeal(token, posted.body.id);
    expectMealLogShape(meal);
    expect(meal).toMatchObject({
      id: posted.body.id,
      status: 'completed',
      raw_input: '2 eggs and a slice of toast with butter',
      meal_type: 'breakfast',
      logged_at: posted.body.logged_at,
      created_at: posted.body.created_at,
      error: null,
    });
    expect(Date.parse(meal.updated_at)).toBeGreaterThanOrEqual(Date.parse(meal.created_at));
    expect(meal.items.length).toBeGreaterThan(0);
    for (const item of meal.items) {
      expect(item.name).toEqual(expect.any(String));
      expect(item.unit).toEqual(expect.any(String));
      for (const n of [item.quantity, item.grams, ...NUTRIENT_KEYS.map((k) => item[k])]) {
        expect(Number.isFinite(n)).toBe(true);
      }
    }
    const totals = meal.totals as Nutrients;
    for (const key of NUTRIENT_KEYS) {
      expect(Number.isFinite(totals[key])).toBe(true);
      expectRoundedSum(
        totals[key],
        meal.items.map((item) => item[key]),
      );
    }
    expect(totals.calories).toBeGreaterThan(0);
  });

  it('every event is {seq, id, type, created_at, data.meal_log} carrying the meal as it was then', async () => {
    const { access_token: token } = await registerUser(server.url);
    const posted = await logMeal(server.url, token, 'a banana');
    await waitForOutcome(token, posted.body.id);
    const { body } = await poll(token, 'after=0');
    expectKeys(body, ['events', 'head']);
    expect(body.events.map((e) => [e.seq, e.type])).toEqual([
      [1, 'meal_log.created'],
      [2, 'meal_log.completed'],
    ]);
    for (const event of body.events) expectEventShape(event);
    expect(new Set(body.events.map((e) => e.id)).size).toBe(2);
    expect(body.events[0]?.data.meal_log).toEqual(posted.body);
    expect(body.events[1]?.data.meal_log).toEqual((await getMeal(token, posted.body.id)).body);
  });

  it("the day list's totals sum calories, protein, carbs and fat over its completed meals", async () => {
    const { access_token: token } = await registerUser(server.url);
    const meals = [
      await logMeal(server.url, token, '2 eggs and toast', { logged_at: '2026-04-05T08:00:00Z' }),
      await logMeal(server.url, token, 'chicken and rice', { logged_at: '2026-04-05T13:00:00Z' }),
      await logMeal(server.url, token, 'zxcvbnm', { logged_at: '2026-04-05T16:00:00Z' }),
    ];
    for (const meal of meals) await waitForOutcome(token, meal.body.id);

    const day = await getDay(token, '2026-04-05');
    expect(day.status).toBe(200);
    expectKeys(day.body, ['meal_logs', 'totals', 'head']);
    expectKeys(day.body.totals, NUTRIENT_KEYS);
    for (const meal of day.body.meal_logs) expectMealLogShape(meal);
    expect(day.body.meal_logs.map((m) => m.status)).toEqual(['completed', 'completed', 'failed']);
    const completed = day.body.meal_logs.filter((m) => m.status === 'completed');
    for (const key of NUTRIENT_KEYS) {
      expect(day.body.totals[key]).toBeGreaterThan(0);
      expectRoundedSum(
        day.body.totals[key],
        completed.map((m) => (m.totals as Nutrients)[key]),
      );
    }
  });
});

describe('timestamps are RFC 3339 strings in UTC', () => {
  it('a logged_at with an offset is stored and answered as the same instant in UTC', async () => {
    const { access_token: token } = await registerUser(server.url);
    const posted = await logMeal(server.url, token, 'an apple', { logged_at: '2026-03-01T09:30:00+02:00' });
    expect(posted.status).toBe(201);
    const stored = await getMeal(token, posted.body.id);
    for (const loggedAt of [posted.body.logged_at, stored.body.logged_at]) {
      expectUtcTimestamp(loggedAt);
      expect(Date.parse(loggedAt)).toBe(Date.parse('2026-03-01T07:30:00Z'));
    }
  });

  it('a meal lands in the day list of its UTC date, even when its local date differs', async () => {
    const { access_token: token } = await registerUser(server.url);
    // 01:30 at +02:00 on March 2 is 23:30 UTC on March 1; 22:00 at -05:00 on March 1 is 03:00 UTC on March 2.
    const eastern = await logMeal(server.url, token, 'a pear', { logged_at: '2026-03-02T01:30:00+02:00' });
    const western = await logMeal(server.url, token, 'a plum', { logged_at: '2026-03-01T22:00:00-05:00' });
    const march1 = await getDay(token, '2026-03-01');
    const march2 = await getDay(token, '2026-03-02');
    expect(march1.body.meal_logs.map((m) => m.id)).toEqual([eastern.body.id]);
    expect(march2.body.meal_logs.map((m) => m.id)).toEqual([western.body.id]);
    expect(Date.parse(march1.body.meal_logs[0]?.logged_at ?? '')).toBe(Date.parse('2026-03-01T23:30:00Z'));
    expect(Date.parse(march2.body.meal_logs[0]?.logged_at ?? '')).toBe(Date.parse('2026-03-02T03:00:00Z'));
    for (const meal of [...march1.body.meal_logs, ...march2.body.meal_logs]) expectMealLogShape(meal);
  });
});

describe('Idempotency-Key', () => {
  it('the same key from a different user creates a new meal', async () => {
    const alice = (await registerUser(server.url)).access_token;
    const bob = (await registerUser(server.url)).access_token;
    const fromAlice = await logMeal(server.url, alice, 'a banana', { idempotencyKey: 'shared-key' });
    const fromBob = await logMeal(server.url, bob, 'a banana', { idempotencyKey: 'shared-key' });
    expect(fromAlice.status).toBe(201);
    expect(fromBob.status).toBe(201);
    expect(fromBob.body.id).not.toBe(fromAlice.body.id);
    // Each user's replay answers with their own meal.
    const bobAgain = await logMeal(server.url, bob, 'a banana', { idempotencyKey: 'shared-key' });
    expect(bobAgain.status).toBe(200);
    expect(bobAgain.body.id).toBe(fromBob.body.id);
    const bobsStream = await poll(bob, 'after=0');
    expect(bobsStream.body.events[0]?.data.meal_log.id).toBe(fromBob.body.id);
  });

  it('a 128-character key is accepted, and replaying it answers 200 with the same meal', async () => {
    const { access_token: token } = await registerUser(server.url);
    const key = 'k'.repeat(128);
    const first = await logMeal(server.url, token, 'a banana', { idempotencyKey: key });
    const again = await logMeal(server.url, token, 'a banana', { idempotencyKey: key });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
  });
});

describe('polling', () => {
  it('limit defaults to 100: the first page is seq 1..100 and head is the true head', async () => {
    const { access_token: token } = await registerUser(server.url);
    const meals = 60;
    for (let i = 0; i < meals; i += 1) {
      expect((await logMeal(server.url, token, 'a banana')).status).toBe(201);
    }
    // Each meal appends created then completed: wait until every one of them has completed.
    let head = 0;
    while (head < 2 * meals) head = (await poll(token, `after=${head}&wait=10`)).body.head;
    const all = await poll(token, 'after=0&limit=500');
    expect(all.body.events.filter((e) => e.type === 'meal_log.completed')).toHaveLength(meals);

    const page = await poll(token, 'after=0');
    expect(page.status).toBe(200);
    expect(page.body.events.map((e) => e.seq)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(page.body.head).toBe(2 * meals);
  });
});
