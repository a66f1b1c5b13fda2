/**
 * PATCH /meal-logs/{id} as contract v1.1 states it, on SQLite and PostgreSQL: versions and ETags,
 * every refusal (and that a refused edit changes nothing), items whose nutrients come from the food
 * table only, the text parsed again, and a failed meal completed by the items a person gives it.
 */

import { type MealLog, mealETag, type StreamEvent } from '@fitiq/contract';
import { foodCatalog } from '@fitiq/nutrition';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RunningServer } from '../app.js';
import { HoldingParser } from '../testing/holding-parser.js';
import { logMeal, registerUser } from '../testing/http-client.js';
import { getMeal, patchMeal, streamHead, waitForEvent, waitForOutcomeAfter } from '../testing/meal-edits.js';
import { readSse } from '../testing/sse-client.js';
import { DIALECTS, postgresAvailable } from '../testing/storage-dialects.js';
import { startTestServer } from '../testing/test-server.js';
import { TestSocket } from '../testing/ws-client.js';

const withPostgres = await postgresAvailable();
const dialects = DIALECTS.filter((d) => d.name === 'sqlite' || withPostgres);
const catalog = foodCatalog();

describe.each(dialects)('editing a meal on $name', (dialect) => {
  let server: RunningServer;
  let dispose: () => Promise<void>;
  const parser = new HoldingParser();

  beforeAll(async () => {
    const opened = await dialect.open();
    dispose = opened.dispose;
    server = await startTestServer({ storage: opened.storage, parser });
  });
  afterAll(async () => {
    await server.close();
    await dispose();
  });

  /** A user and a meal the built-in parser completed. */
  const completedMeal = async (text = 'toast and coffee') => {
    const { access_token: token } = await registerUser(server.url);
    const posted = await logMeal(server.url, token, text);
    const outcome = await waitForOutcomeAfter(server.url, token, posted.body.id, 0);
    expect(outcome.type).toBe('meal_log.completed');
    return { token, meal: outcome.data.meal_log };
  };

  /** Proves a refused edit changed nothing: the same meal, the same stream head. */
  const unchanged = async (token: string, meal: MealLog, head: number) => {
    expect((await getMeal(server.url, token, meal.id)).body).toEqual(meal);
    expect(await streamHead(server.url, token)).toBe(head);
  };

  describe('version and ETag', () => {
    it('a meal is version 1 when created, 2 once processed, and +1 with each edit; every single-meal answer names it in ETag', async () => {
      const { access_token: token } = await registerUser(server.url);
      const posted = await logMeal(server.url, token, 'an apple');
      expect(posted.body.version).toBe(1);
      expect(posted.headers.get('etag')).toBe('"1"');
      const done = await waitForOutcomeAfter(server.url, token, posted.body.id, 0);
      expect(done.data.meal_log.version).toBe(2);
      const got = await getMeal(server.url, token, posted.body.id);
      expect(got.body.version).toBe(2);
      expect(got.headers.get('etag')).toBe('"2"');

      const edited = await patchMeal(server.url, token, posted.body.id, { meal_type: 'snack' }, 2);
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({ version: 3, meal_type: 'snack', status: 'completed' });
      expect(edited.headers.get('etag')).toBe('"3"');
      const again = await patchMeal(server.url, token, posted.body.id, { meal_type: 'lunch' }, 3);
      expect(again.headers.get('etag')).toBe('"4"');
      expect((await getMeal(server.url, token, posted.body.id)).headers.get('etag')).toBe('"4"');
    });

    it('an idempotent replay of a POST answers the stored meal with its current ETag', async () => {
      const { access_token: token } = await registerUser(server.url);
      const first = await logMeal(server.url, token, 'an apple', { idempotencyKey: 'etag-1' });
      await waitForOutcomeAfter(server.url, token, first.body.id, 0);
      const replay = await logMeal(server.url, token, 'an apple', { idempotencyKey: 'etag-1' });
      expect(replay.status).toBe(200);
      expect(replay.headers.get('etag')).toBe(mealETag(replay.body.version));
      expect(replay.body.version).toBe(2);
    });

    it('each edit appends one meal_log.updated event carrying the meal exactly as PATCH answered it', async () => {
      const { token, meal } = await completedMeal();
      const head = await streamHead(server.url, token);
      const edited = await patchMeal(server.url, token, meal.id, { meal_type: 'breakfast' }, meal.version);
      const event = await waitForEvent(server.url, token, head, () => true);
      expect(event).toMatchObject({ seq: head + 1, type: 'meal_log.updated' });
      expect(event.data.meal_log).toEqual(edited.body);
      expect(await streamHead(server.url, token)).toBe(head + 1);
    });

    it('an SSE stream and a socket carry meal_log.updated like every other event', async () => {
      const { token, meal } = await completedMeal();
      const head = await streamHead(server.url, token);
      const socket = await TestSocket.connect(server.url, token, head);
      const sse = readSse(server.url, token, { after: head, until: (events) => events.length >= 1 });
      const edited = await patchMeal(server.url, token, meal.id, { meal_type: 'snack' }, meal.version);
      const [message] = (await sse).events;
      expect(message).toMatchObject({ id: String(head + 1), event: 'meal_log.updated' });
      expect(message?.data.data.meal_log).toEqual(edited.body);
      const onSocket = await socket.waitForEvent((e) => e.type === 'meal_log.updated');
      expect(onSocket).toEqual(message?.data);
      socket.terminate();
    });

    it("a deleted meal's event is one version past the last one stored", async () => {
      const { token, meal } = await completedMeal();
      const head = await streamHead(server.url, token);
      await fetch(`${server.url}/api/v1/meal-logs/${meal.id}`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${token}` },
      });
      const event = await waitForEvent(server.url, token, head, () => true);
      expect(event.type).toBe('meal_log.deleted');
      expect(event.data.meal_log.version).toBe(meal.version + 1);
    });
  });

  describe('refusals, each changing nothing', () => {
    it('428 precondition_required without If-Match', async () => {
      const { token, meal } = await completedMeal();
      const head = await streamHead(server.url, token);
      const answer = await patchMeal(server.url, token, meal.id, { meal_type: 'lunch' }, null);
      expect(answer.status).toBe(428);
      expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(answer.body).toMatchObject({ code: 'precondition_required', status: 428 });
      await unchanged(token, meal, head);
    });

    it('412 precondition_failed for an older version, with the meal as it is now in `current` and its ETag', async () => {
      const { token, meal } = await completedMeal();
      const newer = await patchMeal(server.url, token, meal.id, { meal_type: 'dinner' }, meal.version);
      const head = await streamHead(server.url, token);
      const stale = await patchMeal(server.url, token, meal.id, { meal_type: 'lunch' }, meal.version);
      expect(stale.status).toBe(412);
      expect(stale.body).toMatchObject({ code: 'precondition_failed', status: 412 });
      expect(stale.body.current).toEqual(newer.body);
      expect(stale.headers.get('etag')).toBe(mealETag(newer.body.version));
      await unchanged(token, newer.body as MealLog, head);
    });

    it.each([
      ['a version from the future', '"99"'],
      ['a weak tag (If-Match compares strongly)', 'W/"2"'],
      ['"*" (an edit names the version it was made on)', '*'],
      ['an unquoted version', '2'],
      ['garbage', 'yesterday'],
    ])('412 for %s', async (_name, header) => {
      const { token, meal } = await completedMeal();
      const head = await streamHead(server.url, token);
      const answer = await patchMeal(server.url, token, meal.id, { meal_type: 'lunch' }, header);
      expect(answer.status).toBe(412);
      expect(answer.body.current).toEqual(meal);
      await unchanged(token, meal, head);
    });

    it('409 meal_processing while the meal is processing, even with its current version', async () => {
      const { access_token: token } = await registerUser(server.url);
      parser.hold = true;
      try {
        const posted = await logMeal(server.url, token, 'toast');
        await parser.gate.waitForCalls(1);
        const head = await streamHead(server.url, token);
        const answer = await patchMeal(server.url, token, posted.body.id, { meal_type: 'lunch' }, 1);
        expect(answer.status).toBe(409);
        expect(answer.body).toMatchObject({ code: 'meal_processing', status: 409 });
        await unchanged(token, posted.body, head);
        await parser.releaseNext();
      } finally {
        parser.hold = false;
      }
    });

    it("404 for a meal that does not exist and for another user's meal, answered alike", async () => {
      const { token, meal } = await completedMeal();
      const { access_token: other } = await registerUser(server.url);
      const head = await streamHead(server.url, token);
      const missing = await patchMeal(server.url, other, crypto.randomUUID(), { meal_type: 'lunch' }, 2);
      const theirs = await patchMeal(server.url, other, meal.id, { meal_type: 'lunch' }, meal.version);
      expect(theirs.status).toBe(404);
      expect(theirs.body.code).toBe('not_found');
      expect(theirs.body.detail).toBe(missing.body.detail);
      expect(theirs.body.current).toBeUndefined();
      // Without If-Match too: the 428 check says nothing about whose meal it is.
      expect((await patchMeal(server.url, other, meal.id, { meal_type: 'lunch' }, 1)).status).toBe(404);
      await unchanged(token, meal, head);
    });

    const toastId = (meal: MealLog) => {
      const item = meal.items.find((i) => i.food_id !== null);
      if (!item?.food_id) throw new Error(`no food item in ${JSON.stringify(meal.items)}`);
      return item.food_id;
    };

    it.each<[string, (meal: MealLog) => Record<string, unknown>]>([
      ['an unknown food_id', () => ({ items: [{ food_id: 'no-such-food', quantity: 1, unit: 'g' }] })],
      [
        'a unit the food does not have',
        (m) => ({ items: [{ food_id: toastId(m), quantity: 1, unit: 'bucket' }] }),
      ],
      ['quantity 0', (m) => ({ items: [{ food_id: toastId(m), quantity: 0, unit: 'g' }] })],
      ['quantity over 100', (m) => ({ items: [{ food_id: toastId(m), quantity: 100.5, unit: 'g' }] })],
      ['grams 0', (m) => ({ items: [{ food_id: toastId(m), grams: 0 }] })],
      ['grams over 5000', (m) => ({ items: [{ food_id: toastId(m), grams: 5000.1 }] })],
      [
        'a custom item without calories',
        () => ({ items: [{ name: 'soup', protein_g: 1, carbs_g: 1, fat_g: 1 }] }),
      ],
      ['an empty items list', () => ({ items: [] })],
      [
        'raw_input together with items',
        (m) => ({ raw_input: 'an egg', items: [{ food_id: toastId(m), grams: 10 }] }),
      ],
      ['a blank raw_input', () => ({ raw_input: '   ' })],
      ['a raw_input over 1000 characters', () => ({ raw_input: 'a'.repeat(1001) })],
      [
        'an item id the meal does not have',
        (m) => ({ items: [{ id: 'nope', food_id: toastId(m), grams: 10 }] }),
      ],
      [
        'the same item id twice',
        (m) => ({
          items: m.items.flatMap((i) => [
            { id: i.id, name: 'x', calories: 1, protein_g: 0, carbs_g: 0, fat_g: 0 },
            { id: i.id, name: 'y', calories: 1, protein_g: 0, carbs_g: 0, fat_g: 0 },
          ]),
        }),
      ],
      ['an empty body', () => ({})],
      ['an unknown property', () => ({ colour: 'blue' })],
      ['an unknown meal_type', () => ({ meal_type: 'brunch' })],
      ['a logged_at that is not RFC 3339', () => ({ logged_at: 'yesterday' })],
    ])('400 validation_failed for %s', async (_name, body) => {
      const { token, meal } = await completedMeal();
      const head = await streamHead(server.url, token);
      const answer = await patchMeal(server.url, token, meal.id, body(meal), meal.version);
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({ code: 'validation_failed', status: 400 });
      await unchanged(token, meal, head);
    });

    it('nutrients sent with a food item are refused: the server alone computes them from the food table', async () => {
      const { token, meal } = await completedMeal();
      const head = await streamHead(server.url, token);
      const foodId = toastId(meal);
      const answer = await patchMeal(
        server.url,
        token,
        meal.id,
        {
          items: [
            { food_id: foodId, quantity: 1, unit: 'g', calories: 0, protein_g: 0, carbs_g: 0, fat_g: 0 },
          ],
        },
        meal.version,
      );
      expect(answer.status).toBe(400);
      expect(answer.body.code).toBe('validation_failed');
      await unchanged(token, meal, head);
    });
  });

  describe('items', () => {
    it("a food item's nutrients are the food table's for its amount, by measure or by grams, and the totals follow", async () => {
      const { token, meal } = await completedMeal('toast');
      const [toast] = meal.items;
      if (!toast?.food_id) throw new Error('toast has no food');
      const food = catalog.get(toast.food_id);
      const measure = food?.measures[0];
      if (!measure) throw new Error('toast has no measure');
      const answer = await patchMeal(
        server.url,
        token,
        meal.id,
        {
          items: [
            { id: toast.id, food_id: toast.food_id, quantity: 3, unit: measure.unit },
            { food_id: toast.food_id, grams: 50 },
          ],
        },
        meal.version,
      );
      expect(answer.status).toBe(200);
      const byMeasure = catalog.itemFor(toast.food_id, { quantity: 3, unit: measure.unit });
      const byGrams = catalog.itemFor(toast.food_id, { grams: 50 });
      if (!byMeasure.ok || !byGrams.ok) throw new Error('the catalog refused its own food');
      const [first, second] = answer.body.items;
      expect(first).toEqual({ ...byMeasure.item, id: toast.id, assumed: [], source: 'user' });
      expect(second).toMatchObject({ ...byGrams.item, assumed: [], source: 'user' });
      expect(second?.id).not.toBe(toast.id);
      expect(answer.body.totals?.calories).toBeCloseTo(byMeasure.item.calories + byGrams.item.calories, 1);
    });

    it("an edit of one item keeps the others' ids, and an item sent back unchanged keeps what the parser assumed", async () => {
      const { token, meal } = await completedMeal('toast and coffee');
      expect(meal.items).toHaveLength(2);
      const [toast, coffee] = meal.items as [MealLog['items'][0], MealLog['items'][0]];
      expect(new Set(meal.items.map((i) => i.id)).size).toBe(2);
      const answer = await patchMeal(
        server.url,
        token,
        meal.id,
        {
          items: [
            { id: toast.id, food_id: toast.food_id, quantity: 2, unit: toast.unit },
            { id: coffee.id, food_id: coffee.food_id, quantity: coffee.quantity, unit: coffee.unit },
          ],
        },
        meal.version,
      );
      expect(answer.status).toBe(200);
      expect(answer.body.items.map((i) => i.id)).toEqual([toast.id, coffee.id]);
      expect(answer.body.items[0]).toMatchObject({ quantity: 2, source: 'user', assumed: [] });
      expect(answer.body.items[1]).toEqual(coffee);
    });

    it('removing an item keeps the rest; a custom item is taken as typed', async () => {
      const { token, meal } = await completedMeal('toast and coffee');
      const [toast] = meal.items;
      if (!toast) throw new Error('no toast');
      const answer = await patchMeal(
        server.url,
        token,
        meal.id,
        {
          items: [
            { id: toast.id, food_id: toast.food_id, quantity: toast.quantity, unit: toast.unit },
            { name: '  Grandma’s soup ', grams: 300, calories: 210, protein_g: 9, carbs_g: 20.04, fat_g: 8 },
          ],
        },
        meal.version,
      );
      expect(answer.status).toBe(200);
      expect(answer.body.items).toHaveLength(2);
      expect(answer.body.items[0]).toEqual(toast);
      expect(answer.body.items[1]).toMatchObject({
        food_id: null,
        name: 'Grandma’s soup',
        grams: 300,
        calories: 210,
        carbs_g: 20,
        measures: [],
        assumed: [],
        source: 'user',
      });
      expect(answer.body.totals?.calories).toBeCloseTo(toast.calories + 210, 1);
    });

    it('giving items to a failed meal completes it', async () => {
      const { access_token: token } = await registerUser(server.url);
      const posted = await logMeal(server.url, token, 'asdfgh qwerty');
      const failed = await waitForOutcomeAfter(server.url, token, posted.body.id, 0);
      expect(failed.type).toBe('meal_log.failed');
      const [food] = catalog.search('banana', 1);
      if (!food) throw new Error('no banana in the table');
      const answer = await patchMeal(
        server.url,
        token,
        posted.body.id,
        { items: [{ food_id: food.id, quantity: 1, unit: food.default_unit }] },
        failed.data.meal_log.version,
      );
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ status: 'completed', error: null, raw_input: 'asdfgh qwerty' });
      expect(answer.body.totals?.calories).toBe(answer.body.items[0]?.calories);
    });

    it('a failed meal given only a meal_type stays failed', async () => {
      const { access_token: token } = await registerUser(server.url);
      const posted = await logMeal(server.url, token, 'asdfgh qwerty');
      const failed = await waitForOutcomeAfter(server.url, token, posted.body.id, 0);
      const answer = await patchMeal(server.url, token, posted.body.id, { meal_type: 'snack' }, 2);
      expect(answer.body).toMatchObject({ status: 'failed', meal_type: 'snack', version: 3 });
      expect(answer.body.error).toEqual(failed.data.meal_log.error);
    });

    it('logged_at and meal_type change alone, the items untouched', async () => {
      const { token, meal } = await completedMeal();
      const answer = await patchMeal(
        server.url,
        token,
        meal.id,
        { logged_at: '2026-01-02T08:30:00+01:00', meal_type: null },
        meal.version,
      );
      expect(answer.body).toMatchObject({ logged_at: '2026-01-02T07:30:00.000Z', meal_type: null });
      expect(answer.body.items).toEqual(meal.items);
      expect(answer.body.totals).toEqual(meal.totals);
    });
  });

  describe('a new text', () => {
    it('is parsed again: processing at once, then completed with the new items, each step one version and one event', async () => {
      const { token, meal } = await completedMeal('toast');
      const head = await streamHead(server.url, token);
      const answer = await patchMeal(server.url, token, meal.id, { raw_input: '  2 bananas ' }, meal.version);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({
        status: 'processing',
        raw_input: '2 bananas',
        items: [],
        totals: null,
        error: null,
        version: meal.version + 1,
      });
      const done = await waitForOutcomeAfter(server.url, token, meal.id, head);
      const events: StreamEvent[] = [];
      await waitForEvent(server.url, token, head, (e) => {
        events.push(e);
        return e.seq === done.seq;
      });
      expect(events.map((e) => e.type)).toEqual(['meal_log.updated', 'meal_log.completed']);
      expect(done.data.meal_log.version).toBe(meal.version + 2);
      expect(done.data.meal_log.items.map((i) => i.name.toLowerCase()).join()).toContain('banana');
      expect(done.data.meal_log.items[0]?.quantity).toBe(2);
    });

    it('that names no food fails the meal, as after POST', async () => {
      const { token, meal } = await completedMeal('toast');
      const head = await streamHead(server.url, token);
      await patchMeal(server.url, token, meal.id, { raw_input: 'asdfgh qwerty' }, meal.version);
      const done = await waitForOutcomeAfter(server.url, token, meal.id, head);
      expect(done.type).toBe('meal_log.failed');
      expect(done.data.meal_log.error?.code).toBe('no_food_found');
    });

    it('while its job waits, the meal refuses edits with 409 and the job runs once', async () => {
      const { token, meal } = await completedMeal('toast');
      parser.hold = true;
      try {
        const answer = await patchMeal(server.url, token, meal.id, { raw_input: 'an apple' }, meal.version);
        await parser.gate.waitForCalls(1);
        const busy = await patchMeal(
          server.url,
          token,
          meal.id,
          { raw_input: 'an egg' },
          answer.body.version,
        );
        expect(busy.status).toBe(409);
        await parser.releaseNext();
      } finally {
        parser.hold = false;
      }
      await vi.waitFor(async () =>
        expect((await getMeal(server.url, token, meal.id)).body.status).toBe('completed'),
      );
      expect((await getMeal(server.url, token, meal.id)).body.raw_input).toBe('an apple');
    });
  });
});
