import type { Food, MealLog } from '@fitiq/contract';
import { request } from '@fitiq/server/testing';
import { afterEach, describe, expect, it } from 'vitest';
import type { FitIQClient } from '../client.js';
import type { FitIQClientOptions } from '../client-options.js';
import { addItem, replaceItem } from '../edits/item-edits.js';
import { startFaultProxy } from '../testing/fault-proxy.js';
import { createHarness, stateReached } from '../testing/harness.js';
import { recordEvents } from '../testing/scenario-helpers.js';

const harness = createHarness();
afterEach(() => harness.cleanup());

/** A food of the table, looked up through the API as an app would (the table changes under us). */
const foodNamed = async (client: FitIQClient, query: string): Promise<Food> => {
  const [food] = await client.foods.search(query);
  if (!food) throw new Error(`no food for "${query}"`);
  return food;
};

/** Two devices of one user, live on the real server with the real parser, and a completed meal. */
const twoDevices = async (text: string, laptopTransports?: FitIQClientOptions['transports']) => {
  const server = await harness.server({ realParser: true });
  const { access_token: token } = await harness.user(server.url);
  const phone = harness.client({ baseUrl: server.url, token, day: { tz: 'UTC' } });
  const laptop = harness.client({
    baseUrl: server.url,
    token,
    day: { tz: 'UTC' },
    ...(laptopTransports ? { transports: laptopTransports } : {}),
  });
  await Promise.all([phone.start(), laptop.start()]);
  await Promise.all([
    stateReached(phone, 'live'),
    stateReached(laptop, laptopTransports ? 'fallback' : 'live'),
  ]);
  const done = await phone.settled((await phone.log(text)).key);
  const id = done.id as string;
  await laptop.settled(id);
  return { server, token, phone, laptop, id, meal: done.meal as MealLog };
};

const shown = (client: FitIQClient, id: string) => client.store.getSnapshot().meals.find((m) => m.id === id);

const versionReached = (client: FitIQClient, id: string, version: number) =>
  expect.poll(() => shown(client, id)?.version, { timeout: 10_000 }).toBe(version);

