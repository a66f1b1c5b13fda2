import { afterEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.js';
import { loadConfig } from '../config.js';
import { type Answer, registerUser, request } from '../testing/http-client.js';
import { startTestServer, testConfig } from '../testing/test-server.js';

const PASSWORD = 'correct horse battery';
type Problem = { code: string; status: number };

let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Through the environment variable, as an operator sets it; X-Forwarded-For is believed, to act as several IPs. */
const startWith = async (rateLimit: string) => {
  server = await startTestServer({
    config: testConfig({ trustProxy: true }, { FITIQ_RATE_LIMIT: rateLimit }),
  });
  return server.url;
};

let emails = 0;
const freshEmail = () => `limited${++emails}-${Date.now()}@example.com`;

const authCall = (url: string, path: string, body: unknown, ip: string) =>
  request<Problem>(url, 'POST', `/api/v1/auth/${path}`, { body, headers: { 'x-forwarded-for': ip } });

const statuses = (answers: Answer[]) => answers.map((a) => a.status);

describe('FITIQ_RATE_LIMIT on the auth routes: requests per minute per IP', () => {
  it('the request after the budget, register or login, answers 429 rate_limited with Retry-After; another IP still passes', async () => {
    const url = await startWith('3');
    const ip = '198.51.100.7';
    const { user } = await registerUser(url);
    const within = [
      await authCall(url, 'register', { email: freshEmail(), password: PASSWORD }, ip),
      // Every request counts, even one refused as invalid: a flood of junk is a flood.
      await authCall(url, 'register', { email: 'not an email' }, ip),
      // A successful login: no failure for the separate failed-login throttle to count.
      await authCall(url, 'login', { email: user.email, password: PASSWORD }, ip),
    ];
    expect(statuses(within)).toEqual([201, 400, 200]);

    const over = [
      await authCall(url, 'register', { email: freshEmail(), password: PASSWORD }, ip),
      await authCall(url, 'login', { email: user.email, password: PASSWORD }, ip),
    ];
    expect(statuses(over)).toEqual([429, 429]);
    for (const answer of over) {
      expect(answer.body).toMatchObject({ code: 'rate_limited', status: 429 });
      expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const retryAfter = Number(answer.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
    }

    const elsewhere = await authCall(
      url,
      'register',
      { email: freshEmail(), password: PASSWORD },
      '198.51.100.8',
    );
    expect(elsewhere.status).toBe(201);
  });

  it('"off" disables it: more requests than the default budget all pass, on the auth routes and per user', async () => {
    const url = await startWith('off');
    const { access_token: token } = await registerUser(url);
    const count = (loadConfig({}).rateLimitPerMinute ?? 0) + 10;
    const answers: Answer[] = [];
    for (let sent = 0; sent < count; sent += 50) {
      const batch = Array.from({ length: Math.min(50, count - sent) }, () => [
        authCall(url, 'register', { email: 'not an email' }, '198.51.100.9'),
        request(url, 'GET', '/api/v1/me', { token }),
      ]).flat();
      answers.push(...(await Promise.all(batch)));
    }
    expect(answers).toHaveLength(2 * count);
    expect(statuses(answers).filter((s) => s === 429)).toEqual([]);
    expect(new Set(statuses(answers))).toEqual(new Set([400, 200]));
  });
});
