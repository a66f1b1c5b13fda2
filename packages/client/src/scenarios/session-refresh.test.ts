import type { Session } from '@fitiq/contract';
import { logMeal, registerUser, request } from '@fitiq/server/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, AuthError } from '../api/errors.js';
import { storageSessionStore } from '../api/session-store.js';
import type { SignOutReason } from '../client.js';
import { memoryStorage } from '../storage/memory-storage.js';
import { createHarness, stateReached } from '../testing/harness.js';
import { expectContiguous, recordEvents } from '../testing/scenario-helpers.js';

const harness = createHarness();
afterEach(() => harness.cleanup());

/** A fetch that counts the refresh requests the SDK makes. */
const countingFetch = () => {
  const counter = { refreshes: 0 };
  const fetchImpl: typeof fetch = (input, init) => {
    if (String(input).endsWith('/api/v1/auth/refresh')) counter.refreshes++;
    return fetch(input, init);
  };
  return { counter, fetchImpl };
};

const signedOut = (client: {
  on: (name: 'signedOut', l: (p: { reason: SignOutReason }) => void) => () => void;
}) => new Promise<SignOutReason>((resolve) => client.on('signedOut', ({ reason }) => resolve(reason)));

const withRefresh = (session: Session, token = session.access_token) => ({
  token,
  refreshToken: session.refresh_token,
});

/** Waits until the server refuses `token` (one-second access tokens in these tests). */
const expired = (serverUrl: string, token: string) =>
  vi.waitFor(
    async () => expect((await request(serverUrl, 'GET', '/api/v1/me', { token })).status).toBe(401),
    { timeout: 5_000, interval: 100 },
  );

