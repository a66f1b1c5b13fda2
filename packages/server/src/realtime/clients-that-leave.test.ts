import { mkdtempSync } from 'node:fs';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.js';
import { createSqliteStorage, type SqliteStorage } from '../storage/sqlite/sqlite-storage.js';
import type { Storage } from '../storage/storage.js';
import { registerUser, request } from '../testing/http-client.js';
import { openStream, sseStreamsOpen } from '../testing/sse-client.js';
import { startTestServer, testConfig } from '../testing/test-server.js';

/**
 * A storage whose stream-position read (the cursor check every transport starts with) waits while
 * the test holds it, so that a client can leave at exactly that moment.
 */
const heldAtCursorCheck = () => {
  const inner: SqliteStorage = createSqliteStorage(
    join(mkdtempSync(join(tmpdir(), 'fitiq-leave-')), 'fitiq.db'),
  );
  let hold: { reached: () => void; gate: Promise<void> } | null = null;
  const storage: Storage = {
    ...inner,
    repos: {
      ...inner.repos,
      events: {
        ...inner.repos.events,
        async position(userId) {
          if (hold) {
            hold.reached();
            await hold.gate;
          }
          return inner.repos.events.position(userId);
        },
      },
    },
  };
  /** Holds the next cursor check; resolves with the way to let it go once a request reached it. */
  const holdNext = () => {
    let release = () => {};
    const reached = new Promise<() => void>((resolve) => {
      hold = {
        reached: () => resolve(release),
        gate: new Promise<void>((done) => {
          release = () => {
            hold = null;
            done();
          };
        }),
      };
    });
    return reached;
  };
  return { storage, inner, holdNext };
};

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
  const held = heldAtCursorCheck();
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

const metric = async (url: string, name: string): Promise<number> => {
  const text = (await request<string>(url, 'GET', '/metrics')).body;
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return Number(line?.split(' ').pop() ?? 0);
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
    while ((await metric(url, gone)) < 1) {
      // The handler runs on once the cursor check is let go; it counts the poll as gone when done.
    }
    expect(await metric(url, 'fitiq_long_polls_waiting')).toBe(0);
  });
});
