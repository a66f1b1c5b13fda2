import { randomUUID } from 'node:crypto';
import type { ErrorCode, Problem } from '@fitiq/contract';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { RunningServer } from '../app.js';
import { createSqliteStorage } from '../storage/sqlite/sqlite-storage.js';
import type { Storage } from '../storage/storage.js';
import { logMeal, registerUser, request, waitForMealOutcome } from '../testing/http-client.js';
import { startTestServer, testConfig } from '../testing/test-server.js';

const SECRET = 'a test secret of reasonable length';

let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer({ config: testConfig({ jwtSecret: SECRET }) });
});
afterAll(() => server.close());

type Answer = { status: number; contentType: string; text: string; body: Problem; headers: Headers };

/** The raw answer, so that an HTML page or a stack trace cannot hide behind a JSON parse. */
const send = async (
  method: string,
  path: string,
  options: { token?: string; authorization?: string; body?: string; headers?: Record<string, string> } = {},
  url = server.url,
): Promise<Answer> => {
  const headers: Record<string, string> = { ...options.headers };
  const authorization = options.authorization ?? (options.token ? `Bearer ${options.token}` : undefined);
  if (authorization) headers.authorization = authorization;
  if (options.body !== undefined) headers['content-type'] ??= 'application/json';
  const response = await fetch(`${url}${path}`, {
    method,
    headers,
    ...(options.body !== undefined ? { body: options.body } : {}),
  });
  const text = await response.text();
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: the assertions on the content type and the body say so
  }
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    text,
    body: body as Problem,
    headers: response.headers,
  };
};

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

type Operation = { security?: Array<Record<string, string[]>> };
type Route = { method: string; path: string; security: Operation['security'] };

const documentedRoutes = async (): Promise<Route[]> => {
  const doc = await request<{ paths: Record<string, Record<string, Operation>> }>(
    server.url,
    'GET',
    '/api/v1/openapi.json',
  );
  return Object.entries(doc.body.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]) => ({
      method: method.toUpperCase(),
      path,
      security: operation.security,
    })),
  );
};

/**
 * The /api/v1 routes served without an access token, each for a reason:
 * - register and login: the contract's two exceptions, how a client gets its first token;
 * - refresh: what a client whose access token has expired calls to get a new one, so it cannot ask
 *   for that token; it is authenticated by the single-use refresh token in its body instead.
 */
const PUBLIC_ROUTES = ['POST /api/v1/auth/register', 'POST /api/v1/auth/login', 'POST /api/v1/auth/refresh'];

describe('every /api/v1 route but register and login requires a bearer token', () => {
  let protectedRoutes: Route[];
  let victim: { id: string; sid: string; token: string };
  beforeAll(async () => {
    // /healthz, /readyz and /metrics are outside /api/v1 and public for probes. The WebSocket
    // (/api/v1/realtime) is no HTTP route of the document: it authenticates by its hello frame.
    const routes = (await documentedRoutes()).filter((route) => route.path.startsWith('/api/v1/'));
    protectedRoutes = routes.filter((route) => !PUBLIC_ROUTES.includes(`${route.method} ${route.path}`));
    const session = await registerUser(server.url);
    const [, payload] = session.access_token.split('.');
    const { sid } = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as { sid: string };
    victim = { id: session.user.id, sid, token: session.access_token };
  });

  it('the document marks exactly register, login and refresh as public, every other route as bearer', async () => {
    const routes = (await documentedRoutes()).filter((route) => route.path.startsWith('/api/v1/'));
    const publicOnes = routes.filter((route) => !route.security?.some((scheme) => 'bearerAuth' in scheme));
    expect(publicOnes.map((route) => `${route.method} ${route.path}`).sort()).toEqual(
      [...PUBLIC_ROUTES].sort(),
    );
    // The walk below is only as good as the document: it must hold the routes we know of.
    expect(protectedRoutes.map((route) => `${route.method} ${route.path}`)).toEqual(
      expect.arrayContaining([
        'GET /api/v1/me',
        'POST /api/v1/meal-logs/natural',
        'GET /api/v1/meal-logs/{id}',
        'DELETE /api/v1/meal-logs/{id}',
        'GET /api/v1/events',
        'GET /api/v1/events/stream',
      ]),
    );
  });

  /** The victim's own claims, live session included: only the secret or the expiry is wrong. */
  const sign = (secret: string, expiresAt: number) =>
    new SignJWT({ sid: victim.sid })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(victim.id)
      .setIssuer('fitiq')
      .setAudience('fitiq-api')
      .setExpirationTime(expiresAt)
      .sign(new TextEncoder().encode(secret));

  const now = () => Math.floor(Date.now() / 1000);

  /** Each way to present no valid token, as the Authorization header it sends (none: no header). */
  const badCredentials: Array<[string, () => Promise<string | null>]> = [
    ['no Authorization header', async () => null],
    ['a malformed bearer token', async () => 'Bearer not-a-token'],
    ['another scheme', async () => `Basic ${Buffer.from('user:password').toString('base64')}`],
    [
      'a real token whose payload was changed to another user',
      async () => {
        const [header, payload, signature] = victim.token.split('.');
        const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as object;
        return `Bearer ${header}.${base64url({ ...claims, sub: randomUUID() })}.${signature}`;
      },
    ],
    [
      'an unsigned token (alg none)',
      async () => {
        const [, payload] = victim.token.split('.');
        return `Bearer ${base64url({ alg: 'none', typ: 'JWT' })}.${payload}.`;
      },
    ],
    [
      'a token signed with another secret',
      async () => `Bearer ${await sign('some other secret', now() + 600)}`,
    ],
    ['an expired token', async () => `Bearer ${await sign(SECRET, now() - 10)}`],
  ];

  it.each(badCredentials)('%s: every protected route answers 401 unauthorized', async (_name, credential) => {
    const authorization = await credential();
    const answers = await Promise.all(
      protectedRoutes.map(async ({ method, path }) => {
        // Any id will do: authentication comes before the route looks anything up.
        const url = path.replace(/\{[^}]+\}/g, randomUUID());
        const answer = await send(method, url, authorization ? { authorization } : {});
        return {
          route: `${method} ${path}`,
          status: answer.status,
          type: answer.contentType,
          code: answer.body?.code,
        };
      }),
    );
    expect(answers).toEqual(
      protectedRoutes.map(({ method, path }) => ({
        route: `${method} ${path}`,
        status: 401,
        type: expect.stringMatching(/^application\/problem\+json/),
        code: 'unauthorized',
      })),
    );
  });
});

