/**
 * PUT /me/goals fed arbitrary bodies: never a 5xx; 200 exactly for four positive-or-null goals, and
 * then they are stored as sent with one event; any other body is a 400 that changes nothing.
 */
import type { Goals } from '@fitiq/contract';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.js';
import { registerUser } from '../testing/http-client.js';
import { startTestServer } from '../testing/test-server.js';

let server: RunningServer;
let headers: Record<string, string>;

beforeAll(async () => {
  server = await startTestServer();
  headers = { authorization: `Bearer ${(await registerUser(server.url)).access_token}` };
});
afterAll(() => server.close());

const GOAL_KEYS = ['calories', 'protein_g', 'carbs_g', 'fat_g'] as const;

/** The contract's rule, written out independently of the schema that enforces it. */
const isGoals = (body: unknown): body is Goals =>
  typeof body === 'object' &&
  body !== null &&
  !Array.isArray(body) &&
  Object.keys(body).length === GOAL_KEYS.length &&
  GOAL_KEYS.every((key) => {
    const value = (body as Record<string, unknown>)[key];
    return value === null || (typeof value === 'number' && Number.isFinite(value) && value > 0);
  });

const goalValue = fc.oneof(
  fc.constant(null),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
  fc.integer({ min: -10, max: 100_000 }),
  fc.constantFrom(0, -0, 1e-300, Number.MAX_VALUE),
  fc.string({ maxLength: 5 }),
  fc.boolean(),
);
const body = fc.oneof(
  fc.record({ calories: goalValue, protein_g: goalValue, carbs_g: goalValue, fat_g: goalValue }),
  fc.record(
    { calories: goalValue, protein_g: goalValue, carbs_g: goalValue, fat_g: goalValue, fibre_g: goalValue },
    { requiredKeys: [] },
  ),
  fc.jsonValue(),
);

const state = async () => {
  const [goals, events] = await Promise.all([
    server.app.inject({ method: 'GET', url: '/api/v1/me/goals', headers }),
    server.app.inject({ method: 'GET', url: '/api/v1/events?after=0&limit=1', headers }),
  ]);
  return { goals: goals.json<Goals>(), head: events.json<{ head: number }>().head };
};

describe('PUT /me/goals, any body', () => {
  it('200 and stored exactly for valid goals, else 400 problem+json and nothing changes', async () => {
    await fc.assert(
      fc.asyncProperty(body, async (sent) => {
        const before = await state();
        const answer = await server.app.inject({
          method: 'PUT',
          url: '/api/v1/me/goals',
          headers: { ...headers, 'content-type': 'application/json' },
          payload: JSON.stringify(sent),
        });
        expect(answer.statusCode).toBeLessThan(500);
        // What went over the wire, as JSON reads it (-0 is sent as 0).
        const wire: unknown = JSON.parse(JSON.stringify(sent) ?? 'null');
        if (isGoals(wire)) {
          expect(answer.statusCode, answer.body).toBe(200);
          expect(answer.json()).toEqual(wire);
          expect(await state()).toEqual({ goals: wire, head: before.head + 1 });
        } else {
          expect(answer.statusCode, answer.body).toBe(400);
          expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
          expect(answer.json<{ code: string }>().code).toBe('validation_failed');
          expect(await state()).toEqual(before);
        }
      }),
      { numRuns: 150 },
    );
  });
});
