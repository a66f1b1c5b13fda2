import type { Session, User } from '@fitiq/contract';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.js';
import { registerUser, request } from '../testing/http-client.js';
import { startTestServer, testConfig } from '../testing/test-server.js';

let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer({ config: testConfig({ jwtSecret: 'a test secret of reasonable length' }) });
});
afterAll(() => server.close());

const post = (path: string, body: unknown) =>
  request<Session & { code: string }>(server.url, 'POST', path, { body });

describe('auth', () => {
  it('register answers 201 with the user and a bearer token that opens /me', async () => {
    const answer = await post('/api/v1/auth/register', {
      email: 'Ada@Example.com',
      password: 'analytical engine',
    });
    expect(answer.status).toBe(201);
    expect(answer.body.user.email).toBe('ada@example.com');
    expect(answer.body.token_type).toBe('Bearer');
    expect(answer.body.expires_in).toBe(900);
    expect(answer.body.refresh_token).toMatch(/^[\w-]{22}\.[\w-]{43}$/);
    expect(answer.body.refresh_expires_in).toBe(30 * 86_400);
    const me = await request<User>(server.url, 'GET', '/api/v1/me', { token: answer.body.access_token });
    expect(me.status).toBe(200);
    expect(me.body).toEqual(answer.body.user);
  });

  it('login answers 200 with the same shape; the email is case-insensitive', async () => {
    const answer = await post('/api/v1/auth/login', {
      email: 'ADA@example.com',
      password: 'analytical engine',
    });
    expect(answer.status).toBe(200);
    expect(answer.body.user.email).toBe('ada@example.com');
    expect(answer.body.access_token).toEqual(expect.any(String));
  });

  it('a wrong password and an unknown email get the same 401 invalid_credentials', async () => {
    const wrong = await post('/api/v1/auth/login', {
      email: 'ada@example.com',
      password: 'difference engine',
    });
    const unknown = await post('/api/v1/auth/login', {
      email: 'nobody@example.com',
      password: 'difference engine',
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe('invalid_credentials');
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
  });

  it('registering a taken email answers 409 email_taken', async () => {
    const again = await post('/api/v1/auth/register', {
      email: 'ada@example.com',
      password: 'another password',
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('email_taken');
  });

  it.each([
    ['a short password', { email: 'x@example.com', password: 'short' }],
    ['a malformed email', { email: 'not-an-email', password: 'long enough password' }],
    ['a missing password', { email: 'x@example.com' }],
    ['an unknown field', { email: 'x@example.com', password: 'long enough password', admin: true }],
    ['a non-object body', [1, 2]],
  ])('%s answers 400 validation_failed with the field', async (_name, body) => {
    const answer = await request<{ code: string; errors: Array<{ path: string }> }>(
      server.url,
      'POST',
      '/api/v1/auth/register',
      { body },
    );
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('validation_failed');
    expect(answer.body.errors.length).toBeGreaterThan(0);
    expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('the password hash is scrypt, never the password', async () => {
    const user = await server.storage.repos.users.findByEmail('ada@example.com');
    expect(user?.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(user?.passwordHash).not.toContain('analytical');
  });

  describe('protected routes', () => {
    // An expired token with a live session is expired-token.test.ts's: built here without one, it
    // would be refused as sessionless even if expiry went unchecked.
    it.each([
      ['no Authorization header', undefined],
      ['a tampered token', 'tampered'],
      ['a token signed with another secret', 'foreign'],
      ['a well-signed token without a session (it could never be revoked)', 'sessionless'],
    ])('%s answers 401 unauthorized', async (_name, kind) => {
      const { access_token, user } = await registerUser(server.url);
      const sign = (secret: string, exp: number) =>
        new SignJWT({})
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject(user.id)
          .setIssuer('fitiq')
          .setAudience('fitiq-api')
          .setExpirationTime(exp)
          .sign(new TextEncoder().encode(secret));
      const now = Math.floor(Date.now() / 1000);
      const token =
        kind === 'tampered'
          ? `${access_token.slice(0, -4)}AAAA`
          : kind === 'foreign'
            ? await sign('some other secret', now + 600)
            : kind === 'sessionless'
              ? await sign('a test secret of reasonable length', now + 600)
              : undefined;
      const answer = await request<{ code: string }>(server.url, 'GET', '/api/v1/me', token ? { token } : {});
      expect(answer.status).toBe(401);
      expect(answer.body.code).toBe('unauthorized');
    });
  });
});

describe('OpenAPI', () => {
  it('documents the session and account routes with their bodies', async () => {
    type Operation = { requestBody?: unknown; responses: Record<string, unknown> };
    const doc = await request<{ paths: Record<string, Record<string, Operation>> }>(
      server.url,
      'GET',
      '/api/v1/openapi.json',
    );
    const { paths } = doc.body;
    expect(paths['/api/v1/auth/refresh']?.post?.requestBody).toBeDefined();
    expect(Object.keys(paths['/api/v1/auth/refresh']?.post?.responses ?? {})).toContain('401');
    expect(Object.keys(paths['/api/v1/auth/logout']?.post?.responses ?? {})).toContain('204');
    expect(Object.keys(paths['/api/v1/me/export']?.get?.responses ?? {})).toContain('200');
    expect(paths['/api/v1/me']?.delete?.requestBody).toBeDefined();
  });
});

describe('rate limiting', () => {
  it('answers 429 rate_limited with Retry-After past the per-minute budget', async () => {
    const limited = await startTestServer({ config: testConfig({ rateLimitPerMinute: 3 }) });
    try {
      const { access_token: token } = await registerUser(limited.url);
      const answers = [];
      for (let i = 0; i < 4; i++)
        answers.push(await request<{ code: string }>(limited.url, 'GET', '/api/v1/me', { token }));
      expect(answers.slice(0, 3).map((a) => a.status)).toEqual([200, 200, 200]);
      const last = answers[3];
      expect(last?.status).toBe(429);
      expect(last?.body.code).toBe('rate_limited');
      expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });
});
