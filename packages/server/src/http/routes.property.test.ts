/**
 * Every route of the OpenAPI document, fed random and mutated requests through `inject`: never a
 * 5xx, every error a problem+json document with a code from the catalog, and a request that is
 * refused leaves the user's stored data exactly as it was. Replay a failure with the seed it prints:
 * FITIQ_FUZZ_SEED=<seed> npx vitest run packages/server/src/http/routes.property.test.ts
 */
import { ERROR_CATALOG, type ErrorCode } from '@fitiq/contract';
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RunningServer } from '../app.js';
import { type FuzzContext, type FuzzRequest, fuzzRequest, type Route } from '../testing/fuzz-requests.js';
import { logMeal, registerUser } from '../testing/http-client.js';
import { storedSnapshot } from '../testing/stored-snapshot.js';
import { startTestServer } from '../testing/test-server.js';

let server: RunningServer;
let context: FuzzContext;
/** For the routes that end the caller's session: the fuzzer may well sign out for real. */
let sessionEndingContext: FuzzContext;
let routes: Route[];

const endsSession = (route: Route) => route.path === '/api/v1/auth/logout' || route.path === '/api/v1/me';

/** Processing appends events on its own; snapshots are only comparable once it is done. */
const settled = () =>
  vi.waitFor(async () => expect(await server.storage.repos.jobs.countPending()).toBe(0), { timeout: 10_000 });

beforeAll(async () => {
  server = await startTestServer();
  const [user, other, throwaway] = await Promise.all([
    registerUser(server.url),
    registerUser(server.url),
    registerUser(server.url),
  ]);
  const meal = await logMeal(server.url, user.access_token, '2 eggs and toast');
  await logMeal(server.url, user.access_token, 'blorp');
  context = { token: user.access_token, otherToken: other.access_token, mealId: meal.body.id };
  sessionEndingContext = { ...context, token: throwaway.access_token };
  const doc = (await server.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json<{
    paths: Record<string, Record<string, unknown>>;
  }>();
  routes = Object.entries(doc.paths).flatMap(([path, operations]) =>
    Object.keys(operations).map((method) => ({ method: method.toUpperCase(), path })),
  );
  await settled();
});
afterAll(() => server.close());

type Answer = { status: number; contentType: string; body: string };

/**
 * Sends through `inject`, reading the body as a stream: an SSE answer never ends, so it is cut after
 * its head (which is all the properties look at) and its connection closed as a client's would be.
 */
const send = async (request: FuzzRequest): Promise<Answer> => {
  const response: LightMyRequestResponse = await server.app.inject({
    method: request.method as 'GET',
    url: request.url,
    headers: request.headers,
    ...(request.body !== undefined ? { payload: request.body } : {}),
    payloadAsStream: true,
  });
  const contentType = String(response.headers['content-type'] ?? '');
  const stream = response.stream();
  if (contentType.startsWith('text/event-stream')) {
    stream.destroy();
    (response.raw.res as unknown as { destroy(): void }).destroy();
    return { status: response.statusCode, contentType, body: '' };
  }
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { status: response.statusCode, contentType, body: Buffer.concat(chunks).toString() };
};

const expectProblem = (answer: Answer, method: string) => {
  expect(answer.contentType).toMatch(/^application\/problem\+json/);
  if (method === 'HEAD') return;
  const problem = JSON.parse(answer.body) as { code: ErrorCode; status: number };
  expect(Object.keys(ERROR_CATALOG)).toContain(problem.code);
  expect(ERROR_CATALOG[problem.code].status).toBe(answer.status);
  expect(problem.status).toBe(answer.status);
};

/** The property every request must meet, whatever it carries. */
const check = async (request: FuzzRequest) => {
  const before = await storedSnapshot(server.app, context.token);
  const answer = await send(request);
  expect(answer.status, answer.body).toBeLessThan(500);
  if (answer.status >= 400) {
    expectProblem(answer, request.method);
    expect(await storedSnapshot(server.app, context.token)).toBe(before);
  } else {
    await settled();
  }
};

describe('every route of the OpenAPI document, fuzzed', () => {
  it('the document lists the routes (the fuzzer has something to aim at)', () => {
    expect(routes.length).toBeGreaterThanOrEqual(10);
  });

  it('random and mutated requests: no 5xx, every error is problem+json from the catalog, refused requests change nothing', async () => {
    const arbitrary = fc
      .constantFrom(...routes)
      .chain((route) => fuzzRequest(route, endsSession(route) ? sessionEndingContext : context));
    await fc.assert(fc.asyncProperty(arbitrary, check), { numRuns: 200 });
  });

  it.each<[string, FuzzRequest]>([
    [
      'a leap second in logged_at (valid RFC 3339, not a JavaScript date)',
      {
        method: 'POST',
        url: '/api/v1/meal-logs/natural',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ raw_input: 'an apple', logged_at: '2016-12-31T23:59:60Z' }),
      },
    ],
    [
      'a path that is not valid percent-encoding',
      { method: 'GET', url: '/api/v1/meal-logs/%E0%A4%A', headers: {}, body: undefined },
    ],
    [
      'a path parameter over the router limit',
      { method: 'GET', url: `/api/v1/meal-logs/${'x'.repeat(101)}`, headers: {}, body: undefined },
    ],
  ])('regression: %s', async (_name, request) => {
    await check({ ...request, headers: { authorization: `Bearer ${context.token}`, ...request.headers } });
  });
});
