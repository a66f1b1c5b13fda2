import type { Summary } from '@fitiq/contract';
import { request } from '@fitiq/server/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryStorage } from '../storage/memory-storage.js';
import { startFaultProxy } from '../testing/fault-proxy.js';
import { createHarness, stateReached } from '../testing/harness.js';
import { recordEvents, serverMealCount, todayUtc } from '../testing/scenario-helpers.js';

/** Waits for a state over the network, on a machine that may be busy: generous, never a fixed sleep. */
const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

const harness = createHarness();
afterEach(() => harness.cleanup());

const proxyTo = async (url: string) => {
  const proxy = await startFaultProxy(url);
  harness.onCleanup(() => proxy.close());
  return proxy;
};

describe('log again, recent meals, goals and the summary through the SDK, against the real server', () => {
  it('a copy made offline waits in the outbox; its answer lost, it is sent again with its key: one copy, completed', async () => {
    const server = await harness.server();
    const { access_token: token } = await harness.user(server.url);
    const proxy = await proxyTo(server.url);
    const client = harness.client({ baseUrl: proxy.url, token, day: { tz: 'UTC' } });
    await client.start();
    await stateReached(client, 'live');
    const original = await client.settled((await client.log('a bowl of oatmeal')).key);

    // Offline: kept-alive connections dropped too, or the POST would still find its way.
    proxy.set({ refuseConnections: true });
    proxy.dropAll();
    const copy = await client.copy(original.meal?.id as string);
    expect(copy).toMatchObject({ status: 'pending', raw_input: 'a bowl of oatmeal' });
    expect(client.store.getSnapshot().meals.map((m) => m.key)).toEqual([original.key, copy.key]);
    await eventually(() => client.outbox.records[0]?.attempts ?? 0).toBeGreaterThan(0);

    proxy.set({ loseResponses: /^POST \/api\/v1\/meal-logs\/[^/ ]+\/copy/ });
    await eventually(() => proxy.lost).toBeGreaterThan(0);
    proxy.set({});
    const done = await client.settled(copy.key);
    expect(done).toMatchObject({ status: 'completed', raw_input: 'a bowl of oatmeal' });
    expect(done.id).not.toBe(original.id);
    expect(done.totals).toEqual(original.totals);
    await eventually(() => client.outbox.records).toEqual([]);
    expect(await serverMealCount(server.url, token)).toBe(2);
    expect(client.store.getSnapshot().meals.map((m) => m.key)).toEqual([original.key, copy.key]);
  });

  it('a copy of a meal that failed is refused before anything is stored', async () => {
    const server = await harness.server({ realParser: true });
    const { access_token: token } = await harness.user(server.url);
    const client = harness.client({ baseUrl: server.url, token, day: { tz: 'UTC' } });
    await client.start();
    const failed = await client.settled((await client.log('asdfgh')).key);
    expect(failed.status).toBe('failed');
    await expect(client.copy(failed.id as string)).rejects.toMatchObject({ code: 'invalid_input' });
    expect(client.outbox.records).toEqual([]);
  });

  it('goals set on one device reach the other through its stream; a later run reads them first from its storage', async () => {
    const server = await harness.server();
    const { access_token: token } = await harness.user(server.url);
    const phone = harness.client({ baseUrl: server.url, token, day: { tz: 'UTC' } });
    const storage = memoryStorage();
    const laptop = harness.client({ baseUrl: server.url, token, storage, day: { tz: 'UTC' } });
    await Promise.all([phone.start(), laptop.start()]);
    await Promise.all([stateReached(phone, 'live'), stateReached(laptop, 'live')]);
    await eventually(() => laptop.goals.getSnapshot().status).toBe('ready');
    expect(laptop.goals.current).toEqual({ calories: null, protein_g: null, carbs_g: null, fat_g: null });
    const events = recordEvents(laptop);

    const saved = await phone.goals.set({ calories: 2200, protein_g: 150 });
    expect(saved).toEqual({ calories: 2200, protein_g: 150, carbs_g: null, fat_g: null });
    await eventually(() => laptop.goals.current).toEqual(saved);
    expect(events.map((e) => e.type)).toEqual(['goals.updated']);

    await phone.goals.set({ protein_g: null });
    await eventually(() => laptop.goals.current?.protein_g).toBeNull();
    expect(laptop.goals.current?.calories).toBe(2200);

    await laptop.close();
    const proxy = await proxyTo(server.url);
    proxy.set({ refuseConnections: true });
    const offline = harness.client({ baseUrl: proxy.url, token, storage, day: { tz: 'UTC' } });
    await offline.start();
    expect(offline.goals.current).toEqual({ calories: 2200, protein_g: null, carbs_g: null, fat_g: null });
    await eventually(() => offline.goals.getSnapshot().status).toBe('error');
  });

  it('the recent list follows a meal logged on another device; the summary is the route’s answer, kept for offline', async () => {
    const server = await harness.server();
    const { access_token: token } = await harness.user(server.url);
    const phone = harness.client({ baseUrl: server.url, token, day: { tz: 'UTC' } });
    const laptop = harness.client({ baseUrl: server.url, token, day: { tz: 'UTC' } });
    await Promise.all([phone.start(), laptop.start()]);
    await Promise.all([stateReached(phone, 'live'), stateReached(laptop, 'live')]);
    await phone.settled((await phone.log('a banana')).key);
    expect((await laptop.recent()).map((m) => m.raw_input)).toEqual(['a banana']);

    await phone.settled((await phone.log('Two  eggs')).key);
    await phone.settled((await phone.log('two eggs')).key);
    await eventually(() => laptop.recentMeals.getSnapshot().meals.map((m) => m.raw_input)).toEqual([
      'two eggs',
      'a banana',
    ]);

    const query = { from: todayUtc(), to: todayUtc(), tz: 'UTC' };
    const summary = await laptop.summary(query);
    const route = await request<Summary>(
      server.url,
      'GET',
      `/api/v1/summary?from=${query.from}&to=${query.to}`,
      {
        token,
      },
    );
    expect(summary).toEqual(route.body);
    expect(summary.averages.days_logged).toBe(1);
    expect(summary.days[0]?.meals).toBe(3);
    expect((await laptop.summaries.cached(query))?.summary).toEqual(summary);
  });
});
