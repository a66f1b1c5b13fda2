import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { logMeal, registerUser, testConfig } from '@fitiq/server/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { fileStorage } from '../storage/file-storage.js';
import { memoryStorage } from '../storage/memory-storage.js';
import { startFaultProxy } from '../testing/fault-proxy.js';
import { createHarness, stateReached } from '../testing/harness.js';
import {
  expectContiguous,
  recordEvents,
  serverMealCount,
  serverMealStatus,
} from '../testing/scenario-helpers.js';

const harness = createHarness();
afterEach(() => harness.cleanup());

const proxyTo = async (url: string) => {
  const proxy = await startFaultProxy(url);
  harness.onCleanup(() => proxy.close());
  return proxy;
};

describe('delivery under faults, against the real server', () => {
  it('half-open connection (traffic black-holed, socket still "open"): the heartbeat notices and the client reconnects', async () => {
    const server = await harness.server();
    const { access_token: token } = await registerUser(server.url);
    const proxy = await proxyTo(server.url);
    const client = harness.client({ baseUrl: proxy.url, token, day: { tz: 'UTC' } });
    const events = recordEvents(client);
    await client.start();
    await stateReached(client, 'live');

    proxy.set({ blackhole: true });
    await stateReached(client, 'reconnecting');
    expect(client.connection.state.error?.message).toMatch(/nothing heard for 400 ms/);
    const posted = await logMeal(server.url, token, 'a banana');

    proxy.set({});
    await stateReached(client, 'live');
    expect((await client.settled(posted.body.id)).status).toBe('completed');
    expectContiguous(events, 1);
  });

  it('server restart (1001, then the same port and data): the client resumes from its cursor with no gap', async () => {
    const config = testConfig({ heartbeatMs: 200, sseHeartbeatMs: 200 });
    const first = await harness.server({ config });
    const { access_token: token } = await registerUser(first.url);
    const client = harness.client({ baseUrl: first.url, token, day: { tz: 'UTC' } });
    const events = recordEvents(client);
    await client.start();
    await stateReached(client, 'live');
    expect((await client.settled((await client.log('a banana')).key)).status).toBe('completed');

    await first.close();
    await stateReached(client, 'reconnecting');
    const second = await harness.server({ config: { ...config, port: Number(new URL(first.url).port) } });
    const posted = await logMeal(second.url, token, 'an apple');

    await stateReached(client, 'live');
    expect((await client.settled(posted.body.id)).status).toBe('completed');
    expectContiguous(events, 1);
    expect(events).toHaveLength(4);
  });

  it('lost POST response: the upload is retried with its Idempotency-Key and the server keeps one meal', async () => {
    const server = await harness.server();
    const { access_token: token } = await registerUser(server.url);
    const proxy = await proxyTo(server.url);
    proxy.set({ loseResponses: /^POST \/api\/v1\/meal-logs\/natural/ });
    const client = harness.client({ baseUrl: proxy.url, token, day: { tz: 'UTC' } });
    await client.start();

    const local = await client.log('2 eggs and a slice of toast');
    await expect.poll(() => proxy.lost).toBeGreaterThan(0);
    proxy.set({});

    const done = await client.settled(local.key);
    expect(done.status).toBe('completed');
    expect(await serverMealCount(server.url, token)).toBe(1);
    expect(client.store.getSnapshot().meals.map((m) => m.key)).toEqual([local.key]);
    // The stream may show the meal completed before the retried POST answers; the outbox empties after.
    await expect.poll(() => client.outbox.records).toEqual([]);
    expect(await serverMealCount(server.url, token)).toBe(1);
  });

  it('lost POST response and the app restarted before a retry: the next run uploads it again, still one meal', async () => {
    const server = await harness.server();
    const { access_token: token } = await registerUser(server.url);
    const proxy = await proxyTo(server.url);
    proxy.set({ loseResponses: /^POST \/api\/v1\/meal-logs\/natural/ });
    const storage = memoryStorage();
    const first = harness.client({
      baseUrl: proxy.url,
      token,
      storage,
      day: { tz: 'UTC' },
      timing: { outboxBackoff: { baseMs: 60_000, maxMs: 60_000 } },
    });
    await first.start();
    const local = await first.log('a bowl of oatmeal');
    await expect.poll(() => proxy.lost).toBe(1);
    await first.close();
    proxy.set({});

    const second = harness.client({ baseUrl: proxy.url, token, storage, day: { tz: 'UTC' } });
    await second.start();
    const done = await second.settled(local.key);
    expect(done.status).toBe('completed');
    expect(await serverMealCount(server.url, token)).toBe(1);
  });

  it('offline outbox survives a restart of the client: logged offline, stored in a file, uploaded by the next run', async () => {
    const server = await harness.server();
    const { access_token: token } = await registerUser(server.url);
    const proxy = await proxyTo(server.url);
    proxy.set({ refuseConnections: true });
    const directory = mkdtempSync(join(tmpdir(), 'fitiq-outbox-'));

    const offline = harness.client({
      baseUrl: proxy.url,
      token,
      storage: fileStorage(directory),
      day: { tz: 'UTC' },
    });
    await offline.start();
    const local = await offline.log('a cup of yogurt');
    expect(local.status).toBe('pending');
    await offline.close();
    expect(await fileStorage(directory).entries('outbox:')).toHaveLength(1);
    expect(await serverMealCount(server.url, token)).toBe(0);

    proxy.set({});
    const online = harness.client({
      baseUrl: proxy.url,
      token,
      storage: fileStorage(directory),
      day: { tz: 'UTC' },
    });
    await online.start();
    expect(online.store.getSnapshot().meals.map((m) => m.key)).toContain(local.key);
    const done = await online.settled(local.key);
    expect(done.status).toBe('completed');
    expect(await serverMealCount(server.url, token)).toBe(1);
    await expect.poll(() => fileStorage(directory).entries('outbox:')).toEqual([]);
  });

  it.each([
    ['websocket', ['websocket']],
    ['sse', ['sse']],
    ['long-poll', ['long-poll']],
  ] as const)(
    'reset over %s (cursor older than retention): the day is reloaded and the stream goes on from head',
    async (_name, transports) => {
      const server = await harness.server();
      const { access_token: token } = await registerUser(server.url);
      const storage = memoryStorage();
      const first = harness.client({ baseUrl: server.url, token, storage, transports, day: { tz: 'UTC' } });
      await first.start();
      await first.settled((await first.log('a banana')).key);
      await expect.poll(() => first.connection.cursor).toBe(2);
      await first.close();

      // Meanwhile, elsewhere: two more meals, and retention prunes everything but the last event.
      for (const text of ['an apple', 'a pear']) {
        const posted = await logMeal(server.url, token, text);
        await expect.poll(() => serverMealStatus(server.url, token, posted.body.id)).toBe('completed');
      }
      const olderThan = new Date(Date.now() + 86_400_000).toISOString();
      for (const userId of await server.storage.repos.events.streamsOverKeep(1, null, 1000))
        await server.storage.transaction((tx) => tx.events.pruneStream(userId, olderThan, 1));

      const second = harness.client({ baseUrl: server.url, token, storage, transports, day: { tz: 'UTC' } });
      const resets: number[] = [];
      second.on('reset', ({ head }) => resets.push(head));
      const events = recordEvents(second);
      await second.start();
      await expect.poll(() => resets).toEqual([6]);
      await expect
        .poll(() => second.store.getSnapshot().meals.map((m) => m.raw_input))
        .toEqual(['a banana', 'an apple', 'a pear']);
      expect(second.store.getSnapshot().meals.every((m) => m.status === 'completed')).toBe(true);

      const next = await second.settled((await second.log('a plum')).key);
      expect(next.status).toBe('completed');
      expectContiguous(events, 7);
      expect(second.diagnostics.snapshot().resets).toBe(1);
    },
  );
});
