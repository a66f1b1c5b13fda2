import { GatedParser, logMeal } from '@fitiq/server/testing';
import { afterEach, describe, expect, it } from 'vitest';
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

describe('the seed scenarios, against the real server', () => {
  it('WebSocket working: a meal logged while live completes in the store, delivered over the socket', async () => {
    const server = await harness.server({ realParser: true });
    const { access_token: token } = await harness.user(server.url);
    const client = harness.client({ baseUrl: server.url, token, day: { tz: 'UTC' } });
    await client.start();
    await stateReached(client, 'live');

    const local = await client.log('2 eggs and a slice of toast');
    expect(local.status).toBe('pending');
    expect(client.store.getSnapshot().meals.map((m) => m.key)).toEqual([local.key]);

    const done = await client.settled(local.key);
    expect(done.error).toBeNull();
    expect(done.status).toBe('completed');
    expect(done.key).toBe(local.key);
    expect(done.totals?.calories).toBeGreaterThan(100);
    expect(client.store.getSnapshot().meals).toHaveLength(1);
    expect(client.store.getSnapshot().totals.calories).toBe(done.totals?.calories);
    const stats = client.diagnostics.snapshot();
    expect(stats.transports.websocket.events).toBe(2);
    expect(stats.transports.sse.attempts + stats.transports['long-poll'].attempts).toBe(0);
    expect(stats.gaps).toBe(0);
  });

  it('WebSocket failing (a proxy refuses the upgrade): SSE delivers the result, from the same cursor', async () => {
    const server = await harness.server();
    const { access_token: token } = await harness.user(server.url);
    const proxy = await proxyTo(server.url);
    proxy.set({ refuseUpgrades: true });
    const client = harness.client({ baseUrl: proxy.url, token, day: { tz: 'UTC' } });
    const events = recordEvents(client);
    await client.start();
    await stateReached(client, 'fallback');
    expect(client.connection.state.transport).toBe('sse');

    const done = await client.settled((await client.log('a banana')).key);
    expect(done.status).toBe('completed');
    expectContiguous(events, 1);
    expect(client.diagnostics.snapshot().transports.websocket.lives).toBe(0);
    expect(client.diagnostics.snapshot().transports.sse.events).toBe(2);
  });

  it('neither WebSocket nor SSE gets through: long-polling delivers the result', async () => {
    const server = await harness.server();
    const { access_token: token } = await harness.user(server.url);
    const proxy = await proxyTo(server.url);
    proxy.set({ refuseUpgrades: true, refuseRequests: /^GET \/api\/v1\/events\/stream/ });
    const client = harness.client({ baseUrl: proxy.url, token, day: { tz: 'UTC' } });
    const events = recordEvents(client);
    await client.start();
    await expect.poll(() => client.connection.state.transport, { timeout: 10_000 }).toBe('long-poll');
    await stateReached(client, 'fallback');

    const done = await client.settled((await client.log('an apple')).key);
    expect(done.status).toBe('completed');
    expectContiguous(events, 1);
    expect(client.diagnostics.snapshot().transports['long-poll'].events).toBe(2);
  });

  it('WebSocket recovering: the background probe switches back to live with no gap and no duplicate', async () => {
    const server = await harness.server();
    const { access_token: token } = await harness.user(server.url);
    const proxy = await proxyTo(server.url);
    proxy.set({ refuseUpgrades: true });
    const client = harness.client({ baseUrl: proxy.url, token, day: { tz: 'UTC' } });
    const events = recordEvents(client);
    await client.start();
    await stateReached(client, 'fallback');
    expect((await client.settled((await client.log('a banana')).key)).status).toBe('completed');

    proxy.set({});
    await stateReached(client, 'live');
    expect(client.connection.state.transport).toBe('websocket');
    expect((await client.settled((await client.log('an apple')).key)).status).toBe('completed');
    expectContiguous(events, 1);
    expect(events).toHaveLength(4);
    const stats = client.diagnostics.snapshot();
    expect(stats.gaps).toBe(0);
    expect(stats.transports.websocket.events).toBe(2);
    expect(client.store.getSnapshot().meals.map((m) => m.status)).toEqual(['completed', 'completed']);
  });

  it('network switch: every connection drops, the client reconnects and gets what happened meanwhile', async () => {
    const server = await harness.server();
    const { access_token: token } = await harness.user(server.url);
    const proxy = await proxyTo(server.url);
    const client = harness.client({ baseUrl: proxy.url, token, day: { tz: 'UTC' } });
    const events = recordEvents(client);
    await client.start();
    await stateReached(client, 'live');

    proxy.set({ refuseConnections: true });
    proxy.dropAll();
    await stateReached(client, 'reconnecting');
    // Another device logs a meal while this one is between networks.
    const posted = await logMeal(server.url, token, 'a bowl of oatmeal');
    await expect.poll(() => serverMealStatus(server.url, token, posted.body.id)).toBe('completed');

    proxy.set({});
    await stateReached(client, 'live');
    expect((await client.settled(posted.body.id)).status).toBe('completed');
    expectContiguous(events, 1);
    expect(client.diagnostics.snapshot().reconnects).toBeGreaterThan(0);
  });

  it('app backgrounded during processing: back in the foreground it reconnects at once and shows the result', async () => {
    const parser = new GatedParser();
    const server = await harness.server({ parser });
    const { access_token: token } = await harness.user(server.url);
    const proxy = await proxyTo(server.url);
    // A backoff so long that only the foreground can explain a quick reconnect.
    const client = harness.client({
      baseUrl: proxy.url,
      token,
      day: { tz: 'UTC' },
      timing: { backoff: { baseMs: 60_000, maxMs: 60_000 } },
      random: () => 0.99,
    });
    await client.start();
    await stateReached(client, 'live');
    const local = await client.log('a cup of yogurt');
    await parser.waitForCalls(1);

    client.setVisible(false);
    // The platform suspends the hidden app's network: sockets die, nothing gets through.
    proxy.set({ refuseConnections: true });
    proxy.dropAll();
    await stateReached(client, 'reconnecting');
    expect(client.connection.state.nextAttemptAt).toBeGreaterThan(Date.now() + 30_000);
    parser.completeNext();

    proxy.set({});
    client.setVisible(true);
    await stateReached(client, 'live');
    const done = await client.settled(local.key);
    expect(done.status).toBe('completed');
    expect(client.store.getSnapshot().meals).toHaveLength(1);
  });

  it('several meals in quick succession: each becomes one entry, in order, all completed, no duplicate', async () => {
    const server = await harness.server();
    const { access_token: token } = await harness.user(server.url);
    const client = harness.client({ baseUrl: server.url, token, day: { tz: 'UTC' } });
    const events = recordEvents(client);
    await client.start();
    await stateReached(client, 'live');

    const texts = ['a banana', 'an apple', '2 eggs', 'a slice of toast', 'a cup of coffee'];
    const locals = [];
    for (const text of texts) locals.push(await client.log(text));
    const done = await Promise.all(locals.map((l) => client.settled(l.key)));

    expect(done.map((d) => d.status)).toEqual(texts.map(() => 'completed'));
    const meals = client.store.getSnapshot().meals;
    expect(meals.map((m) => m.key)).toEqual(locals.map((l) => l.key));
    expect(new Set(meals.map((m) => m.id)).size).toBe(5);
    expect(await serverMealCount(server.url, token)).toBe(5);
    await expect.poll(() => events.length).toBe(10);
    expectContiguous(events, 1);
  });
});
