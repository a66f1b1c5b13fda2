import type { MealLog } from '@fitiq/contract';
import { describe, expect, it } from 'vitest';
import { FitIQApi } from '../api/api-client.js';
import { HttpClient } from '../api/http.js';
import { TokenManager } from '../api/token-manager.js';
import { memoryStorage } from '../storage/memory-storage.js';
import type { ClientStorage } from '../storage/storage.js';
import { fixtureMeal } from '../testing/meal-fixtures.js';
import { Outbox } from './outbox.js';
import type { OutboxRecord } from './outbox-record.js';

type Copied = { source: string; key: string | null; body: Record<string, unknown> };

const problem = (status: number, code: string, detail: string) =>
  new Response(JSON.stringify({ type: 'x', title: 't', status, detail, code }), { status });

/**
 * POST /meal-logs/{id}/copy as the contract has it: one copy per Idempotency-Key (a repeated key
 * answers 200 with the same copy), 404 for a meal it does not have, 409 for one not completed.
 * `down` fails every request as with no network; `loseAnswers` makes the copy and drops the answer.
 */
const fakeServer = (originals: MealLog[]) => {
  const copies = new Map<string, MealLog>();
  const sent: Copied[] = [];
  const state = { down: false, loseAnswers: 0 };
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    if (state.down) throw new TypeError('fetch failed');
    const source = /\/meal-logs\/([^/]+)\/copy$/.exec(String(input))?.[1] ?? '';
    const key = new Headers(init?.headers).get('idempotency-key');
    const body = JSON.parse(String(init?.body)) as Record<string, unknown>;
    sent.push({ source, key, body });
    const original = originals.find((m) => m.id === source);
    if (!original) return problem(404, 'not_found', 'no such meal log');
    if (original.status !== 'completed')
      return problem(409, 'meal_failed', 'only a completed meal can be copied');
    const known = key ? copies.get(key) : undefined;
    const copy = known ?? {
      ...original,
      id: `00000000-0000-4000-8000-${String(copies.size + 100).padStart(12, '0')}`,
      logged_at: String(body.logged_at),
      meal_type: (body.meal_type ?? original.meal_type) as MealLog['meal_type'],
    };
    if (key) copies.set(key, copy);
    if (state.loseAnswers > 0) {
      state.loseAnswers -= 1;
      throw new TypeError('connection reset');
    }
    return new Response(JSON.stringify(copy), { status: known ? 200 : 201 });
  };
  return { fetch, sent, state, copies };
};

const outboxFor = (server: ReturnType<typeof fakeServer>, storage: ClientStorage = memoryStorage()) => {
  const http = new HttpClient({
    baseUrl: 'http://fitiq.test',
    tokens: new TokenManager('t', null),
    fetch: server.fetch,
  });
  const outbox = new Outbox({ api: new FitIQApi(http), storage, backoff: { baseMs: 5, maxMs: 20 } });
  const uploaded: Array<{ record: OutboxRecord; meal: MealLog }> = [];
  outbox.on('uploaded', (upload) => uploaded.push(upload));
  return { outbox, uploaded };
};

/** Resolves once nothing is waiting to upload (every record gone or rejected). */
const settled = (outbox: Outbox) =>
  new Promise<void>((resolve) => {
    const done = (records: readonly { status: string }[]) => records.every((r) => r.status !== 'pending');
    if (done(outbox.records)) return resolve();
    const off = outbox.on('change', (records) => {
      if (!done(records)) return;
      off();
      resolve();
    });
  });

const attempted = (outbox: Outbox) =>
  new Promise<void>((resolve) => {
    const off = outbox.on('change', (records) => {
      if ((records[0]?.attempts ?? 0) < 1) return;
      off();
      resolve();
    });
  });

const breakfast = fixtureMeal({ raw_input: 'oatmeal with blueberries', meal_type: 'breakfast' });

describe('copies in the outbox', () => {
  it('a copy made offline is stored with the original’s text, survives a restart and is made once back online', async () => {
    const server = fakeServer([breakfast]);
    const storage = memoryStorage();
    server.state.down = true;
    const first = outboxFor(server, storage);
    first.outbox.start();
    const record = await first.outbox.addCopy(breakfast, { logged_at: '2025-02-01T12:30:00.000Z' });
    expect(await storage.get(`outbox:${record.local_id}`)).toMatchObject({
      copy_of: breakfast.id,
      raw_input: 'oatmeal with blueberries',
      meal_type: 'breakfast',
      logged_at: '2025-02-01T12:30:00.000Z',
      status: 'pending',
    });
    await attempted(first.outbox);
    first.outbox.stop();

    server.state.down = false;
    const second = outboxFor(server, storage);
    await second.outbox.load();
    second.outbox.start();
    await settled(second.outbox);

    expect(server.copies.size).toBe(1);
    expect(server.sent.at(-1)).toEqual({
      source: breakfast.id,
      key: record.local_id,
      body: { meal_type: 'breakfast', logged_at: '2025-02-01T12:30:00.000Z' },
    });
    expect(second.uploaded.map((u) => [u.record.local_id, u.meal.status, u.meal.logged_at])).toEqual([
      [record.local_id, 'completed', '2025-02-01T12:30:00.000Z'],
    ]);
    expect(await storage.entries('outbox:')).toEqual([]);
  });

  it('a copy whose answer was lost is sent again with the same Idempotency-Key: still one copy', async () => {
    const server = fakeServer([breakfast]);
    server.state.loseAnswers = 1;
    const { outbox, uploaded } = outboxFor(server);
    outbox.start();
    const record = await outbox.addCopy(breakfast, { meal_type: 'lunch' });
    await settled(outbox);
    expect(server.sent.map((s) => s.key)).toEqual([record.local_id, record.local_id]);
    expect(server.copies.size).toBe(1);
    expect(uploaded.map((u) => u.meal.meal_type)).toEqual(['lunch']);
  });

  it('copies and new meals go up in the order they were made', async () => {
    const server = fakeServer([breakfast]);
    const order: string[] = [];
    const { outbox } = outboxFor({
      ...server,
      fetch: async (input, init) => {
        order.push(String(input).endsWith('/copy') ? 'copy' : 'natural');
        return String(input).endsWith('/copy')
          ? server.fetch(input, init)
          : new Response(JSON.stringify(fixtureMeal({ status: 'processing' })), { status: 201 });
      },
    });
    await outbox.add('a banana');
    await outbox.addCopy(breakfast);
    await outbox.add('an apple');
    outbox.start();
    await settled(outbox);
    expect(order).toEqual(['natural', 'copy', 'natural']);
  });

  it('the server refuses the copy of a meal that did not complete: kept as rejected, with its reason', async () => {
    const failed = fixtureMeal({ id: '00000000-0000-4000-8000-000000000009', status: 'failed' });
    const server = fakeServer([failed]);
    const { outbox } = outboxFor(server);
    outbox.start();
    await outbox.addCopy(failed);
    await settled(outbox);
    expect(outbox.records).toMatchObject([
      { status: 'rejected', error: { code: 'meal_failed', message: 'only a completed meal can be copied' } },
    ]);
    expect(server.sent).toHaveLength(1);
  });

  it('the meal to copy was deleted before the copy could be sent: rejected, not silently dropped', async () => {
    const server = fakeServer([]);
    const { outbox } = outboxFor(server);
    outbox.start();
    await outbox.addCopy(breakfast);
    await settled(outbox);
    expect(outbox.records).toMatchObject([{ status: 'rejected', error: { code: 'not_found' } }]);
  });
});
