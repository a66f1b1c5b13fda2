import type { DayView } from '@fitiq/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.js';
import type { Storage } from '../storage/storage.js';
import { GatedParser } from '../testing/gated-parser.js';
import { logMeal, registerUser, request } from '../testing/http-client.js';
import { DIALECTS, postgresAvailable } from '../testing/storage-dialects.js';
import { startTestServer } from '../testing/test-server.js';

const withPostgres = await postgresAvailable();
const dialects = DIALECTS.filter((d) => d.name === 'sqlite' || withPostgres);

/**
 * A storage whose day list, once read inside the day view's transaction, waits while the test holds
 * it, and which says when a write transaction was asked for: so a meal can be logged at exactly the
 * moment between the list and the stream position.
 */
const heldAfterDayList = (inner: Storage) => {
  let hold: { reached: () => void; gate: Promise<void> } | null = null;
  let onWrite: (() => void) | null = null;
  const storage: Storage = {
    ...inner,
    transaction: (work, onCommitted) => {
      onWrite?.();
      return inner.transaction(work, onCommitted);
    },
    snapshot: (work) =>
      inner.snapshot((tx) =>
        work({
          ...tx,
          meals: {
            ...tx.meals,
            async listLoggedBetween(userId, range) {
              const meals = await tx.meals.listLoggedBetween(userId, range);
              if (hold) {
                hold.reached();
                await hold.gate;
              }
              return meals;
            },
          },
        }),
      ),
  };
  const holdNextDayList = () => {
    let release = () => {};
    const reached = new Promise<() => void>((resolve) => {
      const gate = new Promise<void>((done) => {
        release = () => {
          hold = null;
          done();
        };
      });
      hold = { reached: () => resolve(release), gate };
    });
    return reached;
  };
  const nextWrite = () =>
    new Promise<void>((resolve) => {
      onWrite = () => {
        onWrite = null;
        resolve();
      };
    });
  return { storage, holdNextDayList, nextWrite };
};

describe.each(dialects)('the day view on $name', (dialect) => {
  let server: RunningServer;
  let held: ReturnType<typeof heldAfterDayList>;
  let dispose: () => Promise<void>;
  const parser = new GatedParser();

  beforeAll(async () => {
    const opened = await dialect.open();
    dispose = opened.dispose;
    held = heldAfterDayList(opened.storage);
    server = await startTestServer({ storage: held.storage, parser });
  });
  afterAll(async () => {
    while (parser.waiting > 0) parser.completeNext();
    await server.close();
    await dispose();
  });

  // The contract: `head` is read in the same transaction as the list, so a client that loads the
  // day and subscribes with after=head neither misses nor repeats a meal logged meanwhile.
  it('a meal logged between reading the list and reading head is in neither', async () => {
    const { access_token: token } = await registerUser(server.url);
    const date = '2026-03-01';
    const loggedAt = { logged_at: `${date}T12:00:00Z` };
    const earlier = await logMeal(server.url, token, 'toast', loggedAt);
    const before = await request<DayView>(server.url, 'GET', `/api/v1/meal-logs?date=${date}`, { token });
    expect(before.body.meal_logs.map((m) => m.id)).toEqual([earlier.body.id]);

    const listRead = held.holdNextDayList();
    const day = request<DayView>(server.url, 'GET', `/api/v1/meal-logs?date=${date}`, { token });
    const release = await listRead;
    const writeAsked = held.nextWrite();
    const meanwhile = logMeal(server.url, token, 'an apple', loggedAt);
    await writeAsked;
    // PostgreSQL commits the meal beside the open read; SQLite's one connection makes it wait.
    if (dialect.name === 'postgres') expect((await meanwhile).status).toBe(201);
    release();

    const answer = await day;
    expect(answer.status).toBe(200);
    expect(answer.body.meal_logs.map((m) => m.id)).toEqual([earlier.body.id]);
    expect(answer.body.head).toBe(before.body.head);
    const logged = await meanwhile;
    expect(logged.status).toBe(201);
    const after = await request<DayView>(server.url, 'GET', `/api/v1/meal-logs?date=${date}`, { token });
    expect(after.body.meal_logs.map((m) => m.id)).toEqual([earlier.body.id, logged.body.id]);
    expect(after.body.head).toBe(before.body.head + 1);
  });
});
