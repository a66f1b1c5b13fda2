import { CloseCode, type Session } from '@fitiq/contract';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.js';
import type { Clock } from '../ops/clock.js';
import type { Storage } from '../storage/storage.js';
import { registerUser, request } from '../testing/http-client.js';
import { readSse } from '../testing/sse-client.js';
import { DIALECTS, postgresAvailable } from '../testing/storage-dialects.js';
import { startTestServer, testConfig } from '../testing/test-server.js';
import { TestSocket } from '../testing/ws-client.js';

const withPostgres = await postgresAvailable();
const dialects = DIALECTS.filter((d) => d.name === 'sqlite' || withPostgres);

/** A clock the test moves forward, so refresh-token expiry is a decision, not a wait. */
const movableClock = () => {
  let offsetMs = 0;
  const clock: Clock = {
    now: () => Date.now() + offsetMs,
    nowIso: () => new Date(Date.now() + offsetMs).toISOString(),
  };
  const advance = (ms: number) => {
    offsetMs += ms;
  };
  return { clock, advance };
};

describe.each(dialects)('sessions on $name', (dialect) => {
  let storage: Storage;
  let dispose: () => Promise<void>;
  const servers: RunningServer[] = [];
  const sockets: TestSocket[] = [];
  const time = movableClock();

  const start = async (env: Record<string, string> = {}) => {
    const server = await startTestServer({
      storage,
      clock: time.clock,
      config: testConfig({ jwtSecret: 'one secret shared by every node', heartbeatMs: 100 }, env),
    });
    servers.push(server);
    return server;
  };
  const connect = async (url: string, token: string) => {
    const socket = await TestSocket.connect(url, token, 0);
    sockets.push(socket);
    return socket;
  };

  let server: RunningServer;
  beforeAll(async () => {
    ({ storage, dispose } = await dialect.open());
    server = await start();
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.close();
  });
  afterAll(async () => {
    for (const running of servers) await running.close();
    await dispose();
  });

  const refresh = (refreshToken: string, url = server.url) =>
    request<Session & { code: string }>(url, 'POST', '/api/v1/auth/refresh', {
      body: { refresh_token: refreshToken },
    });
  const me = (token: string, url = server.url) =>
    request<{ code: string }>(url, 'GET', '/api/v1/me', { token });
  const logout = (token: string) => request(server.url, 'POST', '/api/v1/auth/logout', { token });

  it('a refresh token buys a new pair once; the new access token works, and so does the old one until it expires', async () => {
    const session = await registerUser(server.url);
    const next = await refresh(session.refresh_token);
    expect(next.status).toBe(200);
    expect(next.body.user).toEqual(session.user);
    expect(next.body.refresh_token).not.toBe(session.refresh_token);
    expect(next.body.access_token).not.toBe(session.access_token);
    expect((await me(next.body.access_token)).status).toBe(200);
    expect((await me(session.access_token)).status).toBe(200);
    const third = await refresh(next.body.refresh_token);
    expect(third.status).toBe(200);
  });

  it('reusing a rotated refresh token revokes the whole family: every token of that login is refused, another login is not', async () => {
    const session = await registerUser(server.url);
    const other = await request<Session>(server.url, 'POST', '/api/v1/auth/login', {
      body: { email: session.user.email, password: 'correct horse battery' },
    });
    const rotated = await refresh(session.refresh_token);
    const socket = await connect(server.url, rotated.body.access_token);

    const replay = await refresh(session.refresh_token);
    expect(replay.status).toBe(401);
    expect(replay.body.code).toBe('unauthorized');
    expect((await refresh(rotated.body.refresh_token)).status).toBe(401);
    expect((await me(rotated.body.access_token)).body.code).toBe('unauthorized');
    expect((await me(session.access_token)).status).toBe(401);
    expect(await socket.waitForClose()).toBe(CloseCode.badToken);

    expect((await me(other.body.access_token)).status).toBe(200);
    expect((await refresh(other.body.refresh_token)).status).toBe(200);
  });

  it('two refreshes of one token at once: one wins, the other counts as reuse and ends the family', async () => {
    const session = await registerUser(server.url);
    const answers = await Promise.all([refresh(session.refresh_token), refresh(session.refresh_token)]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 401]);
    const winner = answers.find((a) => a.status === 200);
    expect((await me(winner?.body.access_token as string)).status).toBe(401);
  });

  it('logout answers 204, ends the access token, the refresh token and the open sockets of that session only', async () => {
    const session = await registerUser(server.url);
    const second = await request<Session>(server.url, 'POST', '/api/v1/auth/login', {
      body: { email: session.user.email, password: 'correct horse battery' },
    });
    const mine = await connect(server.url, session.access_token);
    const theirs = await connect(server.url, second.body.access_token);

    expect((await logout(session.access_token)).status).toBe(204);
    expect(await mine.waitForClose()).toBe(CloseCode.badToken);
    expect(mine.frames.at(-1)).toMatchObject({ type: 'error', code: 'invalid_token' });
    expect((await me(session.access_token)).status).toBe(401);
    expect((await refresh(session.refresh_token)).status).toBe(401);
    expect((await logout(session.access_token)).status).toBe(401);

    expect((await me(second.body.access_token)).status).toBe(200);
    expect(theirs.closeCode).toBeNull();
  });

  it('an expired refresh token is refused', async () => {
    const session = await registerUser(server.url);
    time.advance(31 * 86_400_000);
    try {
      const answer = await refresh(session.refresh_token);
      expect(answer.status).toBe(401);
      expect(answer.body.code).toBe('unauthorized');
    } finally {
      time.advance(-31 * 86_400_000);
    }
  });

  it.each([
    ['garbage', 'not a token'],
    ['an unknown selector', `${'A'.repeat(22)}.${'B'.repeat(43)}`],
  ])('%s as a refresh token answers 401', async (_name, token) => {
    const answer = await refresh(token);
    expect(answer.status).toBe(401);
  });

  it('a known selector with a wrong secret is refused, and the real token still works', async () => {
    const session = await registerUser(server.url);
    const [selector] = session.refresh_token.split('.');
    expect((await refresh(`${selector}.${'x'.repeat(43)}`)).status).toBe(401);
    expect((await refresh(session.refresh_token)).status).toBe(200);
  });

  it('only hashes are stored: the refresh token secret is nowhere in the database', async () => {
    const session = await registerUser(server.url);
    const [selector, secret] = session.refresh_token.split('.') as [string, string];
    const stored = await storage.repos.sessions.findToken(selector);
    expect(stored?.secretHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(secret);
  });

  it('a session revoked on another node: its requests there are refused within the cache bound, its sockets and SSE streams there end at a heartbeat', async () => {
    const other = await start({ FITIQ_SESSION_CACHE_MS: '50', FITIQ_SSE_HEARTBEAT_MS: '100' });
    const session = await registerUser(server.url);
    expect((await me(session.access_token, other.url)).status).toBe(200);
    const remote = await connect(other.url, session.access_token);
    const stream = readSse(other.url, session.access_token, { until: () => false });

    expect((await logout(session.access_token)).status).toBe(204);
    await expect.poll(async () => (await me(session.access_token, other.url)).status).toBe(401);
    expect(await remote.waitForClose()).toBe(CloseCode.badToken);
    await stream;
  });

  it('an SSE stream of a session that logs out on the same node ends at once', async () => {
    const session = await registerUser(server.url);
    let opened: () => void = () => {};
    const ready = new Promise<void>((resolve) => {
      opened = resolve;
    });
    const stream = readSse(server.url, session.access_token, {
      until: (_events, comments) => {
        if (comments.length > 0) opened();
        return false;
      },
    });
    await ready;
    expect((await logout(session.access_token)).status).toBe(204);
    await stream;
  });
});
