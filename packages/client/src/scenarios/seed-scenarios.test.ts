import { GatedParser } from '@fitiq/server/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, stateReached } from '../testing/harness.js';

const harness = createHarness();
afterEach(() => harness.cleanup());

describe('the seed scenarios, against the real server', () => {
  it('WebSocket working: a meal logged while live completes in the store, delivered over the socket', async () => {
    const server = await harness.server();
    const { access_token: token } = await harness.user(server.url);
    const client = harness.client({ baseUrl: server.url, token });
    await client.start();
    await stateReached(client, 'live');

    const local = await client.log('2 eggs and a slice of toast');
    expect(local.status).toBe('pending');
    expect(client.store.getSnapshot().meals.map((m) => m.key)).toEqual([local.key]);

    const done = await client.settled(local.key);
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
});
