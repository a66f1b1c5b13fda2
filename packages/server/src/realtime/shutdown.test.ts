import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.js';
import type { SqliteStorage } from '../storage/sqlite/sqlite-storage.js';
import { GatedParser } from '../testing/gated-parser.js';
import { storageHeldAtCursorCheck } from '../testing/held-storage.js';
import { logMeal, registerUser } from '../testing/http-client.js';
import { waitForMetric } from '../testing/metrics-reader.js';
import { openStream } from '../testing/sse-client.js';
import { startTestServer, testConfig } from '../testing/test-server.js';

type Poll = { events: unknown[]; head: number };

/** A long-poll the server may hold for 30 s, with the keep-alive connection fetch gives it. */
const poll = async (baseUrl: string, token: string, after: number) => {
  const response = await fetch(`${baseUrl}/api/v1/events?after=${after}&wait=30`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: response.status, body: (await response.json()) as Poll };
};

/*
 * Where what a test checks is broken, the server waits: a poll's whole 30 s, or a keep-alive timeout
 * of 72 s. The short test timeout turns that wait into a failure.
 */
const SHORT = 15_000;

let server: RunningServer | undefined;
let inner: SqliteStorage | undefined;
afterEach(async () => {
  await server?.close();
  await inner?.close();
  server = undefined;
  inner = undefined;
});

describe('what is held open when the server shuts down', () => {
  it(
    'a waiting long-poll is answered at once with no events and the head, instead of holding the shutdown for its wait',
    async () => {
      server = await startTestServer();
      const { access_token: token } = await registerUser(server.url);
      await logMeal(server.url, token, 'an apple');
      await waitForMetric(server.url, 'fitiq_processing_outcomes_total{outcome="completed"}', 1);
      const held = poll(server.url, token, 2);
      await waitForMetric(server.url, 'fitiq_long_polls_waiting', 1);

      await server.close();
      expect(await held).toEqual({ status: 200, body: { events: [], head: 2 } });
    },
    SHORT,
  );

  it(
    'an SSE stream or a long-poll begun while in-flight jobs finish (after shutdown began) ends at once',
    async () => {
      const parser = new GatedParser();
      // The worker's grace outlasts the test: the shutdown stays in that phase until the job ends.
      server = await startTestServer({ parser, config: testConfig({ shutdownGraceMs: 60_000 }) });
      const { access_token: token } = await registerUser(server.url);
      await logMeal(server.url, token, 'an apple');
      await parser.waitForCalls(1);
      const closed = server.close();

      expect(await poll(server.url, token, 1)).toEqual({ status: 200, body: { events: [], head: 1 } });
      const stream = await openStream(server.url, token);
      expect(stream.status).toBe(200);
      await stream.ended;

      // The job in flight still finishes, as graceful shutdown promises.
      parser.completeNext();
      await closed;
    },
    SHORT,
  );

  it(
    'a request still being answered when the server closes ends its connection with the answer, instead of holding the close for the keep-alive timeout',
    async () => {
      const held = storageHeldAtCursorCheck();
      inner = held.inner;
      const running = await startTestServer({ storage: held.storage });
      server = running;
      const { access_token: token } = await registerUser(running.url);
      const reached = held.holdNext();
      const answer = fetch(`${running.url}/api/v1/events?after=0`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const release = await reached;

      const closed = running.close();
      // The server stops listening once the shutdown reaches the HTTP server: the request is in flight.
      while (running.app.server.listening) await new Promise((resolve) => setImmediate(resolve));
      release();
      expect((await answer).status).toBe(200);
      await closed;
    },
    SHORT,
  );

  it(
    'a request that reaches the server while it closes, on a connection still in use, is answered like any other, not with a bare 503',
    async () => {
      const held = storageHeldAtCursorCheck();
      inner = held.inner;
      const running = await startTestServer({ storage: held.storage });
      server = running;
      const { access_token: token } = await registerUser(running.url);
      const { port } = new URL(running.url);
      // Two requests on one connection: the second is sent once the server has begun to close.
      const socket = connect(Number(port), '127.0.0.1');
      let received = '';
      socket.on('data', (chunk: Buffer) => {
        received += chunk.toString();
      });
      const ended = new Promise((resolve) => socket.once('close', resolve));
      const reached = held.holdNext();
      const get = (path: string) =>
        `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${token}\r\n\r\n`;
      socket.write(get('/api/v1/events?after=0'));
      const release = await reached;

      const closed = running.close();
      while (running.app.server.listening) await new Promise((resolve) => setImmediate(resolve));
      socket.write(get('/api/v1/me'));
      release();
      await ended;
      await closed;
      const statuses = [...received.matchAll(/HTTP\/1\.1 (\d{3})/g)].map((match) => match[1]);
      expect(statuses).toEqual(['200', '200']);
      expect(received).toContain('"email"');
    },
    SHORT,
  );
});
