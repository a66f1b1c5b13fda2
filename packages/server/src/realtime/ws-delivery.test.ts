import type { MealLog, StreamEvent } from '@fitiq/contract';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.js';
import { GatedParser } from '../testing/gated-parser.js';
import { logMeal, registerUser, request, waitForMealOutcome } from '../testing/http-client.js';
import { startTestServer } from '../testing/test-server.js';
import { assertContiguous, TestSocket } from '../testing/ws-client.js';

const servers: RunningServer[] = [];
const sockets: TestSocket[] = [];
const start = async (...args: Parameters<typeof startTestServer>) => {
  const server = await startTestServer(...args);
  servers.push(server);
  return server;
};
const connect = async (url: string, token: string, after: number) => {
  const socket = await TestSocket.connect(url, token, after);
  sockets.push(socket);
  return socket;
};

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.terminate();
  for (const server of servers.splice(0)) await server.close();
});

const completionOf = (mealId: string) => (event: StreamEvent) =>
  event.type === 'meal_log.completed' && event.data.meal_log.id === mealId;

const dayHead = async (url: string, token: string) => {
  const day = await request<{ head: number }>(
    url,
    'GET',
    `/api/v1/meal-logs?date=${new Date().toISOString().slice(0, 10)}`,
    {
      token,
    },
  );
  return day.body.head;
};