describe('editing a meal through the SDK, against the real server', () => {
  it('an edit on one device: shown at once there, applied with If-Match, and delivered to the other as meal_log.updated', async () => {
    const { phone, laptop, id, meal } = await twoDevices('a slice of toast');
    const laptopEvents = recordEvents(laptop);
    const [item] = meal.items;
    const unit = item?.measures[0]?.unit as string;

    const pending = await phone.edit(
      id,
      replaceItem(meal, 0, { id: item?.id, food_id: item?.food_id as string, quantity: 3, unit }),
    );
    // Optimistic: the store shows the preview before the server answered.
    expect(shown(phone, id)).toMatchObject({ unsynced: true });
    expect(shown(phone, id)?.items[0]).toMatchObject({ quantity: 3, unit });

    const outcome = await pending.outcome;
    expect(outcome.status).toBe('applied');
    const applied = outcome.status === 'applied' ? outcome.meal : null;
    expect(applied?.version).toBe(meal.version + 1);
    expect(applied?.items[0]).toMatchObject({ id: item?.id, quantity: 3, unit, source: 'user' });
    expect(shown(phone, id)).toMatchObject({ unsynced: false, version: meal.version + 1 });
    expect(phone.store.getSnapshot().totals.calories).toBe(applied?.totals?.calories);

    await versionReached(laptop, id, meal.version + 1);
    expect(laptopEvents.map((e) => e.type)).toContain('meal_log.updated');
    expect(shown(laptop, id)?.totals).toEqual(applied?.totals);
  });

  it.each([
    ['SSE', ['sse'] as const],
    ['long-polling', ['long-poll'] as const],
  ])(
    'the other device reads the stream over %s: the edit arrives all the same',
    async (_name, transports) => {
      const { phone, laptop, id, meal } = await twoDevices('a banana', transports);
      const [item] = meal.items;
      const edit = await phone.edit(
        id,
        replaceItem(meal, 0, { id: item?.id, food_id: item?.food_id as string, grams: 200 }),
      );
      expect((await edit.outcome).status).toBe('applied');
      await versionReached(laptop, id, meal.version + 1);
      expect(shown(laptop, id)?.items[0]?.grams).toBe(200);
      expect(laptop.connection.state.transport).toBe(transports[0]);
    },
  );

  it('both devices edit the same version: the second is refused (412), its store takes the first one’s meal and emits the conflict', async () => {
    const { phone, laptop, id, meal } = await twoDevices('2 eggs');
    const conflicts: unknown[] = [];
    laptop.on('conflict', (c) => conflicts.push(c));
    const [item] = meal.items;
    const food = item?.food_id as string;
    const unit = item?.measures[0]?.unit as string;

    // The laptop began its edit on the version both had; the phone's edit lands first.
    const first = await phone.edit(
      id,
      replaceItem(meal, 0, { id: item?.id, food_id: food, quantity: 3, unit }),
    );
    expect((await first.outcome).status).toBe('applied');
    const second = await laptop.edit(
      id,
      replaceItem(meal, 0, { id: item?.id, food_id: food, quantity: 1, unit }),
      {
        version: meal.version,
      },
    );
    const outcome = await second.outcome;

    expect(outcome.status).toBe('conflict');
    if (outcome.status !== 'conflict') return;
    expect(outcome.conflict.theirs).toMatchObject({ version: meal.version + 1 });
    expect(outcome.conflict.theirs.items[0]?.quantity).toBe(3);
    expect(outcome.conflict.mine.items[0]?.quantity).toBe(1);
    expect(conflicts).toHaveLength(1);
    expect(shown(laptop, id)?.items[0]?.quantity).toBe(3);
    expect(shown(laptop, id)?.unsynced).toBe(false);
    // Nothing overwritten: the server kept the phone's edit.
    expect((await phone.api.mealLog(id)).items[0]?.quantity).toBe(3);
  });

  it('an edit made offline waits in the outbox with its If-Match and is applied on reconnect', async () => {
    const server = await harness.server({ realParser: true });
    const { access_token: token } = await harness.user(server.url);
    const proxy = await startFaultProxy(server.url);
    harness.onCleanup(() => proxy.close());
    const client = harness.client({ baseUrl: proxy.url, token, day: { tz: 'UTC' } });
    await client.start();
    await stateReached(client, 'live');
    const done = await client.settled((await client.log('a banana')).key);
    const meal = done.meal as MealLog;
    const egg = await foodNamed(client, 'egg');

    proxy.set({ refuseConnections: true });
    proxy.dropAll();
    await stateReached(client, 'reconnecting');
    const pending = await client.edit(
      meal.id,
      addItem(meal, { food_id: egg.id, quantity: 2, unit: egg.default_unit }),
    );
    expect(client.outbox.records).toMatchObject([{ kind: 'edit', meal_id: meal.id, if_match: meal.version }]);
    // The searched food's numbers make the preview's total right before the server has seen it.
    expect(shown(client, meal.id)?.items).toHaveLength(2);
    expect(shown(client, meal.id)?.totals?.calories).toBeGreaterThan(meal.totals?.calories ?? 0);

    proxy.set({});
    const outcome = await pending.outcome;
    expect(outcome.status).toBe('applied');
    expect(client.outbox.records).toEqual([]);
    const onServer = (await request<MealLog>(server.url, 'GET', `/api/v1/meal-logs/${meal.id}`, { token }))
      .body;
    expect(onServer.items.map((i) => i.food_id)).toEqual([meal.items[0]?.food_id, egg.id]);
    expect(shown(client, meal.id)?.totals).toEqual(onServer.totals);
  });

  it('an edit made offline while another device changed the meal: a conflict on reconnect, the other device’s edit kept', async () => {
    const { phone, laptop, id, meal, token, server } = await twoDevices('a cup of rice');
    void laptop;
    const [item] = meal.items;
    await phone.close();
    const proxy = await startFaultProxy(server.url);
    harness.onCleanup(() => proxy.close());
    const offline = harness.client({ baseUrl: proxy.url, token, day: { tz: 'UTC' } });
    await offline.start();
    await stateReached(offline, 'live');
    proxy.set({ refuseConnections: true });
    proxy.dropAll();
    await stateReached(offline, 'reconnecting');
    const pending = await offline.edit(id, { meal_type: 'dinner' });

    const elsewhere = await laptop.edit(
      id,
      replaceItem(meal, 0, { id: item?.id, food_id: item?.food_id as string, grams: 50 }),
    );
    expect((await elsewhere.outcome).status).toBe('applied');

    proxy.set({});
    const outcome = await pending.outcome;
    expect(outcome.status).toBe('conflict');
    const onServer = await laptop.api.mealLog(id);
    expect(onServer.items[0]?.grams).toBe(50);
    expect(onServer.meal_type).toBe(meal.meal_type);
    await versionReached(offline, id, onServer.version);
  });

  it('food search and a food by id; remembered portions are listed and forgotten', async () => {
    const server = await harness.server({ realParser: true });
    const { access_token: token } = await harness.user(server.url);
    const client = harness.client({ baseUrl: server.url, token, day: { tz: 'UTC' } });
    await client.start();
    const egg = await foodNamed(client, 'egg');
    expect(await client.foods.get(egg.id)).toEqual(egg);
    expect(client.foods.cached(egg.id)).toEqual(egg);
    expect(await client.foods.search('   ')).toEqual([]);

    // "coffee" leaves the amount to the parser; setting it is remembered for the next time.
    const done = await client.settled((await client.log('coffee')).key);
    const meal = done.meal as MealLog;
    const [coffee] = meal.items;
    expect(coffee?.assumed).toContain('quantity');
    const food = coffee?.food_id as string;
    const edited = await client.edit(
      meal.id,
      replaceItem(meal, 0, { id: coffee?.id, food_id: food, grams: 150 }),
    );
    expect((await edited.outcome).status).toBe('applied');
    const portions = await client.portions.list();
    expect(portions.map((p) => [p.food_id, p.grams])).toEqual([[food, 150]]);
    const again = await client.settled((await client.log('coffee')).key);
    expect(again.items[0]).toMatchObject({ food_id: food, grams: 150, source: 'memory' });

    await client.portions.forget(food);
    expect(await client.portions.list()).toEqual([]);
  });
});
