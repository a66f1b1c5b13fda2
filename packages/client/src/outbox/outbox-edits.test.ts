import type { MealLog, MealLogPatch } from '@fitiq/contract';
import { describe, expect, it } from 'vitest';
import { FitIQApi } from '../api/api-client.js';
import { HttpClient } from '../api/http.js';
import { TokenManager } from '../api/token-manager.js';
import { memoryStorage } from '../storage/memory-storage.js';
import type { ClientStorage } from '../storage/storage.js';
import { fixtureItem, fixtureMeal } from '../testing/meal-fixtures.js';
import type { EditRecord } from './edit-record.js';
import { Outbox, type OutboxEvents } from './outbox.js';

type Sent = { ifMatch: string | null; body: MealLogPatch };

/**
 * A server for one meal that keeps a version and honours If-Match as the contract says; `down`
 * makes every request fail as with no network; `loseAnswers` applies an edit and then drops its answer.
 */
const fakeServer = (initial: MealLog) => {
  let meal = initial;
  const sent: Sent[] = [];
  const state = { down: false, loseAnswers: 0 };
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    if (state.down) throw new TypeError('fetch failed');
    const method = init?.method ?? 'GET';
    if (method === 'GET') return json(200, meal);
    const ifMatch = new Headers(init?.headers).get('if-match');
    const body = JSON.parse(String(init?.body)) as MealLogPatch;
    sent.push({ ifMatch, body });
    if (ifMatch !== `"${meal.version}"`) {
      return json(412, {
        type: 'x',
        title: 't',
        status: 412,
        detail: 'd',
        code: 'precondition_failed',
        current: meal,
      });
    }
    const quantity = body.items?.[0] && 'quantity' in body.items[0] ? body.items[0].quantity : 1;
    meal = {
      ...meal,
      version: meal.version + 1,
      ...(body.meal_type !== undefined ? { meal_type: body.meal_type } : {}),
      items: [fixtureItem({ quantity, grams: 30 * quantity, calories: 90 * quantity, source: 'user' })],
    };
    if (state.loseAnswers > 0) {
      state.loseAnswers -= 1;
      throw new TypeError('connection reset');
    }
    void input;
    return json(200, meal);
  };
  return {
    fetch,
    sent,
    state,
    get meal() {
      return meal;
    },
    /** Another device's edit. */
    editElsewhere(change: Partial<MealLog>) {
      meal = { ...meal, ...change, version: meal.version + 1 };
    },
  };
};

const outboxFor = (server: ReturnType<typeof fakeServer>, storage: ClientStorage = memoryStorage()) => {
  const http = new HttpClient({
    baseUrl: 'http://fitiq.test',
    tokens: new TokenManager('t', null),
    fetch: server.fetch,
  });
  const outbox = new Outbox({ api: new FitIQApi(http), storage, backoff: { baseMs: 5, maxMs: 20 } });
  const seen: Array<{ type: keyof OutboxEvents; record: EditRecord; meal: MealLog | null }> = [];
  outbox.on('edited', ({ record, meal }) => seen.push({ type: 'edited', record, meal }));
  outbox.on('conflict', ({ record, current }) => seen.push({ type: 'conflict', record, meal: current }));
  outbox.on('editFailed', ({ record }) => seen.push({ type: 'editFailed', record, meal: null }));
  return { outbox, seen };
};

const empty = (outbox: Outbox) =>
  new Promise<void>((resolve) => {
    if (outbox.records.length === 0) return resolve();
    const off = outbox.on('change', (records) => {
      if (records.length > 0) return;
      off();
      resolve();
    });
  });

const twoSlices: MealLogPatch = { items: [{ id: 'i1', food_id: 'toast', quantity: 2, unit: 'slice' }] };

