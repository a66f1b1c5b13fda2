/**
 * Repeat a meal and recent meals (contract v1.1) on SQLite and PostgreSQL: a copy is completed at
 * once with the original's text and items, and the recent list has one meal per text.
 */
import type { MealLog, PollResponse, RecentMeals } from '@fitiq/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.js';
import { HoldingParser } from '../testing/holding-parser.js';
import { logMeal, registerUser, request } from '../testing/http-client.js';
import { getMeal, streamHead, waitForOutcomeAfter } from '../testing/meal-edits.js';
import { DIALECTS, postgresAvailable } from '../testing/storage-dialects.js';
import { startTestServer } from '../testing/test-server.js';

const withPostgres = await postgresAvailable();
const dialects = DIALECTS.filter((d) => d.name === 'sqlite' || withPostgres);

type CopyAnswer = MealLog & { code?: string; detail?: string };

describe.each(dialects)('repeat a meal, recent meals on $name', (dialect) => {
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

  const logAndWait = async (token: string, text: string, loggedAt?: string): Promise<MealLog> => {
    const posted = await logMeal(server.url, token, text, loggedAt ? { logged_at: loggedAt } : {});
    return (await waitForOutcomeAfter(server.url, token, posted.body.id, 0)).data.meal_log;
  };
  const copy = (token: string, id: string, body?: unknown, key?: string) =>
    request<CopyAnswer>(server.url, 'POST', `/api/v1/meal-logs/${id}/copy`, {
      token,
      ...(body === undefined ? {} : { body }),
      ...(key ? { headers: { 'idempotency-key': key } } : {}),
    });
  const recent = (token: string, query = '') =>
    request<RecentMeals & { code?: string }>(server.url, 'GET', `/api/v1/meal-logs/recent${query}`, {
      token,
    });
  const eventsAfter = async (token: string, after: number) =>
    (await request<PollResponse>(server.url, 'GET', `/api/v1/events?after=${after}`, { token })).body.events;

  describe('POST /meal-logs/{id}/copy', () => {
    it('answers 201 with a completed copy: same text, items (new ids) and totals, at the time and slot asked', async () => {
      const { access_token: token } = await registerUser(server.url);
      const original = await logAndWait(token, '2 eggs and a slice of toast');
      expect(original.status).toBe('completed');
      const head = await streamHead(server.url, token);

      const answer = await copy(token, original.id, {
        logged_at: '2026-12-01T08:15:00+01:00',
        meal_type: 'lunch',
      });
      expect(answer.status).toBe(201);
      const copied = answer.body;
      expect(answer.headers.get('location')).toBe(`/api/v1/meal-logs/${copied.id}`);
      expect(answer.headers.get('etag')).toBe('"1"');
      expect(copied).toMatchObject({
        status: 'completed',
        version: 1,
        raw_input: original.raw_input,
        meal_type: 'lunch',
        logged_at: '2026-12-01T07:15:00.000Z',
        totals: original.totals,
        error: null,
      });
      expect(copied.id).not.toBe(original.id);
      const withoutIds = (meal: MealLog) => meal.items.map(({ id: _id, ...rest }) => rest);
      expect(withoutIds(copied)).toEqual(withoutIds(original));
      const ids = copied.items.map((item) => item.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const item of original.items) expect(ids).not.toContain(item.id);

      // One event, a created that already carries the completed meal; no job, so nothing follows it.
      const events = await eventsAfter(token, head);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        seq: head + 1,
        type: 'meal_log.created',
        data: { meal_log: copied },
      });
      expect((await getMeal(server.url, token, copied.id)).body).toEqual(copied);
      expect(await server.storage.repos.jobs.countPending()).toBe(0);
      // The original is untouched.
      expect((await getMeal(server.url, token, original.id)).body).toEqual(original);
    });

    it("with no body, the copy is logged now and keeps the original's slot", async () => {
      const { access_token: token } = await registerUser(server.url);
      const posted = await logMeal(server.url, token, 'a banana', { meal_type: 'snack' });
      const original = (await waitForOutcomeAfter(server.url, token, posted.body.id, 0)).data.meal_log;
      const before = Date.now();
      const answer = await copy(token, original.id);
      expect(answer.status).toBe(201);
      expect(answer.body.meal_type).toBe('snack');
      expect(Date.parse(answer.body.logged_at)).toBeGreaterThanOrEqual(before - 1000);
      expect(answer.body.logged_at).toBe(answer.body.created_at);
    });

    it('meal_type null clears the slot', async () => {
      const { access_token: token } = await registerUser(server.url);
      const posted = await logMeal(server.url, token, 'a banana', { meal_type: 'snack' });
      const original = (await waitForOutcomeAfter(server.url, token, posted.body.id, 0)).data.meal_log;
      expect((await copy(token, original.id, { meal_type: null })).body.meal_type).toBeNull();
    });

    it('the same Idempotency-Key answers the same copy with 200, and copies once', async () => {
      const { access_token: token } = await registerUser(server.url);
      const original = await logAndWait(token, 'a bowl of oatmeal');
      const head = await streamHead(server.url, token);
      const first = await copy(token, original.id, {}, 'again-1');
      const replay = await copy(token, original.id, {}, 'again-1');
      expect(first.status).toBe(201);
      expect(replay.status).toBe(200);
      expect(replay.body).toEqual(first.body);
      expect(await streamHead(server.url, token)).toBe(head + 1);
      const other = await copy(token, original.id, {}, 'again-2');
      expect(other.status).toBe(201);
      expect(other.body.id).not.toBe(first.body.id);
    });

    it("a copy of another user's meal answers 404, exactly as an unknown one, and writes nothing", async () => {
      const { access_token: mine } = await registerUser(server.url);
      const { access_token: theirs } = await registerUser(server.url);
      const original = await logAndWait(mine, 'an apple');
      const [myHead, theirHead] = [await streamHead(server.url, mine), await streamHead(server.url, theirs)];
      const stolen = await copy(theirs, original.id, {});
      const unknown = await copy(theirs, '0190e2b4-0000-7000-8000-000000000000', {});
      for (const answer of [stolen, unknown]) {
        expect(answer.status).toBe(404);
        expect(answer.headers.get('content-type')).toContain('application/problem+json');
        expect(answer.body.code).toBe('not_found');
      }
      expect(stolen.body.detail).toBe(unknown.body.detail);
      expect(await streamHead(server.url, mine)).toBe(myHead);
      expect(await streamHead(server.url, theirs)).toBe(theirHead);
    });

    it('a meal still processing is refused with 409 meal_processing, and nothing is written', async () => {
      const { access_token: token } = await registerUser(server.url);
      parser.hold = true;
      try {
        const posted = await logMeal(server.url, token, 'a cup of coffee');
        await parser.gate.waitForCalls(1);
        const head = await streamHead(server.url, token);
        const answer = await copy(token, posted.body.id, {});
        expect(answer.status).toBe(409);
        expect(answer.headers.get('content-type')).toContain('application/problem+json');
        expect(answer.body.code).toBe('meal_processing');
        expect(await streamHead(server.url, token)).toBe(head);
        await parser.releaseNext();
        await waitForOutcomeAfter(server.url, token, posted.body.id, 0);
      } finally {
        parser.hold = false;
      }
    });

    it('a failed meal is refused with 409 meal_failed, naming why it failed', async () => {
      const { access_token: token } = await registerUser(server.url);
      const failed = await logAndWait(token, 'zzqx vrrk plonth');
      expect(failed.status).toBe('failed');
      const head = await streamHead(server.url, token);
      const answer = await copy(token, failed.id, {});
      expect(answer.status).toBe(409);
      expect(answer.body.code).toBe('meal_failed');
      expect(answer.body.detail).toContain(failed.error?.code ?? 'failed');
      expect(await streamHead(server.url, token)).toBe(head);
    });

    it.each([
      ['a logged_at that is no date', { logged_at: 'yesterday' }],
      ['an unknown meal_type', { meal_type: 'brunch' }],
      ['an unknown field', { raw_input: 'cake' }],
      ['a body that is not an object', [1]],
    ])('refuses %s with 400, and writes nothing', async (_name, body) => {
      const { access_token: token } = await registerUser(server.url);
      const original = await logAndWait(token, 'a pear');
      const head = await streamHead(server.url, token);
      const answer = await copy(token, original.id, body);
      expect(answer.status).toBe(400);
      expect(answer.body.code).toBe('validation_failed');
      expect(await streamHead(server.url, token)).toBe(head);
    });
  });

  describe('GET /meal-logs/recent', () => {
    it('lists the latest completed meal of each text, case and spacing ignored, newest first', async () => {
      const { access_token: token } = await registerUser(server.url);
      await logAndWait(token, 'two eggs', '2026-11-01T08:00:00.000Z');
      const banana = await logAndWait(token, 'a banana', '2026-11-02T10:00:00.000Z');
      const latestEggs = await logAndWait(token, '  Two   EGGS ', '2026-11-03T08:00:00.000Z');
      await logAndWait(token, 'zzqx vrrk plonth', '2026-11-04T08:00:00.000Z'); // failed: not listed
      const answer = await recent(token);
      expect(answer.status).toBe(200);
      expect(answer.body.meal_logs.map((m) => m.id)).toEqual([latestEggs.id, banana.id]);
      expect(answer.body.meal_logs[0]).toEqual(latestEggs);
    });

    it('a copy is the newest meal of its text', async () => {
      const { access_token: token } = await registerUser(server.url);
      const eggs = await logAndWait(token, 'two eggs', '2026-11-01T08:00:00.000Z');
      await logAndWait(token, 'a banana', '2026-11-02T08:00:00.000Z');
      const again = (await copy(token, eggs.id, { logged_at: '2026-11-05T08:00:00Z' })).body;
      expect((await recent(token)).body.meal_logs.map((m) => m.id)[0]).toBe(again.id);
      expect((await recent(token)).body.meal_logs).toHaveLength(2);
    });

    it('limit bounds the list (1 to 50, default 20); a limit out of range is 400', async () => {
      const { access_token: token } = await registerUser(server.url);
      const first = await logAndWait(token, 'an apple', '2026-11-01T08:00:00.000Z');
      const second = await logAndWait(token, 'a pear', '2026-11-02T08:00:00.000Z');
      expect((await recent(token, '?limit=1')).body.meal_logs.map((m) => m.id)).toEqual([second.id]);
      expect((await recent(token, '?limit=50')).body.meal_logs.map((m) => m.id)).toEqual([
        second.id,
        first.id,
      ]);
      for (const limit of ['0', '51', '-1', 'ten', '1.5']) {
        const answer = await recent(token, `?limit=${limit}`);
        expect(answer.status).toBe(400);
        expect(answer.body.code).toBe('validation_failed');
      }
    });

    it("a new user's list is empty, and never shows another user's meals", async () => {
      const { access_token: mine } = await registerUser(server.url);
      await logAndWait(mine, 'an apple');
      const { access_token: theirs } = await registerUser(server.url);
      expect((await recent(theirs)).body).toEqual({ meal_logs: [] });
    });
  });
});
