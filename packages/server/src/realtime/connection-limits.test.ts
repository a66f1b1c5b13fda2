import { mkdtempSync } from 'node:fs';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CloseCode, type ErrorFrame, type Problem } from '@fitiq/contract';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.js';
import { createSqliteStorage } from '../storage/sqlite/sqlite-storage.js';
import type { Storage } from '../storage/storage.js';
import { registerUser, request } from '../testing/http-client.js';
import { startTestServer, testConfig } from '../testing/test-server.js';
import { tryUpgrade } from '../testing/upgrade.js';
import { TestSocket } from '../testing/ws-client.js';

type OpenStream = { status: number; problem: Problem | null; retryAfter: string | null; close: () => void };

/** Opens an SSE stream and holds it: resolves once the server said `ready`, or with its refusal. */
const openStream = async (baseUrl: string, token: string): Promise<OpenStream> => {
  const abort = new AbortController();
  const response = await fetch(`${baseUrl}/api/v1/events/stream`, {
    headers: { authorization: `Bearer ${token}` },
    signal: abort.signal,
  });
  const close = () => abort.abort();
  if (!response.ok || !response.body) {
    return {
      status: response.status,
      problem: (await response.json()) as Problem,
      retryAfter: response.headers.get('retry-after'),
      close,
    };
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  while (!text.includes(': ready')) {
    const { done, value } = await reader.read();
    if (done) throw new Error('the stream ended before ready');
    text += decoder.decode(value, { stream: true });
  }
  // Keep reading in the background, as a client does, so heartbeats never back up.
  void (async () => {
    for (;;) if ((await reader.read().catch(() => ({ done: true }))).done) return;
  })();
  return { status: response.status, problem: null, retryAfter: null, close };
};

/** Waits until the server counts exactly `count` open SSE streams (it learns of a closed one a little later). */
const sseStreamsOpen = async (baseUrl: string, count: number) => {
  const gauge = 'fitiq_open_connections{transport="sse"}';
  for (;;) {
    const metrics = (await request<string>(baseUrl, 'GET', '/metrics')).body;
    const line = metrics.split('\n').find((l) => l.startsWith(`${gauge} `));
    if (Number(line?.split(' ').pop() ?? 0) === count) return;
  }
};

/** Sends hello on a new socket and reports how the server closed it. */
const helloRefusal = async (baseUrl: string, token: string) => {
  const socket = new TestSocket(baseUrl);
  await socket.open();
  socket.send({ type: 'hello', token, after: 0 });
  const code = await socket.waitForClose();
  return { code, error: socket.frames.find((f): f is ErrorFrame => f.type === 'error') };
};

let server: RunningServer;
afterEach(() => server?.close());

describe('SSE streams count against the connection limits, together with sockets', () => {
  it('a user at FITIQ_MAX_CONNECTIONS_PER_USER (a socket and a stream) gets 429 too_many_connections for one more stream and 4429 for one more socket; closing one frees its place', async () => {
    server = await startTestServer({ config: testConfig({ maxConnectionsPerUser: 2 }) });
    const { access_token: token } = await registerUser(server.url);
    const socket = await TestSocket.connect(server.url, token, 0);
    const stream = await openStream(server.url, token);
    expect(stream.status).toBe(200);

    const refused = await openStream(server.url, token);
    expect(refused.status).toBe(429);
    expect(refused.problem?.code).toBe('too_many_connections');
    expect(refused.problem?.detail).toMatch(/at most 2/i);
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    const refusedSocket = await helloRefusal(server.url, token);
    expect(refusedSocket.code).toBe(CloseCode.tooManyConnections);
    expect(refusedSocket.error?.code).toBe('too_many_connections');

    // Another user has places of their own.
    const other = await registerUser(server.url);
    const theirs = await openStream(server.url, other.access_token);
    expect(theirs.status).toBe(200);
    theirs.close();
    await sseStreamsOpen(server.url, 1);

    // What was open is untouched, and a closed stream gives its place back.
    expect(socket.closeCode).toBeNull();
    stream.close();
    await sseStreamsOpen(server.url, 0);
    const again = await openStream(server.url, token);
    expect(again.status).toBe(200);
    again.close();
    socket.close();
  });

  it('past FITIQ_MAX_SOCKETS, counting streams, a stream is answered 503 with Retry-After and an upgrade too', async () => {
    server = await startTestServer({ config: testConfig({ maxSockets: 2 }) });
    const [alice, bob] = [await registerUser(server.url), await registerUser(server.url)];
    const socket = await TestSocket.connect(server.url, alice.access_token, 0);
    const stream = await openStream(server.url, alice.access_token);
    expect(stream.status).toBe(200);

    const refused = await openStream(server.url, bob.access_token);
    expect(refused.status).toBe(503);
    expect(refused.problem?.code).toBe('service_unavailable');
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect((await tryUpgrade(server.url)).status).toBe(503);

    stream.close();
    await sseStreamsOpen(server.url, 0);
    const now = await openStream(server.url, bob.access_token);
    expect(now.status).toBe(200);
    now.close();
    socket.close();
  });

  it('a stream refused for an expired cursor gives its place back at once', async () => {
    server = await startTestServer({ config: testConfig({ maxConnectionsPerUser: 1 }) });
    const { access_token: token } = await registerUser(server.url);
    // A cursor beyond the head is not valid (see stream-reader.ts).
    const ahead = await fetch(`${server.url}/api/v1/events/stream?after=5`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(ahead.status).toBe(410);
    expect(((await ahead.json()) as Problem).code).toBe('cursor_expired');
    const stream = await openStream(server.url, token);
    expect(stream.status).toBe(200);
    stream.close();
  });

  it('a client that goes away while its stream is being opened gives its place back', async () => {
    // The stream's cursor check waits for the test: the client leaves in between.
    const inner = createSqliteStorage(join(mkdtempSync(join(tmpdir(), 'fitiq-sse-')), 'fitiq.db'));
    let hold: { entered: () => void; gate: Promise<void> } | null = null;
    const storage: Storage = {
      ...inner,
      repos: {
        ...inner.repos,
        events: {
          ...inner.repos.events,
          async position(userId) {
            if (hold) {
              hold.entered();
              await hold.gate;
            }
            return inner.repos.events.position(userId);
          },
        },
      },
    };
    server = await startTestServer({ storage, config: testConfig({ maxConnectionsPerUser: 1 }) });
    try {
      // Every connection the client makes from here on, to see the server's side of the one that leaves.
      const sockets: Socket[] = [];
      server.app.server.on('connection', (socket: Socket) => sockets.push(socket));
      const { access_token: token } = await registerUser(server.url);
      let open = () => {};
      let entered = () => {};
      const inCheck = new Promise<void>((resolve) => {
        entered = resolve;
      });
      hold = { entered, gate: new Promise<void>((resolve) => (open = resolve)) };

      const abort = new AbortController();
      const leaving = fetch(`${server.url}/api/v1/events/stream`, {
        headers: { authorization: `Bearer ${token}` },
        signal: abort.signal,
      }).catch(() => null);
      await inCheck;
      const gone = new Promise((resolve) => {
        for (const socket of sockets) socket.once('close', resolve);
      });
      abort.abort();
      await Promise.all([gone, leaving]);
      hold = null;
      open();

      const stream = await openStream(server.url, token);
      expect(stream.status).toBe(200);
      stream.close();
      await sseStreamsOpen(server.url, 0);
    } finally {
      await server.close();
      await inner.close();
    }
  });
});
