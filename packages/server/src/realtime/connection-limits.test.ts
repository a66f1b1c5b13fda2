import { CloseCode, type ErrorFrame, type Problem } from '@fitiq/contract';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.js';
import { logMeal, registerUser } from '../testing/http-client.js';
import { waitForMetric } from '../testing/metrics-reader.js';
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

const WAITING = 'fitiq_long_polls_waiting';

/** A long-poll that the server holds until an event after `after` arrives (or 30 s pass). */
const holdPoll = (baseUrl: string, token: string, after: number, signal?: AbortSignal) =>
  fetch(`${baseUrl}/api/v1/events?after=${after}&wait=30`, {
    headers: { authorization: `Bearer ${token}` },
    signal,
  });

describe('long-polls count against the connection limits while they wait', () => {
  it('a waiting poll takes one of the user’s places: one more poll that would wait, or stream, gets 429; polls that need not wait are answered; the place comes back with the answer', async () => {
    server = await startTestServer({ config: testConfig({ maxConnectionsPerUser: 2 }) });
    const { access_token: token } = await registerUser(server.url);
    const socket = await TestSocket.connect(server.url, token, 0);
    const held = holdPoll(server.url, token, 0);
    await waitForMetric(server.url, WAITING, 1);

    const refused = await holdPoll(server.url, token, 0);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const problem = (await refused.json()) as Problem;
    expect(problem.code).toBe('too_many_connections');
    expect(problem.detail).toMatch(/at most 2 sockets, streams and waiting polls/i);
    expect((await openStream(server.url, token)).status).toBe(429);
    // A poll that does not wait holds nothing, so it is answered whatever the user holds.
    const quick = await fetch(`${server.url}/api/v1/events?after=0&wait=0`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(quick.status).toBe(200);
    expect(((await quick.json()) as { events: unknown[] }).events).toEqual([]);

    // An event ends the held poll; its place comes back, and the refused poll can now wait.
    await logMeal(server.url, token, 'an apple');
    const answered = await held;
    expect(answered.status).toBe(200);
    const { events } = (await answered.json()) as { events: Array<{ seq: number; type: string }> };
    expect(events[0]).toMatchObject({ seq: 1, type: 'meal_log.created' });
    await waitForMetric(server.url, WAITING, 0);
    const stream = await openStream(server.url, token);
    expect(stream.status).toBe(200);

    // At the limit again (a socket and a stream): a poll with events to read is answered at once.
    const ready = await holdPoll(server.url, token, 0);
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { events: unknown[] }).events.length).toBeGreaterThan(0);
    expect(socket.closeCode).toBeNull();
    stream.close();
    socket.close();
  });

  it('past FITIQ_MAX_SOCKETS, a poll that would wait is answered 503 with Retry-After; a client that leaves its waiting poll gives the place back', async () => {
    server = await startTestServer({ config: testConfig({ maxSockets: 1 }) });
    const [alice, bob] = [await registerUser(server.url), await registerUser(server.url)];
    const leave = new AbortController();
    const held = holdPoll(server.url, alice.access_token, 0, leave.signal).catch(() => null);
    await waitForMetric(server.url, WAITING, 1);

    const refused = await holdPoll(server.url, bob.access_token, 0);
    expect(refused.status).toBe(503);
    expect(((await refused.json()) as Problem).code).toBe('service_unavailable');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await openStream(server.url, bob.access_token)).status).toBe(503);
    expect((await tryUpgrade(server.url)).status).toBe(503);

    leave.abort();
    await held;
    await waitForMetric(server.url, WAITING, 0);
    const stream = await openStream(server.url, bob.access_token);
    expect(stream.status).toBe(200);
    stream.close();
  });
});