describe('edits in the outbox', () => {
  it('an edit made offline is kept in storage with its If-Match, survives a restart and is applied once back online', async () => {
    const server = fakeServer(fixtureMeal({ version: 2 }));
    const storage = memoryStorage();
    server.state.down = true;
    const first = outboxFor(server, storage);
    first.outbox.start();
    const record = await first.outbox.addEdit(server.meal.id, 2, twoSlices, server.meal);
    expect(await storage.get(`outbox:${record.local_id}`)).toMatchObject({
      kind: 'edit',
      if_match: 2,
      patch: twoSlices,
    });
    await new Promise<void>((resolve) => {
      const off = first.outbox.on('change', (records) => {
        if ((records[0]?.attempts ?? 0) < 1) return;
        off();
        resolve();
      });
    });
    first.outbox.stop();

    server.state.down = false;
    const second = outboxFor(server, storage);
    await second.outbox.load();
    expect(second.outbox.records).toHaveLength(1);
    second.outbox.start();
    await empty(second.outbox);
    expect(second.seen.map((s) => [s.type, s.meal?.version])).toEqual([['edited', 3]]);
    expect(server.sent.at(-1)).toEqual({ ifMatch: '"2"', body: twoSlices });
    expect(await storage.entries('outbox:')).toEqual([]);
  });

  it('the meal changed on another device meanwhile: 412, the conflict comes with the meal as it is now, nothing is overwritten', async () => {
    const server = fakeServer(fixtureMeal({ version: 2 }));
    server.editElsewhere({ meal_type: 'lunch' });
    const { outbox, seen } = outboxFor(server);
    outbox.start();
    await outbox.addEdit(server.meal.id, 2, twoSlices, server.meal);
    await empty(outbox);
    expect(seen.map((s) => [s.type, s.meal?.version, s.meal?.meal_type])).toEqual([['conflict', 3, 'lunch']]);
    expect(server.meal.items[0]?.quantity).toBe(1);
  });

  it('an edit whose answer was lost is retried, refused with 412, and recognised as applied: no false conflict', async () => {
    const server = fakeServer(fixtureMeal({ version: 2 }));
    server.state.loseAnswers = 1;
    const { outbox, seen } = outboxFor(server);
    outbox.start();
    await outbox.addEdit(server.meal.id, 2, twoSlices, server.meal);
    await empty(outbox);
    expect(server.sent.map((s) => s.ifMatch)).toEqual(['"2"', '"2"']);
    expect(seen.map((s) => [s.type, s.meal?.version])).toEqual([['edited', 3]]);
  });

  it('two edits of one meal made offline: the second follows from the version the first produced', async () => {
    const server = fakeServer(fixtureMeal({ version: 2 }));
    server.state.down = true;
    const { outbox, seen } = outboxFor(server);
    await outbox.addEdit(server.meal.id, 2, twoSlices, server.meal);
    const second = await outbox.addEdit(server.meal.id, 2, { ...twoSlices, meal_type: 'snack' }, server.meal);
    let rebased: number | null = null;
    outbox.on('change', (records) => {
      const waiting = records.find((r) => r.local_id === second.local_id);
      if (waiting?.kind === 'edit' && waiting.if_match !== 2) rebased = waiting.preview.version;
    });
    server.state.down = false;
    outbox.start();
    await empty(outbox);
    expect(server.sent.map((s) => s.ifMatch)).toEqual(['"2"', '"3"']);
    expect(rebased).toBe(3);
    expect(seen.map((s) => s.type)).toEqual(['edited', 'edited']);
    expect(server.meal).toMatchObject({ version: 4, meal_type: 'snack' });
  });

  it('an edit the server refuses for good is reported and dropped; the queue goes on', async () => {
    const server = fakeServer(fixtureMeal({ version: 2 }));
    let refused = false;
    const refusing = async (input: RequestInfo | URL, init?: RequestInit) => {
      if (refused || init?.method !== 'PATCH') return server.fetch(input, init);
      refused = true;
      const problem = {
        type: 'x',
        title: 't',
        status: 400,
        detail: 'unknown unit',
        code: 'validation_failed',
      };
      return new Response(JSON.stringify(problem), { status: 400 });
    };
    const http = new HttpClient({
      baseUrl: 'http://fitiq.test',
      tokens: new TokenManager('t', null),
      fetch: refusing,
    });
    const outbox = new Outbox({ api: new FitIQApi(http), storage: memoryStorage() });
    const failed: string[] = [];
    const edited: number[] = [];
    outbox.on('editFailed', ({ error }) => failed.push(error.code));
    outbox.on('edited', ({ meal }) => edited.push(meal.version));
    outbox.start();
    await outbox.addEdit(
      server.meal.id,
      2,
      { items: [{ id: 'i1', food_id: 'toast', quantity: 1, unit: 'bowl' }] },
      server.meal,
    );
    await outbox.addEdit(server.meal.id, 2, twoSlices, server.meal);
    await empty(outbox);
    expect(failed).toEqual(['validation_failed']);
    expect(edited).toEqual([3]);
  });
});
