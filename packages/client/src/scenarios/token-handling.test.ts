import { registerUser } from '@fitiq/server/testing';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { AuthError } from '../api/errors.js';
import { TokenManager } from '../api/token-manager.js';
import { Connection } from '../connection/connection.js';
import { memoryCursorStore } from '../connection/cursor-store.js';
import { Diagnostics } from '../diagnostics/diagnostics.js';
import { createHarness, stateReached } from '../testing/harness.js';
import { webSocketTransport } from '../transports/websocket-transport.js';

const harness = createHarness();
afterEach(() => harness.cleanup());

/** A connection over the WebSocket alone, starting from cursor 0: the socket's 4001 is the only check of the token. */
const socketOnly = (url: string, tokens: TokenManager) => {
  const diagnostics = new Diagnostics();
  const connection = new Connection({
    transports: { websocket: webSocketTransport({ baseUrl: url, WebSocket, connectTimeoutMs: 3_000 }) },
    tokens,
    cursorStore: memoryCursorStore(0),
    resolveHead: async () => 0,
    diagnostics,
    backoff: { baseMs: 10, maxMs: 50 },
  });
  harness.onCleanup(() => connection.stop());
  return { connection, diagnostics };
};

const closed = (connection: Connection) =>
  new Promise<void>((resolve) => {
    connection.on('state', ({ newState }) => newState.state === 'closed' && resolve());
  });

describe('token handling, against the real server', () => {
  it('socket refuses the token (4001) and the app has no new one: asked once, then closed, no retry loop', async () => {
    const server = await harness.server();
    let asked = 0;
    const tokens = new TokenManager('not-a-token', () => {
      asked++;
      return null;
    });
    const { connection, diagnostics } = socketOnly(server.url, tokens);
    const done = closed(connection);
    connection.start();
    await done;
    expect(connection.state.error).toBeInstanceOf(AuthError);
    expect(asked).toBe(1);
    expect(diagnostics.snapshot().transports.websocket.attempts).toBe(1);
  });

  it('4001, and the renewed token is refused too: one renewal, two attempts, then closed', async () => {
    const server = await harness.server();
    const asked: string[] = [];
    const tokens = new TokenManager('expired-token', (rejected) => {
      asked.push(rejected);
      return `still-bad-${asked.length}`;
    });
    const { connection, diagnostics } = socketOnly(server.url, tokens);
    const done = closed(connection);
    connection.start();
    await done;
    expect(asked).toEqual(['expired-token']);
    expect(diagnostics.snapshot().transports.websocket.attempts).toBe(2);
    expect(connection.state.error).toBeInstanceOf(AuthError);
  });

  it('4001 with a renewal that works: live with the new token', async () => {
    const server = await harness.server();
    const { access_token: fresh } = await registerUser(server.url);
    const tokens = new TokenManager('expired-token', () => fresh);
    const { connection } = socketOnly(server.url, tokens);
    const live = new Promise<void>((resolve) =>
      connection.on('state', ({ newState }) => newState.state === 'live' && resolve()),
    );
    connection.start();
    await live;
    expect(tokens.current).toBe(fresh);
  });

  it('HTTP 401 everywhere: the app is asked once; the outbox keeps the meal until setToken, then uploads it', async () => {
    const server = await harness.server();
    const { access_token: good } = await registerUser(server.url);
    let asked = 0;
    const client = harness.client({
      baseUrl: server.url,
      token: 'bad-token',
      renewToken: () => {
        asked++;
        return 'another-bad-token';
      },
      day: { tz: 'UTC' },
    });
    await client.start();
    await stateReached(client, 'closed');
    expect(client.connection.state.error).toBeInstanceOf(AuthError);
    const local = await client.log('a banana');
    expect(client.outbox.records.map((r) => r.status)).toEqual(['pending']);
    expect(asked).toBe(1);

    client.setToken(good);
    await stateReached(client, 'live');
    expect((await client.settled(local.key)).status).toBe('completed');
    expect(asked).toBe(1);
  });
});