describe('sessions in the SDK, against the real server', () => {
  it('an expired access token: the request is refreshed once and retried, and the new pair is stored', async () => {
    const shortLived = await harness.server({}, { accessTokenTtlSeconds: 1 });
    const session = await registerUser(shortLived.url);
    await expired(shortLived.url, session.access_token);
    const storage = memoryStorage();
    const client = harness.client({ baseUrl: shortLived.url, storage, ...withRefresh(session) });
    expect(await client.api.me()).toEqual(session.user);
    expect(client.tokens.current).not.toBe(session.access_token);
    const stored = await storageSessionStore(storage).load();
    expect(stored?.access_token).toBe(client.tokens.current);
    expect(stored?.refresh_token).not.toBe(session.refresh_token);
  });

  it('many requests refused at once share one refresh (a second one would look like theft)', async () => {
    const server = await harness.server();
    const session = await registerUser(server.url);
    const { counter, fetchImpl } = countingFetch();
    const client = harness.client({
      baseUrl: server.url,
      fetch: fetchImpl,
      ...withRefresh(session, 'refused'),
    });
    const answers = await Promise.all(Array.from({ length: 5 }, () => client.api.me()));
    expect(answers.every((user) => user.id === session.user.id)).toBe(true);
    expect(counter.refreshes).toBe(1);
  });

  it('a socket refused with 4001 mid-stream: refresh, reconnect and resume from the cursor, nothing missed or repeated', async () => {
    const server = await harness.server();
    const session = await registerUser(server.url);
    const client = harness.client({
      baseUrl: server.url,
      transports: ['websocket'],
      day: { tz: 'UTC' },
      ...withRefresh(session),
    });
    const events = recordEvents(client);
    await client.start();
    await stateReached(client, 'live');
    await logMeal(server.url, session.access_token, 'an apple');
    await vi.waitFor(() => expect(events.length).toBe(2));

    // The next hello carries a token the server refuses: 4001, as after expiry.
    client.tokens.set('expired-access-token');
    client.connection.reconnectNow();
    await logMeal(server.url, session.access_token, 'a pear');
    await vi.waitFor(() => expect(events.length).toBe(4));
    await stateReached(client, 'live');
    expectContiguous(events, 1);
    expect(client.tokens.current).not.toBe('expired-access-token');
    expect(client.tokens.refreshToken).not.toBe(session.refresh_token);
  });

  it('the refresh itself is refused (the session was revoked): signed out, the connection closes, the stored session is gone', async () => {
    const server = await harness.server();
    const session = await registerUser(server.url);
    const storage = memoryStorage();
    const client = harness.client({
      baseUrl: server.url,
      storage,
      day: { tz: 'UTC' },
      ...withRefresh(session),
    });
    const out = signedOut(client);
    await client.start();
    await stateReached(client, 'live');

    // Signed out from elsewhere: the server closes the socket with 4001 and refuses the refresh.
    await request(server.url, 'POST', '/api/v1/auth/logout', { token: session.access_token });
    expect(await out).toBe('session_ended');
    await stateReached(client, 'closed');
    expect(client.connection.state.error).toBeInstanceOf(AuthError);
    expect(client.signedIn).toBe(false);
    expect(await storageSessionStore(storage).load()).toBeNull();
  });

  it('two tabs on one store: the second adopts the pair the first refreshed instead of presenting a used refresh token', async () => {
    const server = await harness.server();
    const session = await registerUser(server.url);
    const storage = memoryStorage();
    const { counter, fetchImpl } = countingFetch();
    const tab = () =>
      harness.client({
        baseUrl: server.url,
        fetch: fetchImpl,
        sessionStore: storageSessionStore(storage),
        ...withRefresh(session, 'refused'),
      });
    const first = tab();
    const second = tab();
    await first.api.me();
    expect(counter.refreshes).toBe(1);
    expect((await second.api.me()).id).toBe(session.user.id);
    expect(counter.refreshes).toBe(1);
    expect(second.tokens.current).toBe(first.tokens.current);
    // The session is still alive for both: no theft was detected.
    expect((await first.api.me()).id).toBe(session.user.id);
  });

  it('a session restored from the store at start, without a token given', async () => {
    const server = await harness.server();
    const session = await registerUser(server.url);
    const storage = memoryStorage();
    await storageSessionStore(storage).save({
      access_token: 'refused',
      refresh_token: session.refresh_token,
    });
    const client = harness.client({ baseUrl: server.url, storage, day: { tz: 'UTC' } });
    await client.start();
    await stateReached(client, 'live');
    expect(client.signedIn).toBe(true);
  });

  it('logout ends the session on the server; the refresh token is refused afterwards', async () => {
    const server = await harness.server();
    const client = harness.client({ baseUrl: server.url });
    const session = await client.register(`logout-${Date.now()}@example.com`, 'correct horse battery');
    const out = signedOut(client);
    await client.logout();
    expect(await out).toBe('logout');
    expect(client.signedIn).toBe(false);
    const refresh = await request(server.url, 'POST', '/api/v1/auth/refresh', {
      body: { refresh_token: session.refresh_token },
    });
    expect(refresh.status).toBe(401);
  });

  it('exportData and deleteAccount: a wrong password is refused without a refresh, the right one signs out', async () => {
    const server = await harness.server();
    const { counter, fetchImpl } = countingFetch();
    const client = harness.client({ baseUrl: server.url, fetch: fetchImpl, day: { tz: 'UTC' } });
    const session = await client.register(`delete-${Date.now()}@example.com`, 'correct horse battery');
    await logMeal(server.url, session.access_token, 'an apple');
    const exported = await client.exportData();
    expect(exported.user).toEqual(session.user);
    expect(exported.meal_logs).toHaveLength(1);

    const wrong = await client.deleteAccount('wrong password').catch((error: unknown) => error);
    expect(wrong).toBeInstanceOf(ApiError);
    expect((wrong as ApiError).code).toBe('invalid_credentials');
    expect(counter.refreshes).toBe(0);
    expect(client.signedIn).toBe(true);

    const out = signedOut(client);
    await client.deleteAccount('correct horse battery');
    expect(await out).toBe('account_deleted');
    const me = await request(server.url, 'GET', '/api/v1/me', { token: session.access_token });
    expect(me.status).toBe(401);
  });

  it('deleteAccount with an expired access token: a wrong password is refused after one refresh, and the right one later deletes, whatever expired meanwhile', async () => {
    const shortLived = await harness.server({}, { accessTokenTtlSeconds: 1 });
    const session = await registerUser(shortLived.url);
    await expired(shortLived.url, session.access_token);
    const { counter, fetchImpl } = countingFetch();
    const client = harness.client({ baseUrl: shortLived.url, fetch: fetchImpl, ...withRefresh(session) });

    const wrong = await client.deleteAccount('wrong password').catch((error: unknown) => error);
    expect(wrong).toBeInstanceOf(ApiError);
    expect((wrong as ApiError).code).toBe('invalid_credentials');
    expect(counter.refreshes).toBe(1);
    expect(client.signedIn).toBe(true);
    const renewed = client.tokens.current as string;
    expect(renewed).not.toBe(session.access_token);

    // The renewed token was accepted (only the password was refused): when it expires in turn it is
    // renewed again, and the right password deletes the account.
    await expired(shortLived.url, renewed);
    const out = signedOut(client);
    await client.deleteAccount('correct horse battery');
    expect(await out).toBe('account_deleted');
    expect(counter.refreshes).toBe(2);
  });

  it('deleteAccount while the socket is live: the 4001 and refused refresh that come first are not announced, only account_deleted', async () => {
    const server = await harness.server();
    const session = await registerUser(server.url);
    // The DELETE's answer is held until the socket's refresh has been refused and has cleared the
    // tokens: the order a slow network or a busy browser produces, made certain here.
    const fetchImpl: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (String(input).endsWith('/api/v1/me') && init?.method === 'DELETE')
        await vi.waitFor(() => expect(client.signedIn).toBe(false), { timeout: 10_000, interval: 5 });
      return response;
    };
    const client = harness.client({
      baseUrl: server.url,
      fetch: fetchImpl,
      transports: ['websocket'],
      day: { tz: 'UTC' },
      ...withRefresh(session),
    });
    const reasons: SignOutReason[] = [];
    client.on('signedOut', ({ reason }) => reasons.push(reason));
    await client.start();
    await stateReached(client, 'live');

    await client.deleteAccount('correct horse battery');
    expect(reasons).toEqual(['account_deleted']);
    expect(client.signedIn).toBe(false);
  });
});