describe('WebSocket delivery: the scenarios the replaced system got wrong', () => {
  it('socket connects after the meal was submitted and processing finished: the completion arrives right after ready', async () => {
    const server = await start();
    const { access_token: token } = await registerUser(server.url);
    const posted = await logMeal(server.url, token, '2 eggs and a slice of toast with butter');
    expect(posted.status).toBe(201);
    expect(posted.body.status).toBe('processing');
    // Wait until processing finished on the server before any socket exists.
    expect((await waitForMealOutcome(server.url, token, posted.body.id)).type).toBe('meal_log.completed');

    const socket = await connect(server.url, token, 0);
    expect(socket.ready.head).toBe(2);
    const completed = await socket.waitForEvent(completionOf(posted.body.id));
    expect(completed.data.meal_log.totals?.calories).toBeGreaterThan(200);
    expect(socket.frames[0]?.type).toBe('ready');
    assertContiguous(socket.events, 0);
    expect(socket.events.map((e) => e.type)).toEqual(['meal_log.created', 'meal_log.completed']);
  });

  it('processing finishes while the handshake is under way: the completion is delivered exactly once', async () => {
    const parser = new GatedParser();
    let finishDuringHandshake: (() => Promise<void>) | null = null;
    const server = await start({
      parser,
      realtimeHooks: { afterRegister: async () => finishDuringHandshake?.() },
    });
    const { access_token: token } = await registerUser(server.url);
    const posted = await logMeal(server.url, token, 'a banana');
    await parser.waitForCalls(1);

    // Between registration and `ready`, the meal completes and its event commits.
    let completionCommitted!: Promise<void>;
    finishDuringHandshake = async () => {
      finishDuringHandshake = null;
      parser.completeNext();
      completionCommitted = expect
        .poll(
          async () =>
            (await request<MealLog>(server.url, 'GET', `/api/v1/meal-logs/${posted.body.id}`, { token })).body
              .status,
        )
        .toBe('completed');
      await completionCommitted;
    };
    const socket = await connect(server.url, token, 1);
    expect(socket.ready.head).toBe(2);
    await socket.waitForEvent(completionOf(posted.body.id));
    // A later event proves nothing else was queued behind it: the completion came once.
    const second = await logMeal(server.url, token, 'an apple');
    await socket.waitForEvent((e) => e.type === 'meal_log.created' && e.data.meal_log.id === second.body.id);
    expect(socket.events.filter(completionOf(posted.body.id))).toHaveLength(1);
    assertContiguous(socket.events, 1);
  });

  it('50 meals submitted in quick succession: every created and completed event once, in order, no gap', async () => {
    const server = await start();
    const { access_token: token } = await registerUser(server.url);
    const socket = await connect(server.url, token, 0);
    const posts = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        logMeal(server.url, token, `${(i % 5) + 1} eggs and a slice of toast`),
      ),
    );
    expect(posts.every((p) => p.status === 201)).toBe(true);
    await socket.waitFor(() => socket.events.length >= 100);
    assertContiguous(socket.events, 0);
    for (const post of posts) {
      const forMeal = socket.events.filter((e) => e.data.meal_log.id === post.body.id).map((e) => e.type);
      expect(forMeal).toEqual(['meal_log.created', 'meal_log.completed']);
    }
    expect(socket.events).toHaveLength(100);
  });

  it('a socket drops mid-stream and resumes from its cursor: no gap, no duplicate', async () => {
    const server = await start();
    const { access_token: token } = await registerUser(server.url);
    const first = await connect(server.url, token, 0);
    for (let i = 0; i < 5; i++) await logMeal(server.url, token, 'a cup of coffee');
    await first.waitFor(() => first.events.length >= 4);
    const cursor = (first.events.at(-1) as StreamEvent).seq;
    first.terminate();

    // Meals logged while nobody is connected.
    for (let i = 0; i < 5; i++) await logMeal(server.url, token, 'an orange');
    await expect.poll(() => dayHead(server.url, token)).toBe(20);

    const resumed = await connect(server.url, token, cursor);
    await resumed.waitFor(() => resumed.events.length >= 20 - cursor);
    assertContiguous(resumed.events, cursor);
    expect(resumed.events.at(-1)?.seq).toBe(20);
  });

  it("two sockets of one user both get everything; another user's socket gets nothing and reads 404 on those meals", async () => {
    const server = await start();
    const alice = await registerUser(server.url);
    const bob = await registerUser(server.url);
    const phone = await connect(server.url, alice.access_token, 0);
    const laptop = await connect(server.url, alice.access_token, 0);
    const bobs = await connect(server.url, bob.access_token, 0);

    const posted = await logMeal(server.url, alice.access_token, 'a bowl of oatmeal');
    await phone.waitForEvent(completionOf(posted.body.id));
    await laptop.waitForEvent(completionOf(posted.body.id));
    expect(phone.events.map((e) => e.seq)).toEqual([1, 2]);
    expect(laptop.events.map((e) => e.seq)).toEqual([1, 2]);

    // Bob's own meal reaches Bob, and is the only thing Bob ever saw.
    const bobsMeal = await logMeal(server.url, bob.access_token, 'a banana');
    await bobs.waitForEvent(completionOf(bobsMeal.body.id));
    expect(bobs.events.every((e) => e.data.meal_log.id === bobsMeal.body.id)).toBe(true);

    const peek = await request(server.url, 'GET', `/api/v1/meal-logs/${posted.body.id}`, {
      token: bob.access_token,
    });
    expect(peek.status).toBe(404);
    const remove = await request(server.url, 'DELETE', `/api/v1/meal-logs/${posted.body.id}`, {
      token: bob.access_token,
    });
    expect(remove.status).toBe(404);
    const stillThere = await request(server.url, 'GET', `/api/v1/meal-logs/${posted.body.id}`, {
      token: alice.access_token,
    });
    expect(stillThere.status).toBe(200);
  });

  it('acks are recorded as delivery latency in the metrics', async () => {
    const server = await start();
    const { access_token: token } = await registerUser(server.url);
    const socket = await connect(server.url, token, 0);
    const posted = await logMeal(server.url, token, 'a glass of milk');
    const completed = await socket.waitForEvent(completionOf(posted.body.id));
    socket.send({ type: 'ack', seq: completed.seq });
    await expect
      .poll(async () => (await request<string>(server.url, 'GET', '/metrics')).body)
      .toMatch(/fitiq_events_delivered_total 2/);
    const metrics = (await request<string>(server.url, 'GET', '/metrics')).body;
    expect(metrics).toMatch(/fitiq_delivery_latency_seconds_count 2/);
    expect(metrics).toMatch(/fitiq_open_connections\{transport="websocket"\} 1/);
  });

  it('a deleted meal reaches every socket as meal_log.deleted', async () => {
    const server = await start();
    const { access_token: token } = await registerUser(server.url);
    const socket = await connect(server.url, token, 0);
    const posted = await logMeal(server.url, token, 'a slice of pizza');
    await socket.waitForEvent(completionOf(posted.body.id));
    expect(
      (await request(server.url, 'DELETE', `/api/v1/meal-logs/${posted.body.id}`, { token })).status,
    ).toBe(204);
    const deleted = await socket.waitForEvent((e) => e.type === 'meal_log.deleted');
    expect(deleted.data.meal_log.id).toBe(posted.body.id);
    assertContiguous(socket.events, 0);
  });
});
