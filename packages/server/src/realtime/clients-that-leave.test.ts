import type { Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.js';
import type { SqliteStorage } from '../storage/sqlite/sqlite-storage.js';
import { storageHeldAtCursorCheck } from '../testing/held-storage.js';
import { registerUser } from '../testing/http-client.js';
import { readMetric } from '../testing/metrics-reader.js';
import { openStream, sseStreamsOpen } from '../testing/sse-client.js';
import { startTestServer, testConfig } from '../testing/test-server.js';

let server: RunningServer | undefined;
let inner: SqliteStorage | undefined;
afterEach(async () => {
  await server?.close();
  await inner?.close();
});

/**
 * Starts a server on a held storage and a user, and makes `leave(path)`: a request that is abandoned
 * while its cursor check is held, resolving once the server's side of its connection has closed.
 */
const setUp = async (config: Parameters<typeof testConfig>[0] = {}) => {
  const held = storageHeldAtCursorCheck();
  inner = held.inner;
  server = await startTestServer({ storage: held.storage, config: testConfig(config) });
  const running = server;
  // Every connection the client makes from here on, to see the server's side of the one that leaves.
  const sockets: Socket[] = [];
  running.app.server.on('connection', (socket: Socket) => sockets.push(socket));
  const { access_token: token } = await registerUser(running.url);
  const leave = async (path: string) => {
    const reached = held.holdNext();
    const abort = new AbortController();
    const abandoned = fetch(`${running.url}${path}`, {
      headers: { authorization: `Bearer ${token}` },
      signal: abort.signal,
    }).catch(() => null);
    const release = await reached;
    const closed = new Promise((resolve) => {
      for (const socket of sockets) socket.once('close', resolve);
    });
    abort.abort();
    await Promise.all([closed, abandoned]);
    release();
  };
  return { url: running.url, token, leave };
};

describe('a client that leaves while its request is under way', () => {
  it('an SSE stream left before it opened gives back its place under the connection limits', async () => {
    const { url, token, leave } = await setUp({ maxConnectionsPerUser: 1 });
    await leave('/api/v1/events/stream');
    // The user's only place is free again.
    const stream = await openStream(url, token);
    expect(stream.status).toBe(200);
    stream.close();
    await sseStreamsOpen(url, 0);
  });

  it('a long-poll left before its wait began does not wait for anyone', async () => {
    const { url, leave } = await setUp();
    await leave('/api/v1/events?after=0&wait=30');
    const gone = 'fitiq_poll_requests_total{result="gone"}';
    while ((await readMetric(url, gone)) < 1) {
      // The handler runs on once the cursor check is let go; it counts the poll as gone when done.
    }
    expect(await readMetric(url, 'fitiq_long_polls_waiting')).toBe(0);
  });
});
