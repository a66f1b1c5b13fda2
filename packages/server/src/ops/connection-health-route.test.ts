import type { ConnectionHealth, StreamEvent } from '@fitiq/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.js';
import { logMeal, registerUser, request } from '../testing/http-client.js';
import { startTestServer } from '../testing/test-server.js';
import { TestSocket } from '../testing/ws-client.js';

const PATH = '/api/v1/me/connection-health';

describe('GET /api/v1/me/connection-health', () => {
  let server: RunningServer;
  let mine: string;
  let theirs: string;
  let socket: TestSocket;
  let theirSocket: TestSocket;

  beforeAll(async () => {
    server = await startTestServer();
    mine = (await registerUser(server.url)).access_token;
    theirs = (await registerUser(server.url)).access_token;
    socket = await TestSocket.connect(server.url, mine, 0);
    theirSocket = await TestSocket.connect(server.url, theirs, 0);
    // Their meal, delivered and acknowledged on their socket: none of it may show in my figures.
    await logMeal(server.url, theirs, 'a banana');
    await theirSocket.waitFor(() => theirSocket.events.some((e) => e.type === 'meal_log.completed'));
    for (const event of theirSocket.events) theirSocket.send({ type: 'ack', seq: event.seq });
  });
  afterAll(async () => {
    socket.close();
    theirSocket.close();
    await server.close();
  });

  const health = async (token: string) => {
    const answer = await request<ConnectionHealth>(server.url, 'GET', PATH, { token });
    expect(answer.status).toBe(200);
    return answer.body;
  };

  it('needs a session', async () => {
    const answer = await request(server.url, 'GET', PATH);
    expect(answer.status).toBe(401);
    expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it("counts only the caller's connections, and nothing of another user's meals", async () => {
    const { you } = await health(mine);
    expect(you.open_connections).toEqual({ websocket: 1, sse: 0, long_poll: 0 });
    expect(you.events_sent).toEqual({ websocket: 0, sse: 0, long_poll: 0 });
    expect(you.events_delivered).toBe(0);
    expect(you.delivery_latency.count).toBe(0);
    expect(you.processing_outcomes).toEqual({ completed: 0, failed: 0, error: 0, retried: 0 });
  });

  it("after the caller's own meal is delivered and acknowledged, its figures count it", async () => {
    await logMeal(server.url, mine, 'two eggs');
    await socket.waitFor(() => socket.events.some((e) => e.type === 'meal_log.completed'));
    const last = socket.events.at(-1) as StreamEvent;
    socket.send({ type: 'ack', seq: last.seq });
    await expect.poll(async () => (await health(mine)).you.events_delivered).toBe(2);

    const { you } = await health(mine);
    expect(you.events_sent.websocket).toBe(2);
    expect(you.delivery_latency.count).toBe(2);
    expect(you.delivery_latency.buckets.at(-1)?.count).toBeLessThanOrEqual(2);
    expect(you.processing_outcomes.completed).toBe(1);
    expect(you.processing.count).toBe(1);
  });

  it('server-wide, only quantiles, and none until enough observations that one user cannot be read off them', async () => {
    const { server: figures } = await health(mine);
    expect(figures).toEqual({
      delivery_latency: { p50_seconds: null, p99_seconds: null },
      processing: { p50_seconds: null, p99_seconds: null },
    });
  });

  it('is in the OpenAPI document, with its response schema', async () => {
    const doc = await request<{ paths: Record<string, { get?: { responses: Record<string, unknown> } }> }>(
      server.url,
      'GET',
      '/api/v1/openapi.json',
    );
    expect(doc.body.paths[PATH]?.get?.responses).toHaveProperty('200');
  });
});
