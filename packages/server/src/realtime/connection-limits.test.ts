import { CloseCode, type ErrorFrame, type Problem } from '@fitiq/contract';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.js';
import { registerUser } from '../testing/http-client.js';
import { openStream, sseStreamsOpen } from '../testing/sse-client.js';
import { startTestServer, testConfig } from '../testing/test-server.js';
import { tryUpgrade } from '../testing/upgrade.js';
import { TestSocket } from '../testing/ws-client.js';

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
});
