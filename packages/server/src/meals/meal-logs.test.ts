import type { DayView, MealLog } from '@fitiq/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.js';
import { logMeal, registerUser, request } from '../testing/http-client.js';
import { startTestServer } from '../testing/test-server.js';

let server: RunningServer;
let token: string;
beforeAll(async () => {
  server = await startTestServer();
  ({ access_token: token } = await registerUser(server.url));
});
afterAll(() => server.close());

const waitForFinal = async (id: string): Promise<MealLog> => {
  let meal: MealLog | undefined;
  await expect
    .poll(async () => {
      meal = (await request<MealLog>(server.url, 'GET', `/api/v1/meal-logs/${id}`, { token })).body;
      return meal.status;
    })
    .not.toBe('processing');
  return meal as MealLog;
};

const headNow = async () =>
  (await request<{ head: number }>(server.url, 'GET', '/api/v1/events?after=0', { token })).body.head;

describe('POST /meal-logs/natural', () => {
  it('answers 201 processing with a Location, then completes with items and totals', async () => {
    const answer = await logMeal(server.url, token, '  2 eggs and a slice of toast with butter  ', {
      meal_type: 'breakfast',
    });
    expect(answer.status).toBe(201);
    expect(answer.headers.get('location')).toBe(`/api/v1/meal-logs/${answer.body.id}`);
    expect(answer.body).toMatchObject({
      status: 'processing',
      raw_input: '2 eggs and a slice of toast with butter',
      meal_type: 'breakfast',
      items: [],
      totals: null,
      error: null,
    });
    const done = await waitForFinal(answer.body.id);
    expect(done.status).toBe('completed');
    expect(done.items.length).toBeGreaterThanOrEqual(3);
    expect(done.totals?.calories).toBeCloseTo(
      done.items.reduce((sum, item) => sum + item.calories, 0),
      0,
    );
  });

  it('text that names no food ends failed with no_food_found', async () => {
    const answer = await logMeal(server.url, token, 'asdfgh qwerty');
    const done = await waitForFinal(answer.body.id);
    expect(done.status).toBe('failed');
    expect(done.error?.code).toBe('no_food_found');
    expect(done.totals).toBeNull();
  });

  it('the same Idempotency-Key returns the same meal with 200, and nothing is processed twice', async () => {
    const before = await headNow();
    const first = await logMeal(server.url, token, 'a banana', { idempotencyKey: 'key-123' });
    const again = await logMeal(server.url, token, 'a banana', { idempotencyKey: 'key-123' });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    await waitForFinal(first.body.id);
    // One created and one completed event: the replay appended nothing.
    expect(await headNow()).toBe(before + 2);
  });

  it('concurrent requests with one Idempotency-Key create one meal', async () => {
    const before = await headNow();
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => logMeal(server.url, token, 'an apple', { idempotencyKey: 'race-key' })),
    );
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    await waitForFinal(answers[0]?.body.id as string);
    expect(await headNow()).toBe(before + 2);
  });

  it.each([
    ['empty text', { raw_input: '' }],
    ['only spaces', { raw_input: '     ' }],
    ['1001 characters', { raw_input: 'a'.repeat(1001) }],
    ['a number', { raw_input: 42 }],
    ['an unknown meal type', { raw_input: 'toast', meal_type: 'brunch' }],
    ['a malformed logged_at', { raw_input: 'toast', logged_at: 'yesterday' }],
    ['no raw_input', { meal_type: 'lunch' }],
  ])('%s answers 400 validation_failed and stores nothing', async (_name, body) => {
    const before = await headNow();
    const answer = await request<{ code: string; errors?: unknown[] }>(
      server.url,
      'POST',
      '/api/v1/meal-logs/natural',
      {
        token,
        body,
      },
    );
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('validation_failed');
    expect(answer.body.errors?.length).toBeGreaterThan(0);
    expect(await headNow()).toBe(before);
  });

  it('1000 characters after trimming is accepted', async () => {
    const answer = await logMeal(server.url, token, ` ${'toast '.repeat(166)}tost `);
    expect(answer.status).toBe(201);
    await waitForFinal(answer.body.id);
  });

  // The contract counts characters (code points), not JavaScript's UTF-16 units, and only after trimming.
  it('1000 emoji are 1000 characters, and padding around a text does not count', async () => {
    const pizzas = '🍕'.repeat(1000);
    const emoji = await logMeal(server.url, token, pizzas);
    expect(emoji.status).toBe(201);
    expect(emoji.body.raw_input).toBe(pizzas);
    const padded = await logMeal(
      server.url,
      token,
      `${' '.repeat(5000)}${'toast '.repeat(166)}tost${'\n'.repeat(5000)}`,
    );
    expect(padded.status).toBe(201);
    expect(padded.body.raw_input).toBe(`${'toast '.repeat(166)}tost`);
    const before = await headNow();
    const over = await request<{ code: string }>(server.url, 'POST', '/api/v1/meal-logs/natural', {
      token,
      body: { raw_input: `${pizzas}🍕` },
    });
    expect(over.status).toBe(400);
    expect(over.body.code).toBe('validation_failed');
    expect(await headNow()).toBe(before);
    await waitForFinal(emoji.body.id);
    await waitForFinal(padded.body.id);
  });

  it.each([
    ['an empty Idempotency-Key', ''],
    ['a 129-character Idempotency-Key', 'k'.repeat(129)],
  ])('%s answers 400', async (_name, key) => {
    const answer = await request<{ code: string }>(server.url, 'POST', '/api/v1/meal-logs/natural', {
      token,
      body: { raw_input: 'toast' },
      headers: { 'idempotency-key': key },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('validation_failed');
  });

  it('malformed JSON answers 400, a non-JSON body 415, an oversized body 413: all problem+json', async () => {
    const malformed = await request<{ code: string }>(server.url, 'POST', '/api/v1/meal-logs/natural', {
      token,
      rawBody: '{"raw_input": "toast"',
      headers: { 'content-type': 'application/json' },
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('validation_failed');
    const text = await request<{ code: string }>(server.url, 'POST', '/api/v1/meal-logs/natural', {
      token,
      rawBody: 'raw_input=toast',
      headers: { 'content-type': 'text/plain' },
    });
    expect(text.status).toBe(415);
    expect(text.body.code).toBe('unsupported_media_type');
    const huge = await request<{ code: string }>(server.url, 'POST', '/api/v1/meal-logs/natural', {
      token,
      body: { raw_input: 'x'.repeat(200 * 1024) },
    });
    expect(huge.status).toBe(413);
    expect(huge.body.code).toBe('payload_too_large');
    expect(huge.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });
});

describe('GET /meal-logs?date', () => {
  it("lists a day's meals by logged_at with totals over completed meals and the stream head", async () => {
    const { access_token } = await registerUser(server.url);
    const at = (iso: string, text: string) => logMeal(server.url, access_token, text, { logged_at: iso });
    const dinner = await at('2026-03-10T19:30:00Z', 'a banana');
    const breakfast = await at('2026-03-10T07:15:00+00:00', 'an apple');
    const failed = await at('2026-03-10T12:00:00Z', 'qwertyuiop');
    await at('2026-03-11T00:30:00Z', 'a pear');
    for (const meal of [dinner, breakfast, failed]) {
      await expect
        .poll(
          async () =>
            (
              await request<MealLog>(server.url, 'GET', `/api/v1/meal-logs/${meal.body.id}`, {
                token: access_token,
              })
            ).body.status,
        )
        .not.toBe('processing');
    }
    const day = await request<DayView>(server.url, 'GET', '/api/v1/meal-logs?date=2026-03-10', {
      token: access_token,
    });
    expect(day.status).toBe(200);
    expect(day.body.meal_logs.map((m) => m.id)).toEqual([breakfast.body.id, failed.body.id, dinner.body.id]);
    const completed = day.body.meal_logs.filter((m) => m.status === 'completed');
    expect(day.body.totals.calories).toBeCloseTo(
      completed.reduce((s, m) => s + (m.totals?.calories ?? 0), 0),
      0,
    );
    expect(day.body.head).toBe(8);
  });

  it('reads the day in the given time zone', async () => {
    const { access_token } = await registerUser(server.url);
    // 23:30 in New York on March 10 is 03:30 UTC on March 11 (EDT started March 8, 2026).
    const late = await logMeal(server.url, access_token, 'a cookie', { logged_at: '2026-03-11T03:30:00Z' });
    const inNewYork = await request<DayView>(
      server.url,
      'GET',
      '/api/v1/meal-logs?date=2026-03-10&tz=America/New_York',
      {
        token: access_token,
      },
    );
    expect(inNewYork.body.meal_logs.map((m) => m.id)).toEqual([late.body.id]);
    const inUtc = await request<DayView>(server.url, 'GET', '/api/v1/meal-logs?date=2026-03-10', {
      token: access_token,
    });
    expect(inUtc.body.meal_logs).toEqual([]);
  });

  it.each([
    ['no date', ''],
    ['a malformed date', '?date=10/03/2026'],
    ['an impossible date', '?date=2026-02-30'],
    ['an unknown time zone', '?date=2026-03-10&tz=Mars/Olympus'],
  ])('%s answers 400 validation_failed', async (_name, query) => {
    const answer = await request<{ code: string }>(server.url, 'GET', `/api/v1/meal-logs${query}`, { token });
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('validation_failed');
  });
});

describe('GET and DELETE /meal-logs/{id}', () => {
  it('deletes a meal: 204, then 404 for GET and DELETE', async () => {
    const meal = await logMeal(server.url, token, 'a muffin');
    expect((await request(server.url, 'DELETE', `/api/v1/meal-logs/${meal.body.id}`, { token })).status).toBe(
      204,
    );
    const gone = await request<{ code: string }>(server.url, 'GET', `/api/v1/meal-logs/${meal.body.id}`, {
      token,
    });
    expect(gone.status).toBe(404);
    expect(gone.body.code).toBe('not_found');
    expect((await request(server.url, 'DELETE', `/api/v1/meal-logs/${meal.body.id}`, { token })).status).toBe(
      404,
    );
  });

  it('an unknown or malformed id answers 404 like a missing one', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const answer = await request<{ code: string }>(server.url, 'GET', `/api/v1/meal-logs/${id}`, { token });
      expect(answer.status).toBe(404);
      expect(answer.body.code).toBe('not_found');
    }
  });
});

describe('the rest of the HTTP surface', () => {
  it('an unknown route answers 404 problem+json, never HTML', async () => {
    const answer = await request<{ code: string }>(server.url, 'GET', '/api/v1/nothing-here');
    expect(answer.status).toBe(404);
    expect(answer.body.code).toBe('not_found');
    expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('health, readiness and metrics answer', async () => {
    expect((await request(server.url, 'GET', '/healthz')).status).toBe(200);
    expect((await request(server.url, 'GET', '/readyz')).status).toBe(200);
    const metrics = await request<string>(server.url, 'GET', '/metrics');
    expect(metrics.status).toBe(200);
    for (const name of [
      'fitiq_open_connections',
      'fitiq_events_appended_total',
      'fitiq_delivery_latency_seconds',
      'fitiq_poll_requests_total',
      'fitiq_processing_duration_seconds',
      'fitiq_processing_outcomes_total',
      'fitiq_job_queue_depth',
    ]) {
      expect(metrics.body).toContain(name);
    }
  });

  it('serves an OpenAPI 3.1 document generated from the route schemas', async () => {
    const doc = await request<{ openapi: string; paths: Record<string, unknown> }>(
      server.url,
      'GET',
      '/api/v1/openapi.json',
    );
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toBe('3.1.0');
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/auth/register',
        '/api/v1/auth/login',
        '/api/v1/me',
        '/api/v1/meal-logs/natural',
        '/api/v1/meal-logs',
        '/api/v1/meal-logs/{id}',
        '/api/v1/events',
        '/api/v1/events/stream',
      ]),
    );
  });
});
