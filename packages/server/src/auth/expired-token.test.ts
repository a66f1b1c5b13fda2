import { decodeJwt, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.js';
import { registerUser, request } from '../testing/http-client.js';
import { startTestServer, testConfig } from '../testing/test-server.js';

const SECRET = 'the expired-token tests signing secret';
let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer({ config: testConfig({ jwtSecret: SECRET }) });
});
afterAll(() => server.close());

/** A real access token's claims (subject, live session, issuer, audience), signed again with another `exp`. */
const withExpiry = (token: string, exp: number) => {
  const { exp: _exp, ...claims } = decodeJwt(token);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setExpirationTime(exp)
    .sign(new TextEncoder().encode(SECRET));
};

describe('an access token signed with the real secret', () => {
  it('opens /me while unexpired, and answers 401 unauthorized once its exp has passed', async () => {
    const { access_token, user } = await registerUser(server.url);
    const now = Math.floor(Date.now() / 1000);

    const fresh = await request<{ id: string }>(server.url, 'GET', '/api/v1/me', {
      token: await withExpiry(access_token, now + 600),
    });
    expect(fresh.status).toBe(200);
    expect(fresh.body.id).toBe(user.id);

    const expired = await request<{ code: string; status: number }>(server.url, 'GET', '/api/v1/me', {
      token: await withExpiry(access_token, now - 60),
    });
    expect(expired.status).toBe(401);
    expect(expired.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(expired.body).toMatchObject({ code: 'unauthorized', status: 401 });
  });
});