/** RFC 3986 URI reference: no whitespace, and resolvable (absolute, or relative to the request). */
const isUriReference = (value: string) => {
  if (/\s/.test(value)) return false;
  try {
    new URL(value, 'https://api.invalid/');
    return true;
  } catch {
    return false;
  }
};

const expectProblem = (answer: Answer, status: number, code: ErrorCode) => {
  expect(answer.status).toBe(status);
  expect(answer.contentType).toMatch(/^application\/problem\+json(;|$)/);
  expect(answer.body).toEqual(
    expect.objectContaining({
      type: expect.any(String),
      title: expect.stringMatching(/\S/),
      status,
      detail: expect.any(String),
      code,
    }),
  );
  expect(isUriReference(answer.body.type)).toBe(true);
  expect(answer.text).not.toMatch(/<html|<!doctype/i);
  expect(answer.text).not.toMatch(/\bat \S+ \(|node_modules|\.ts:\d+/);
};

describe('every error is an RFC 9457 problem document', () => {
  let token: string;
  beforeAll(async () => {
    ({ access_token: token } = await registerUser(server.url, 'taken@example.com'));
  });

  const cases: Array<[string, number, ErrorCode, () => Promise<Answer>]> = [
    [
      'an empty raw_input',
      400,
      'validation_failed',
      () => send('POST', '/api/v1/meal-logs/natural', { token, body: JSON.stringify({ raw_input: '' }) }),
    ],
    [
      'malformed JSON',
      400,
      'validation_failed',
      () => send('POST', '/api/v1/meal-logs/natural', { token, body: '{"raw_input": ' }),
    ],
    ['no token', 401, 'unauthorized', () => send('GET', '/api/v1/me')],
    [
      'a wrong password',
      401,
      'invalid_credentials',
      () =>
        send('POST', '/api/v1/auth/login', {
          body: JSON.stringify({ email: 'taken@example.com', password: 'not the password' }),
        }),
    ],
    [
      'a meal log that does not exist',
      404,
      'not_found',
      () => send('GET', `/api/v1/meal-logs/${randomUUID()}`, { token }),
    ],
    [
      'an email already registered',
      409,
      'email_taken',
      () =>
        send('POST', '/api/v1/auth/register', {
          body: JSON.stringify({ email: 'taken@example.com', password: 'another password' }),
        }),
    ],
    [
      'a cursor the stream does not have',
      410,
      'cursor_expired',
      () => send('GET', '/api/v1/events?after=9999', { token }),
    ],
    [
      'a body over the limit',
      413,
      'payload_too_large',
      () =>
        send('POST', '/api/v1/meal-logs/natural', {
          token,
          body: JSON.stringify({ raw_input: 'x'.repeat(200 * 1024) }),
        }),
    ],
    [
      'a body that is not JSON',
      415,
      'unsupported_media_type',
      () =>
        send('POST', '/api/v1/meal-logs/natural', {
          token,
          body: 'raw_input=toast',
          headers: { 'content-type': 'text/plain' },
        }),
    ],
    [
      'an edit without If-Match',
      428,
      'precondition_required',
      () =>
        send('PATCH', `/api/v1/meal-logs/${randomUUID()}`, {
          token,
          body: JSON.stringify({ meal_type: 'lunch' }),
        }),
    ],
    [
      'an edit of a version the meal is not at',
      412,
      'precondition_failed',
      async () => {
        const meal = await logMeal(server.url, token, 'an apple');
        await waitForMealOutcome(server.url, token, meal.body.id);
        return send('PATCH', `/api/v1/meal-logs/${meal.body.id}`, {
          token,
          body: JSON.stringify({ meal_type: 'lunch' }),
          headers: { 'if-match': '"99"' },
        });
      },
    ],
    // A browser asking for a page still gets a problem document, not an HTML 404 page.
    [
      'an unknown route',
      404,
      'not_found',
      () => send('GET', '/api/v1/no-such-thing', { token, headers: { accept: 'text/html' } }),
    ],
    [
      'a method the route does not have',
      405,
      'method_not_allowed',
      () => send('PUT', '/api/v1/meal-logs', { token }),
    ],
  ];

  it.each(cases)('%s answers %i %s with every field', async (_name, status, code, provoke) => {
    expectProblem(await provoke(), status, code);
  });

  it('each code has one type URI, and different codes different ones', async () => {
    const typeOf = new Map<ErrorCode, Set<string>>();
    for (const [, , code, provoke] of cases) {
      const { body } = await provoke();
      typeOf.set(code, (typeOf.get(code) ?? new Set()).add(body.type));
    }
    const types = [...typeOf.values()];
    expect(types.every((set) => set.size === 1)).toBe(true);
    expect(new Set(types.flatMap((set) => [...set])).size).toBe(typeOf.size);
  });

  it('a method its path does not take answers 405 with Allow naming those it does (RFC 9110)', async () => {
    const meal = await send('PUT', `/api/v1/meal-logs/${randomUUID()}`, { token });
    expectProblem(meal, 405, 'method_not_allowed');
    expect(meal.headers.get('allow')).toBe('DELETE, GET, HEAD, PATCH');
    const health = await send('POST', '/healthz');
    expectProblem(health, 405, 'method_not_allowed');
    expect(health.headers.get('allow')).toBe('GET, HEAD');
    // A path no route has is still not found, whatever the method.
    const nowhere = await send('PATCH', '/api/v1/no-such-thing', { token });
    expectProblem(nowhere, 404, 'not_found');
    expect(nowhere.headers.get('allow')).toBeNull();
  });

  it('too many requests answers 429 rate_limited with Retry-After', async () => {
    const limited = await startTestServer({ config: testConfig({ rateLimitPerMinute: 1 }) });
    onTestFinished(() => limited.close());
    const login = () =>
      send(
        'POST',
        '/api/v1/auth/login',
        { body: JSON.stringify({ email: 'nobody@example.com', password: 'whatever it is' }) },
        limited.url,
      );
    expect((await login()).status).toBe(401);
    const answer = await login();
    expectProblem(answer, 429, 'rate_limited');
    expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('an unexpected failure answers 500 internal_error without the error, its stack or file paths', async () => {
    const inner = createSqliteStorage(':memory:');
    const thrown = new Error('disk gremlin ate /var/lib/fitiq/secret.db');
    // A plain Error from deep inside: not an AppError and not a storage condition the server knows.
    const storage: Storage = {
      ...inner,
      repos: {
        ...inner.repos,
        meals: {
          ...inner.repos.meals,
          find: async () => {
            throw thrown;
          },
        },
      },
    };
    const broken = await startTestServer({ storage });
    onTestFinished(async () => {
      await broken.close();
      await inner.close();
    });
    const { access_token } = await registerUser(broken.url);
    const answer = await send(
      'GET',
      `/api/v1/meal-logs/${randomUUID()}`,
      { token: access_token },
      broken.url,
    );
    expectProblem(answer, 500, 'internal_error');
    expect(answer.text).not.toContain('gremlin');
    expect(answer.text).not.toContain('/var/lib');
    for (const frame of thrown.stack?.split('\n').slice(1) ?? [])
      expect(answer.text).not.toContain(frame.trim());
    expect(answer.text).not.toMatch(/\/work\/|file:\/\//);
  });
});

describe("another user's meal log answers exactly like one that does not exist", () => {
  /** The whole answer but what differs per request by design. */
  const visible = (answer: Answer) => {
    const headers = Object.fromEntries(
      [...answer.headers].filter(([name]) => !['date', 'x-request-id'].includes(name)),
    );
    return { status: answer.status, headers, body: answer.body };
  };

  it.each(['GET', 'DELETE'])('%s', async (method) => {
    const owner = await registerUser(server.url);
    const stranger = await registerUser(server.url);
    const meal = (await logMeal(server.url, owner.access_token, 'two eggs')).body;

    const theirs = await send(method, `/api/v1/meal-logs/${meal.id}`, { token: stranger.access_token });
    const nobodys = await send(method, `/api/v1/meal-logs/${randomUUID()}`, { token: stranger.access_token });

    expectProblem(theirs, 404, 'not_found');
    expect(visible(theirs)).toEqual(visible(nobodys));
    // And it is only an answer: the owner's meal is still there.
    const own = await send('GET', `/api/v1/meal-logs/${meal.id}`, { token: owner.access_token });
    expect(own.status).toBe(200);
  });
});
