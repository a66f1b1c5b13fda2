import type { PollResponse, StreamEvent } from '@fitiq/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.js';
import { GatedParser } from '../testing/gated-parser.js';
import { logMeal, registerUser, request } from '../testing/http-client.js';
import { readSse } from '../testing/sse-client.js';
import { startTestServer, testConfig } from '../testing/test-server.js';
import { assertContiguous, TestSocket } from '../testing/ws-client.js';

let server: RunningServer;
let token: string;
const parser = new GatedParser();

beforeAll(async () => {
  server = await startTestServer({ parser, config: testConfig({ sseHeartbeatMs: 100 }) });
  ({ access_token: token } = await registerUser(server.url));
});
afterAll(() => server.close());

const poll = (query: string) =>
  request<PollResponse>(server.url, 'GET', `/api/v1/events?${query}`, { token });

describe('long-polling and SSE read the same stream with the same cursor', () => {
  it('all three transports return the same events with the same seqs', async () => {
    const socket = await TestSocket.connect(server.url, token, 0);
    await logMeal(server.url, token, 'toast');
    await logMeal(server.url, token, 'tea');
    await parser.waitForCalls(2);
    parser.completeNext();
    parser.completeNext();
    await socket.waitFor(() => socket.events.length >= 4);

    const polled = await poll('after=0');
    expect(polled.status).toBe(200);
    expect(polled.body.head).toBe(4);
    const sse = await readSse(server.url, token, { after: 0, until: (events) => events.length >= 4 });

    assertContiguous(polled.body.events, 0);
    expect(polled.body.events).toEqual(socket.events);
    expect(sse.events.map((e) => e.data)).toEqual(socket.events);
    expect(sse.events.map((e) => [e.id, e.event])).toEqual(socket.events.map((e) => [String(e.seq), e.type]));
    socket.close();
  });

  it('limit pages through the stream', async () => {
    const first = await poll('after=0&limit=3');
    expect(first.body.events.map((e) => e.seq)).toEqual([1, 2, 3]);
    const rest = await poll('after=3&limit=3');
    expect(rest.body.events.map((e) => e.seq)).toEqual([4]);
  });

  it('a long-poll with nothing new is held, and answered as soon as an event arrives', async () => {
    const { head } = (await poll('after=0')).body;
    const held = poll(`after=${head}&wait=30`);
    let answered = false;
    void held.then(() => {
      answered = true;
    });
    // The request is registered server-side before we commit: wait for the server to hold it.
    await expect
      .poll(async () => (await request<string>(server.url, 'GET', '/metrics')).body)
      .toMatch(/fitiq_long_polls_waiting 1/);
    expect(answered).toBe(false);
    const posted = await logMeal(server.url, token, 'juice');
    const answer = await held;
    expect(answer.body.events.map((e: StreamEvent) => e.data.meal_log.id)).toEqual([posted.body.id]);
    expect(answer.body.events[0]?.seq).toBe(head + 1);
  });

  it('a long-poll that times out answers with no events and the head', async () => {
    const { head } = (await poll('after=0')).body;
    const answer = await poll(`after=${head}&wait=0.2`);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ events: [], head });
  });

  it('SSE resumes from Last-Event-ID and sends live events and heartbeats', async () => {
    const { head } = (await poll('after=0')).body;
    const reading = readSse(server.url, token, {
      lastEventId: String(head - 1),
      until: (events, comments) => events.length >= 2 && comments.some((c) => c.startsWith(' heartbeat')),
    });
    const posted = await logMeal(server.url, token, 'soup');
    const sse = await reading;
    expect(sse.events[0]?.id).toBe(String(head));
    expect(sse.events[1]?.data.data.meal_log.id).toBe(posted.body.id);
    expect(sse.contentType).toMatch(/^text\/event-stream/);
  });

  it.each([
    ['after=-1', 400, 'validation_failed'],
    ['after=abc', 400, 'validation_failed'],
    ['after=0&limit=0', 400, 'validation_failed'],
    ['after=0&limit=501', 400, 'validation_failed'],
    ['after=0&wait=31', 400, 'validation_failed'],
    ['after=0&colour=red', 400, 'validation_failed'],
    ['after=999', 410, 'cursor_expired'],
  ])('GET /events?%s answers %i %s', async (query, status, code) => {
    const answer = await request<{ code: string }>(server.url, 'GET', `/api/v1/events?${query}`, { token });
    expect(answer.status).toBe(status);
    expect(answer.body.code).toBe(code);
    expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('a cursor beyond the head gets 410 with the head to reload from', async () => {
    const { head } = (await poll('after=0')).body;
    const answer = await request<{ code: string; head: number }>(
      server.url,
      'GET',
      `/api/v1/events?after=${head + 50}`,
      {
        token,
      },
    );
    expect(answer.status).toBe(410);
    expect(answer.body).toMatchObject({ code: 'cursor_expired', head });
  });

  it('SSE refuses a bad cursor with problem+json', async () => {
    const badId = await fetch(`${server.url}/api/v1/events/stream`, {
      headers: { authorization: `Bearer ${token}`, 'last-event-id': 'abc' },
    });
    expect(badId.status).toBe(400);
    const future = await fetch(`${server.url}/api/v1/events/stream?after=9999`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(future.status).toBe(410);
    expect(((await future.json()) as { code: string }).code).toBe('cursor_expired');
    const anonymous = await fetch(`${server.url}/api/v1/events/stream?after=0`);
    expect(anonymous.status).toBe(401);
  });
});
