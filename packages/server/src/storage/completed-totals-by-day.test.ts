/**
 * The summary's read (MealHistoryRepository.completedTotalsByDay) on SQLite and PostgreSQL: each
 * day's completed meals summed by the database from the numbers written beside the totals' JSON, which
 * every write of a meal keeps in step.
 */
import { randomUUID } from 'node:crypto';
import type { Nutrients } from '@fitiq/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MealLogRecord } from '../meals/meal-log-record.js';
import { DIALECTS, postgresAvailable } from '../testing/storage-dialects.js';
import type { DayTotals, Storage } from './storage.js';

const withPostgres = await postgresAvailable();
const dialects = DIALECTS.filter((d) => d.name === 'sqlite' || withPostgres);

/** Three days of a zone one hour east of UTC, the last one ending the range. */
const STARTS = ['2026-03-01T23:00:00.000Z', '2026-03-02T23:00:00.000Z', '2026-03-03T23:00:00.000Z'];
const BOUNDS = [...STARTS, '2026-03-04T23:00:00.000Z'];

const kcal = (calories: number): Nutrients => ({
  calories,
  protein_g: calories / 20,
  carbs_g: calories / 8,
  fat_g: calories / 40,
});

const meal = (
  userId: string,
  loggedAt: string,
  totals: Nutrients | null,
  status = 'completed',
): MealLogRecord => ({
  id: randomUUID(),
  userId,
  status: status as MealLogRecord['status'],
  rawInput: `meal at ${loggedAt}`,
  mealType: null,
  loggedAt,
  createdAt: loggedAt,
  updatedAt: loggedAt,
  version: 1,
  items: [],
  totals,
  error: status === 'failed' ? { code: 'no_food_found', message: 'none' } : null,
});

const byDay = (days: DayTotals[]) => [...days].sort((a, b) => a.day - b.day);

describe.each(dialects)('completed totals by day on $name', (dialect) => {
  let storage: Storage;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ storage, dispose } = await dialect.open());
  });
  afterAll(() => dispose());

  const newUser = async () => {
    const id = randomUUID();
    await storage.transaction((tx) =>
      tx.users.insert({ id, email: `${id}@example.com`, passwordHash: 'x', createdAt: STARTS[0] ?? '' }),
    );
    return id;
  };
  const store = (...meals: MealLogRecord[]) =>
    storage.transaction(async (tx) => {
      for (const m of meals) await tx.meals.insert(m, null);
    });
  const totalsByDay = async (userId: string) =>
    byDay(await storage.repos.history.completedTotalsByDay(userId, BOUNDS));

  it("sums each day's completed meals from its start (in) to the next day's (out), and lists only days with meals", async () => {
    const user = await newUser();
    const other = await newUser();
    await store(
      meal(user, '2026-03-01T22:59:59.999Z', kcal(1)), // the day before the range
      meal(user, '2026-03-01T23:00:00.000Z', kcal(100)), // the first day's first instant
      meal(user, '2026-03-02T12:00:00.000Z', kcal(250)),
      meal(user, '2026-03-02T12:30:00.000Z', kcal(900), 'failed'),
      meal(user, '2026-03-02T13:00:00.000Z', kcal(900), 'processing'),
      meal(other, '2026-03-02T12:00:00.000Z', kcal(700)),
      meal(user, '2026-03-02T23:00:00.000Z', kcal(40)), // the second day's first instant
      meal(user, '2026-03-04T23:00:00.000Z', kcal(1)), // the range's end: out
    );
    expect(await totalsByDay(user)).toEqual([
      { day: 0, meals: 2, ...kcal(350) },
      { day: 1, meals: 1, ...kcal(40) },
    ]);
    expect(await storage.repos.history.completedTotalsByDay(user, [BOUNDS[0] ?? ''])).toEqual([]);
  });

  it('a meal counts with the totals of its last write: processed, edited, parsed again, deleted', async () => {
    const user = await newUser();
    const processing = meal(user, '2026-03-03T08:00:00.000Z', null, 'processing');
    const job = {
      id: processing.id,
      mealLogId: processing.id,
      userId: user,
      status: 'running' as const,
      attempts: 1,
      runAt: processing.loggedAt,
      leaseOwner: 'w1',
      leaseUntil: '2999-01-01T00:00:00.000Z',
      lastError: null,
    };
    await storage.transaction((tx) => tx.meals.insert(processing, job));
    expect(await totalsByDay(user)).toEqual([]);

    const outcome = { status: 'completed' as const, items: [], totals: kcal(300), error: null };
    const finished = await storage.transaction((tx) =>
      tx.meals.finish(processing.id, 'w1', 1, { ...outcome, updatedAt: processing.loggedAt }),
    );
    expect(finished?.version).toBe(2);
    expect(await totalsByDay(user)).toEqual([{ day: 1, meals: 1, ...kcal(300) }]);

    const edited = { ...processing, status: 'completed' as const, version: 3, totals: kcal(120) };
    expect(await storage.transaction((tx) => tx.meals.update(edited, 2, null))).toBe(true);
    expect(await totalsByDay(user)).toEqual([{ day: 1, meals: 1, ...kcal(120) }]);

    const again = { ...edited, status: 'processing' as const, version: 4, totals: null };
    expect(await storage.transaction((tx) => tx.meals.update(again, 3, { ...job, attempts: 0 }))).toBe(true);
    expect(await totalsByDay(user)).toEqual([]);

    const reedited = { ...edited, version: 5 };
    expect(await storage.transaction((tx) => tx.meals.update(reedited, 4, null))).toBe(true);
    expect(await totalsByDay(user)).toEqual([{ day: 1, meals: 1, ...kcal(120) }]);
    expect(await storage.transaction((tx) => tx.meals.delete(user, processing.id))).toBe(true);
    expect(await totalsByDay(user)).toEqual([]);
  });
});
