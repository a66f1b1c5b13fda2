import { describe, expect, it } from 'vitest';
import { accountDelivery, accountStream, type ClientLog, type Receipt, type StoredEvent } from './events.js';
import { summarizeLatency } from './latency.js';
import { accountMeals, type StoredMeal, type SubmittedMeal } from './meals.js';
import { type SoakAccount, verdict } from './verdict.js';

const at = (ms: number) => new Date(Date.UTC(2025, 0, 27, 12, 0, 0, ms)).toISOString();
const submitted = (n: number): SubmittedMeal[] =>
  Array.from({ length: n }, (_, i) => ({ user: 'u1', client: 'c1', loggedAt: at(i) }));
const storedOf = (meals: readonly SubmittedMeal[]): StoredMeal[] =>
  meals.map((m, i) => ({ user: m.user, id: `m${i}`, status: 'completed', loggedAt: m.loggedAt }));

/** A healthy stream: each meal created, then completed. */
const streamOf = (meals: number): StoredEvent[] =>
  Array.from({ length: meals * 2 }, (_, i) => ({
    seq: i + 1,
    id: `e${i + 1}`,
    type: i % 2 === 0 ? 'meal_log.created' : 'meal_log.completed',
    mealId: `m${Math.floor(i / 2)}`,
    createdAt: 1_000 + i,
  }));
const receiptsOf = (events: readonly StoredEvent[]): Receipt[] =>
  events.map((e) => ({ seq: e.seq, id: e.id, createdAt: e.createdAt, receivedAt: e.createdAt + 5 }));
const logOf = (received: readonly Receipt[], after = 0): ClientLog => ({
  client: 'c1',
  user: 'u1',
  after,
  received,
  rawDuplicates: 0,
  resets: 0,
});

const healthy = (): SoakAccount => {
  const meals = submitted(3);
  const stream = streamOf(3);
  return {
    meals: accountMeals(meals, storedOf(meals)),
    stream: accountStream(stream),
    deliveries: [{ client: 'c1', account: accountDelivery(stream, logOf(receiptsOf(stream))) }],
    clientErrors: [],
  };
};

describe('soak accounting', () => {
  it('a clean run has nothing to report', () => {
    expect(verdict(healthy())).toEqual([]);
  });

  it('a submitted meal the database does not hold is a loss', () => {
    const meals = submitted(3);
    const account = accountMeals(meals, storedOf(meals).slice(1));
    expect(account.missing).toBe(1);
    expect(verdict({ ...healthy(), meals: account })).toEqual([
      '1 submitted meal(s) missing from the database',
    ]);
  });

  it('a submission stored twice (a retry that escaped its Idempotency-Key) is a duplicate', () => {
    const meals = submitted(3);
    const stored = [...storedOf(meals), { user: 'u1', id: 'again', status: 'completed', loggedAt: at(1) }];
    const account = accountMeals(meals, stored);
    expect(account).toMatchObject({ duplicated: 1, missing: 0, stored: 4 });
    expect(verdict({ ...healthy(), meals: account })).toContain('1 submitted meal(s) stored more than once');
  });

  it('a meal still processing after settling is reported, and the same instant spelled differently still matches', () => {
    const meals = submitted(2);
    const stored = storedOf(meals).map((m, i) =>
      i === 0 ? { ...m, status: 'processing', loggedAt: m.loggedAt.replace('Z', '+00:00') } : m,
    );
    expect(accountMeals(meals, stored)).toMatchObject({ missing: 0, notFinal: 1, final: 1 });
  });

  it('a hole in the stored stream is a gap', () => {
    const stream = streamOf(3).filter((e) => e.seq !== 4);
    expect(accountStream(stream).gaps).toBe(1);
  });

  it('a meal completed twice has a bad history', () => {
    const stream = [
      ...streamOf(2),
      { seq: 5, id: 'e5', type: 'meal_log.completed', mealId: 'm0', createdAt: 9 },
    ];
    expect(accountStream(stream).badMealHistories).toBe(1);
  });

  it('an event the client never received is missing; one before its start cursor is not owed', () => {
    const stream = streamOf(3);
    const received = receiptsOf(stream).filter((r) => r.seq !== 5);
    expect(accountDelivery(stream, logOf(received)).missing).toBe(1);
    expect(accountDelivery(stream, logOf(receiptsOf(stream).slice(2), 2)).missing).toBe(0);
  });

  it('an event handed to the app twice is a duplicate; raw duplicates the SDK dropped are not', () => {
    const stream = streamOf(2);
    const receipts = receiptsOf(stream);
    const twice = [...receipts, receipts[3] as Receipt];
    const account = accountDelivery(stream, { ...logOf(twice), rawDuplicates: 7 });
    expect(account).toMatchObject({ duplicated: 1, rawDuplicates: 7, missing: 0 });
    const failures = verdict({ ...healthy(), deliveries: [{ client: 'c1', account }] });
    expect(failures.some((f) => f.includes('delivered twice'))).toBe(true);
    expect(failures.some((f) => f.includes('raw'))).toBe(false);
  });

  it('events received in the wrong order are a reorder', () => {
    const stream = streamOf(2);
    const [a, b, c, d] = receiptsOf(stream) as [Receipt, Receipt, Receipt, Receipt];
    const account = accountDelivery(stream, logOf([a, c, b, d]));
    expect(account).toMatchObject({ outOfOrder: 1, missing: 0, duplicated: 0 });
    expect(verdict({ ...healthy(), deliveries: [{ client: 'c1', account }] })).toEqual([
      '1 event(s) delivered out of order to c1',
    ]);
  });

  it('an event whose id differs from the stored one at its seq is a mismatch', () => {
    const stream = streamOf(1);
    const [a, b] = receiptsOf(stream) as [Receipt, Receipt];
    expect(accountDelivery(stream, logOf([a, { ...b, id: 'other' }])).mismatched).toBe(1);
  });

  it('client errors that mean loss fail the run', () => {
    expect(verdict({ ...healthy(), clientErrors: ['c1: outbox rejected 1 meal'] })).toEqual([
      'c1: outbox rejected 1 meal',
    ]);
  });

  it('latency is commit to receipt, nearest-rank percentiles', () => {
    const receipts = Array.from({ length: 100 }, (_, i) => ({
      seq: i + 1,
      id: `e${i}`,
      createdAt: 0,
      receivedAt: i + 1,
    }));
    expect(summarizeLatency(receipts)).toEqual({ count: 100, p50: 50, p99: 99, max: 100 });
  });
});
