import { createECDH, randomBytes, randomUUID } from 'node:crypto';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEventLog } from '../events/event-log.js';
import { createInProcessBroker } from '../events/in-process-broker.js';
import type { MealLogRecord } from '../meals/meal-log-record.js';
import { toMealLogDto } from '../meals/meal-log-record.js';
import type { Clock } from '../ops/clock.js';
import { createMetrics } from '../ops/metrics.js';
import { createSqliteStorage } from '../storage/sqlite/sqlite-storage.js';
import type { Storage } from '../storage/storage.js';
import { createPushDispatcher } from './push-dispatcher.js';
import type { PushOutcome } from './push-outcome.js';
import { withPushDeliveries } from './push-scheduling.js';
import type { OutgoingPush } from './push-sender.js';

const T0 = Date.parse('2026-01-01T08:00:00.000Z');
const fixedClock: Clock = { now: () => T0, nowIso: () => new Date(T0).toISOString() };

/** A push service the test answers by hand: each send waits until the test settles it. */
const heldSender = () => {
  const sends: Array<{ push: OutgoingPush; answer: (outcome: PushOutcome) => void; signal: AbortSignal }> =
    [];
  let notify = () => {};
  const send = (push: OutgoingPush, signal: AbortSignal) =>
    new Promise<PushOutcome>((resolve, reject) => {
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      sends.push({ push, answer: resolve, signal });
      notify();
    });
  const waitForSends = (count: number) =>
    new Promise<void>((resolve) => {
      notify = () => {
        if (sends.length >= count) resolve();
      };
      notify();
    });
  return { send, sends, waitForSends };
};

describe('the push dispatcher', () => {
  let storage: Storage;
  let userId: string;

  beforeEach(async () => {
    storage = createSqliteStorage(':memory:');
    await storage.migrate();
    userId = randomUUID();
    await storage.transaction(async (tx) => {
      await tx.users.insert({ id: userId, email: `${userId}@example.com`, passwordHash: 'x', createdAt: '' });
      await tx.push.subscribe(
        {
          id: randomUUID(),
          userId,
          endpoint: 'https://fcm.googleapis.com/fcm/send/abc',
          p256dh: createECDH('prime256v1').generateKeys().toString('base64url'),
          auth: randomBytes(16).toString('base64url'),
          createdAt: '',
        },
        20,
      );
    });
  });
  afterEach(() => storage.close());

  /** A meal's completion, with the push it owes due at once. */
  const complete = () => {
    const eventLog = withPushDeliveries(
      createEventLog(storage, createInProcessBroker(), createMetrics(), fixedClock.nowIso),
      0,
    );
    const meal: MealLogRecord = {
      id: randomUUID(),
      userId,
      status: 'completed',
      rawInput: 'two eggs',
      mealType: 'breakfast',
      loggedAt: new Date(T0).toISOString(),
      createdAt: new Date(T0).toISOString(),
      updatedAt: new Date(T0).toISOString(),
      version: 2,
      items: [],
      totals: { calories: 140, protein_g: 12, carbs_g: 1, fat_g: 10 },
      error: null,
    };
    return eventLog.write((_tx, emit) => emit(userId, 'meal_log.completed', toMealLogDto(meal)));
  };
  const dispatcher = (send: ReturnType<typeof heldSender>['send']) =>
    createPushDispatcher({
      storage,
      send,
      clock: fixedClock,
      log: pino({ level: 'silent' }),
      metrics: createMetrics(),
      settings: { pollMs: 10, timeoutMs: 1000, maxAttempts: 3, retryBaseMs: 10, retryMaxMs: 20 },
    });

  it('a send cut off by shutdown is handed back, due at once for whichever worker claims next', async () => {
    const event = await complete();
    const first = heldSender();
    const stopping = dispatcher(first.send);
    stopping.start();
    await first.waitForSends(1);
    expect(first.sends[0]?.push.payload).toContain(`"seq":${event.seq}`);
    await stopping.stop();
    expect(first.sends[0]?.signal.aborted).toBe(true);

    const second = heldSender();
    const next = dispatcher(second.send);
    next.start();
    await second.waitForSends(1);
    second.sends[0]?.answer({ kind: 'sent' });
    await expect.poll(() => storage.repos.push.countDeliveries()).toBe(0);
    await next.stop();
    expect(second.sends).toHaveLength(1);
  });

  it('a delivery whose event is no longer stored (pruned by retention) is dropped unsent', async () => {
    await complete();
    await storage.transaction((tx) => tx.events.pruneStream(userId, new Date(T0 + 1).toISOString(), 0));
    const sender = heldSender();
    const running = dispatcher(sender.send);
    running.start();
    await expect.poll(() => storage.repos.push.countDeliveries()).toBe(0);
    await running.stop();
    expect(sender.sends).toEqual([]);
  });
});
