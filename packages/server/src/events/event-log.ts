import type { EventType, MealLog } from '@fitiq/contract';
import type { Metrics } from '../ops/metrics.js';
import { newRecordId } from '../storage/record-id.js';
import type { Repositories, Storage } from '../storage/storage.js';
import type { Broker } from './broker.js';
import type { StoredEvent } from './stored-event.js';

export type Emit = (userId: string, type: EventType, mealLog: MealLog) => Promise<StoredEvent>;

/**
 * The only way to change a user's meal logs: `write` runs the change and appends its events in one
 * transaction, then rings the broker after the commit, so no reader ever hears of an event it
 * cannot read back from storage.
 */
export const createEventLog = (storage: Storage, broker: Broker, metrics: Metrics, nowIso: () => string) => {
  const emitInto =
    (tx: Repositories, appended: StoredEvent[]): Emit =>
    async (userId, type, mealLog) => {
      const id = newRecordId();
      const createdAt = nowIso();
      const stored = await tx.events.append(userId, {
        id,
        type,
        createdAt,
        buildPayload: (seq) =>
          JSON.stringify({ seq, id, type, created_at: createdAt, data: { meal_log: mealLog } }),
      });
      appended.push(stored);
      return stored;
    };

  return {
    async write<T>(work: (tx: Repositories, emit: Emit) => Promise<T>): Promise<T> {
      const appended: StoredEvent[] = [];
      const result = await storage.transaction((tx) => {
        // A transaction may run again after a rollback: only the last run's events were committed.
        appended.length = 0;
        return work(tx, emitInto(tx, appended));
      });
      for (const event of appended) metrics.eventsAppended.inc({ type: event.type });
      if (appended.length > 0) broker.publish(appended);
      return result;
    },
  };
};

export type EventLog = ReturnType<typeof createEventLog>;
