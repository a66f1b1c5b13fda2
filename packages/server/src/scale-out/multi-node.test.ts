import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MealLog, PollResponse, StreamEvent } from '@fitiq/contract';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { logMeal, registerUser, request } from '../testing/http-client.js';
import { patchMeal } from '../testing/meal-edits.js';
import { type ServerProcess, spawnServer } from '../testing/server-process.js';
import { REDIS_URL, scaleOutServicesAvailable, startPrivateRedis } from '../testing/services.js';
import { createPostgresDatabase } from '../testing/storage-dialects.js';
import { assertContiguous, TestSocket } from '../testing/ws-client.js';

const available = await scaleOutServicesAvailable();

/**
 * Several real `fitiq serve` processes on one PostgreSQL database and one Redis, as an operator runs
 * them: no sticky sessions, any node takes any request.
 */
describe.skipIf(!available)('several nodes on PostgreSQL and Redis', { timeout: 180_000 }, () => {
  let database: { url: string; drop: () => Promise<void> };
  const nodes: ServerProcess[] = [];
  const sockets: TestSocket[] = [];
  const secret = randomBytes(24).toString('hex');

  beforeAll(async () => {
    database = await createPostgresDatabase();
  });
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.terminate();
    for (const node of nodes.splice(0)) {
      node.child.kill('SIGKILL');
      await node.exited;
    }
  });
  afterAll(() => database.drop());

  const node = async (roles: string, env: Record<string, string> = {}) => {
    const started = await spawnServer({
      DATABASE_URL: database.url,
      REDIS_URL,
      FITIQ_JWT_SECRET: secret,
      FITIQ_ROLES: roles,
      FITIQ_DATA_DIR: mkdtempSync(join(tmpdir(), 'fitiq-node-')),
      FITIQ_LOG_LEVEL: 'warn',
      FITIQ_JOB_POLL_MS: '100',
      FITIQ_HEARTBEAT_MS: '1000',
      ...env,
    });
    nodes.push(started);
    return started;
  };
  const connect = async (url: string, token: string, after: number) => {
    const socket = await TestSocket.connect(url, token, after);
    sockets.push(socket);
    return socket;
  };
  const jobStatus = async (mealId: string) => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ job_status: string | null }>(
        'select job_status from meal_logs where id = $1',
        [mealId],
      );
      return rows[0]?.job_status ?? 'none';
    } finally {
      await client.end();
    }
  };

  it('sockets on two nodes, meals posted to either, processed by a worker node: every socket sees every event once, in order', async () => {
    const [a, b] = [await node('api,realtime'), await node('api,realtime')];
    await node('worker');
    const { access_token: token } = await registerUser(a.url);
    const onA = await connect(a.url, token, 0);
    const onB = await connect(b.url, token, 0);
    const posted: MealLog[] = [];
    for (let i = 0; i < 10; i++)
      posted.push((await logMeal(i % 2 ? b.url : a.url, token, 'a bowl of rice')).body);
    for (const socket of [onA, onB]) {
      await socket.waitFor(() => socket.events.length >= 20);
      assertContiguous(socket.events, 0);
      expect(socket.events).toHaveLength(20);
      for (const meal of posted) {
        const types = socket.events.filter((e) => e.data.meal_log.id === meal.id).map((e) => e.type);
        expect(types).toEqual(['meal_log.created', 'meal_log.completed']);
      }
    }
  });

  it('an edit made on node A reaches a socket on node B, once, in order, as PATCH answered it', async () => {
    const [a, b] = [await node('api,realtime,worker'), await node('api,realtime')];
    const { access_token: token } = await registerUser(a.url);
    const onB = await connect(b.url, token, 0);
    const meal = (await logMeal(a.url, token, 'toast')).body;
    const done = await onB.waitForEvent((e) => e.type === 'meal_log.completed');
    const [toast] = done.data.meal_log.items;
    const edited = await patchMeal(
      a.url,
      token,
      meal.id,
      { items: [{ id: toast?.id, food_id: toast?.food_id, quantity: 2, unit: toast?.unit }] },
      done.data.meal_log.version,
    );
    expect(edited.status).toBe(200);
    const updated = await onB.waitForEvent((e) => e.type === 'meal_log.updated');
    expect(updated.data.meal_log).toEqual(edited.body);
    expect(updated.data.meal_log.items[0]?.id).toBe(toast?.id);
    assertContiguous(onB.events, 0);
    expect(onB.events.map((e) => e.type)).toEqual([
      'meal_log.created',
      'meal_log.completed',
      'meal_log.updated',
    ]);
  });

  it('two nodes edit the same version of a meal at once: exactly one wins, the other gets 412 with the winner', async () => {
    const [a, b] = [await node('api,realtime,worker'), await node('api,realtime,worker')];
    const { access_token: token } = await registerUser(a.url);
    const socket = await connect(b.url, token, 0);
    const meal = (await logMeal(a.url, token, 'an apple')).body;
    const { version } = (await socket.waitForEvent((e) => e.type === 'meal_log.completed')).data.meal_log;
    for (let round = 0; round < 5; round++) {
      const current = version + round;
      const answers = await Promise.all([
        patchMeal(a.url, token, meal.id, { meal_type: 'lunch' }, current),
        patchMeal(b.url, token, meal.id, { meal_type: 'dinner' }, current),
      ]);
      const statuses = answers.map((answer) => answer.status).sort();
      expect(statuses).toEqual([200, 412]);
      const won = answers.find((answer) => answer.status === 200);
      const lost = answers.find((answer) => answer.status === 412);
      expect(lost?.body.current).toEqual(won?.body);
      expect(won?.body.version).toBe(current + 1);
    }
    await socket.waitFor(() => socket.events.length >= 7);
    assertContiguous(socket.events, 0);
    expect(socket.events.filter((e) => e.type === 'meal_log.updated')).toHaveLength(5);
  });

  it('a worker killed with SIGKILL mid-job: another worker completes the job after the lease, with exactly one completion', async () => {
    const api = await node('api,realtime');
    const doomed = await node('worker', { FITIQ_PROCESSING_DELAY_MS: '600000', FITIQ_JOB_LEASE_MS: '1500' });
    const { access_token: token } = await registerUser(api.url);
    const socket = await connect(api.url, token, 0);
    const meal = (await logMeal(api.url, token, '2 eggs')).body;
    await expect.poll(() => jobStatus(meal.id), { timeout: 60_000 }).toBe('running');
    doomed.child.kill('SIGKILL');
    await doomed.exited;

    await node('worker', { FITIQ_JOB_LEASE_MS: '1500' });
    const completed = await socket.waitForEvent((e) => e.type === 'meal_log.completed');
    expect(completed.data.meal_log.id).toBe(meal.id);
    // One more meal flushes the stream: nothing else about the first one was queued behind it.
    const next = (await logMeal(api.url, token, 'a pear')).body;
    await socket.waitForEvent((e) => e.type === 'meal_log.completed' && e.data.meal_log.id === next.id);
    expect(
      socket.events.filter((e) => e.type === 'meal_log.completed' && e.data.meal_log.id === meal.id),
    ).toHaveLength(1);
    assertContiguous(socket.events, 0);
  });

  it('a realtime node killed: its clients reconnect to another node and resume with no loss or duplicate', async () => {
    const a = await node('api,realtime,worker');
    const b = await node('api,realtime,worker');
    const { access_token: token } = await registerUser(a.url);
    const onA = await connect(a.url, token, 0);
    await logMeal(a.url, token, 'toast');
    await onA.waitFor(() => onA.events.length >= 2);
    const cursor = (onA.events.at(-1) as StreamEvent).seq;

    a.child.kill('SIGKILL');
    await onA.waitForClose();
    for (let i = 0; i < 3; i++) await logMeal(b.url, token, 'an orange');
    const resumed = await connect(b.url, token, cursor);
    await resumed.waitFor(() => resumed.events.length >= 6);
    assertContiguous(resumed.events, cursor);
    expect(resumed.events).toHaveLength(6);
  });

  it('concurrent writers on two nodes for one user: seqs stay contiguous and unique', async () => {
    const a = await node('api,realtime,worker');
    const b = await node('api,realtime,worker');
    const { access_token: token } = await registerUser(a.url);
    const posts = await Promise.all(
      Array.from({ length: 30 }, (_, i) => logMeal(i % 2 ? b.url : a.url, token, `${(i % 4) + 1} apples`)),
    );
    expect(posts.every((p) => p.status === 201)).toBe(true);
    await expect
      .poll(
        async () =>
          (await request<PollResponse>(a.url, 'GET', '/api/v1/events?after=0&limit=500', { token })).body
            .events.length,
        {
          timeout: 15_000,
        },
      )
      .toBe(60);
    const { events } = (
      await request<PollResponse>(b.url, 'GET', '/api/v1/events?after=0&limit=500', { token })
    ).body;
    assertContiguous(events, 0);
  });

  it('Redis restarted while events flow: a socket on another node still gets everything (gap filled from the database)', async () => {
    const redis = await startPrivateRedis();
    try {
      const writer = await node('api,worker', { REDIS_URL: redis.url });
      const reader = await node('realtime', { REDIS_URL: redis.url });
      const { access_token: token } = await registerUser(writer.url);
      const socket = await connect(reader.url, token, 0);
      await logMeal(writer.url, token, 'a banana');
      await socket.waitFor(() => socket.events.length >= 2);

      await redis.restart();
      // Committed while the nodes' Redis connections are down or reconnecting: these doorbells are lost.
      for (let i = 0; i < 3; i++) await logMeal(writer.url, token, 'a kiwi');
      await socket.waitFor(() => socket.events.length >= 8);
      assertContiguous(socket.events, 0);
      expect(socket.events).toHaveLength(8);
      await expect
        .poll(async () => (await request(reader.url, 'GET', '/readyz')).status, { timeout: 60_000 })
        .toBe(200);
    } finally {
      redis.stop();
    }
  });

  it('readiness reflects Redis: 503 while it is down', async () => {
    const redis = await startPrivateRedis();
    try {
      const only = await node('realtime', { REDIS_URL: redis.url });
      await expect
        .poll(async () => (await request(only.url, 'GET', '/readyz')).status, { timeout: 60_000 })
        .toBe(200);
      redis.kill();
      await expect
        .poll(async () => (await request(only.url, 'GET', '/readyz')).status, { timeout: 60_000 })
        .toBe(503);
      expect((await request(only.url, 'GET', '/healthz')).status).toBe(200);
    } finally {
      redis.stop();
    }
  });
});
