import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.js';
import type { Config } from '../config.js';
import { registerUser, request } from '../testing/http-client.js';
import { startTestServer, testConfig } from '../testing/test-server.js';
import { lockoutMs } from './login-throttle.js';
import { createMemoryThrottleStore } from './throttle-store.js';

const PASSWORD = 'correct horse battery';

const throttled = (settings: Partial<NonNullable<Config['loginThrottle']>>) =>
  testConfig({
    trustProxy: true,
    loginThrottle: {
      maxFailuresPerAccount: 100,
      maxFailuresPerIp: 100,
      lockoutBaseMs: 60_000,
      lockoutMaxMs: 600_000,
      ...settings,
    },
  });

type Problem = { code: string; status: number; detail: string };

const login = (server: RunningServer, email: string, password: string, ip = '203.0.113.1') =>
  request<Problem>(server.url, 'POST', '/api/v1/auth/login', {
    body: { email, password },
    headers: { 'x-forwarded-for': ip },
  });

describe('the lockout schedule', () => {
  it('is free before the allowed failures, then doubles from the base up to the cap', () => {
    const schedule = [1, 2, 3, 4, 5, 6, 7, 30].map((n) => lockoutMs(n, 3, 1000, 5000));
    expect(schedule).toEqual([0, 0, 1000, 2000, 4000, 5000, 5000, 5000]);
  });

  it('the memory store lets one attempt take a lock; a concurrent one sees it', async () => {
    const store = createMemoryThrottleStore();
    expect(await store.tryLock('k', 1000)).toBe(true);
    expect(await store.tryLock('k', 1000)).toBe(false);
    expect(await store.lockRemainingMs('k')).toBeGreaterThan(0);
    await store.clear('k');
    expect(await store.lockRemainingMs('k')).toBe(0);
  });
});

describe('login throttling', () => {
  let server: RunningServer;
  afterEach(() => server?.close());

  it('per account: past the allowed failures even the right password gets 429 with Retry-After', async () => {
    server = await startTestServer({ config: throttled({ maxFailuresPerAccount: 2 }) });
    const { user } = await registerUser(server.url);
    const answers = [
      await login(server, user.email, 'wrong password 1'),
      await login(server, user.email, 'wrong password 2', '203.0.113.2'),
      await login(server, user.email, PASSWORD, '203.0.113.3'),
    ];
    expect(answers.map((a) => a.status)).toEqual([401, 401, 429]);
    const locked = answers[2];
    expect(locked?.body.code).toBe('rate_limited');
    expect(locked?.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(Number(locked?.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another account from the same addresses is not locked.
    const other = await registerUser(server.url);
    expect((await login(server, other.user.email, PASSWORD, '203.0.113.3')).status).toBe(200);
  });

  it('per IP: one address guessing across many accounts is locked out; other addresses are not', async () => {
    server = await startTestServer({ config: throttled({ maxFailuresPerIp: 3 }) });
    const { user } = await registerUser(server.url);
    const guesses = [];
    for (let i = 0; i < 4; i++)
      guesses.push(
        (await login(server, `victim${i}@example.com`, 'a guessed password', '198.51.100.9')).status,
      );
    expect(guesses).toEqual([401, 401, 401, 429]);
    expect((await login(server, user.email, PASSWORD, '198.51.100.9')).status).toBe(429);
    expect((await login(server, user.email, PASSWORD, '198.51.100.10')).status).toBe(200);
  });

  it('a success clears the account’s failures', async () => {
    server = await startTestServer({ config: throttled({ maxFailuresPerAccount: 2 }) });
    const { user } = await registerUser(server.url);
    expect((await login(server, user.email, 'wrong password')).status).toBe(401);
    expect((await login(server, user.email, PASSWORD)).status).toBe(200);
    expect((await login(server, user.email, 'wrong password')).status).toBe(401);
    expect((await login(server, user.email, PASSWORD)).status).toBe(200);
  });

  it('parallel guesses cannot all slip under the limit', async () => {
    server = await startTestServer({ config: throttled({ maxFailuresPerAccount: 3 }) });
    const { user } = await registerUser(server.url);
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => login(server, user.email, `guess number ${i}`, `192.0.2.${i}`)),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(7);
  });

  it('an unknown email and a wrong password get the same answers, locked or not', async () => {
    server = await startTestServer({ config: throttled({ maxFailuresPerAccount: 2 }) });
    const { user } = await registerUser(server.url);
    const run = async (email: string, ip: string) => {
      const answers = [];
      for (let i = 0; i < 3; i++) answers.push(await login(server, email, 'not the password', ip));
      return answers;
    };
    const known = await run(user.email, '192.0.2.50');
    const unknown = await run('nobody-here@example.com', '192.0.2.51');
    expect(known.map((a) => a.status)).toEqual([401, 401, 429]);
    expect(unknown.map((a) => a.status)).toEqual(known.map((a) => a.status));
    expect(unknown.map((a) => a.body)).toEqual(known.map((a) => a.body));
  });
});

describe('login throttling off', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer({ config: testConfig({ loginThrottle: null }) });
  });
  afterAll(() => server.close());

  it('FITIQ_LOGIN_THROTTLE=off never answers 429', async () => {
    const statuses = [];
    for (let i = 0; i < 8; i++)
      statuses.push((await login(server, 'a@example.com', 'wrong password')).status);
    expect(new Set(statuses)).toEqual(new Set([401]));
  });
});
