import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PushKey, StreamEvent } from '@fitiq/contract';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { logMeal, registerUser, request, waitForMealOutcome } from '../testing/http-client.js';
import { type PushService, startPushService } from '../testing/push-service.js';
import { type ServerProcess, spawnServer } from '../testing/server-process.js';
import { REDIS_URL, scaleOutServicesAvailable } from '../testing/services.js';
import { createPostgresDatabase } from '../testing/storage-dialects.js';
import { TestSocket } from '../testing/ws-client.js';
import { loadVapidKeys } from './vapid-keys.js';

const available = await scaleOutServicesAvailable();

/**
 * Real `fitiq serve` processes on one PostgreSQL and one Redis, each with its own roles: the push
 * for an event is decided and sent once for the whole cluster, never once per node, and an
 * acknowledgement on a realtime node stops the push a worker node would have sent.
 */
describe.skipIf(!available)('Web Push across nodes on PostgreSQL and Redis', { timeout: 300_000 }, () => {
  let database: { url: string; drop: () => Promise<void> };
  let service: PushService;
  const nodes: ServerProcess[] = [];
  const sockets: TestSocket[] = [];
  const secret = randomBytes(24).toString('hex');
  const keys = loadVapidKeys(null, mkdtempSync(join(tmpdir(), 'fitiq-vapid-')));

  beforeAll(async () => {
    database = await createPostgresDatabase();
    service = await startPushService();
  });
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.terminate();
    for (const node of nodes.splice(0)) {
      node.child.kill('SIGKILL');
      await node.exited;
    }
  });
  afterAll(async () => {
    await service.close();
    await database.drop();
  });

  const node = async (roles: string) => {
    const started = await spawnServer({
      DATABASE_URL: database.url,
      REDIS_URL,
      FITIQ_JWT_SECRET: secret,
      FITIQ_ROLES: roles,
      FITIQ_DATA_DIR: mkdtempSync(join(tmpdir(), 'fitiq-node-')),
      FITIQ_LOG_LEVEL: 'error',
      FITIQ_JOB_POLL_MS: '100',
      FITIQ_HEARTBEAT_MS: '1000',
      FITIQ_PUSH_HOSTS: service.origin,
      // Long enough for an acknowledgement to cross nodes on a busy machine, short enough to wait for.
      FITIQ_PUSH_AFTER_MS: '3000',
      FITIQ_PUSH_POLL_MS: '50',
      FITIQ_VAPID_PUBLIC_KEY: keys.publicKey,
      FITIQ_VAPID_PRIVATE_KEY: keys.privateKey,
      FITIQ_VAPID_SUBJECT: 'mailto:ops@example.com',
    });
    nodes.push(started);
    return started;
  };
  const owed = async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: string }>('select count(*) as n from push_deliveries');
      return Number(rows[0]?.n);
    } finally {
      await client.end();
    }
  };
  const subscribe = async (url: string, token: string) => {
    const subscription = service.subscribe();
    const answer = await request(url, 'POST', '/api/v1/push/subscriptions', {
      token,
      body: subscription.json,
    });
    expect(answer.status).toBe(201);
    return subscription;
  };

  it.each([
    ['api | realtime | worker | worker', ['api', 'realtime', 'worker', 'worker']],
    ['two nodes with every role', ['api,realtime,worker', 'api,realtime,worker']],
  ])('%s: each missed outcome is pushed exactly once; an acknowledged one never', async (_layout, roles) => {
    const started = await Promise.all(roles.map(async (role) => ({ role, node: await node(role) })));
    const api = started.find((s) => s.role.includes('api'))?.node.url as string;
    const realtime = started.filter((s) => s.role.includes('realtime')).at(-1)?.node.url as string;

    const away = await registerUser(api);
    const watching = await registerUser(api);
    const awayPhone = await subscribe(api, away.access_token);
    const watchingPhone = await subscribe(api, watching.access_token);
    const key = (await request<PushKey>(api, 'GET', '/api/v1/push/key', { token: away.access_token })).body;
    expect(key.public_key).toBe(keys.publicKey);

    const socket = await TestSocket.connect(realtime, watching.access_token, 0);
    sockets.push(socket);
    const missed: StreamEvent[] = [];
    for (let i = 0; i < 3; i++) {
      const seen = (await logMeal(api, watching.access_token, `${i + 1} apples`)).body;
      const outcome = await socket.waitForEvent(
        (e) => e.type === 'meal_log.completed' && e.data.meal_log.id === seen.id,
      );
      socket.send({ type: 'ack', seq: outcome.seq });
      const meal = (await logMeal(api, away.access_token, i % 2 ? 'asdfgh qwerty' : `${i + 1} pears`)).body;
      missed.push(await waitForMealOutcome(realtime, away.access_token, meal.id));
    }

    const pushed = await service.waitForPushes(awayPhone.name, missed.length);
    await expect.poll(owed, { timeout: 30_000 }).toBe(0);
    expect(service.problems).toEqual([]);
    expect(pushed.map((p) => p.message.seq).sort((a, b) => a - b)).toEqual(missed.map((e) => e.seq));
    expect(pushed.map((p) => p.message.type)).toContain('meal_log.failed');
    expect(service.attempts.filter((a) => a.subscription === awayPhone.name)).toHaveLength(missed.length);
    expect(service.attempts.filter((a) => a.subscription === watchingPhone.name)).toEqual([]);
    for (const push of pushed) expect(push.vapidKey).toBe(keys.publicKey);
  });
});
