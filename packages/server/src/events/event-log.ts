import type { EventType, MealLog } from '@fitiq/contract';
import type { Metrics } from '../ops/metrics.js';
import { newRecordId } from '../storage/record-id.js';
import type { Repositories, Storage } from '../storage/storage.js';
import type { Broker } from './broker.js';
import type { StoredEvent } from './stored-event.js';

export type Emit = (userId: string, type: EventType, mealLog: MealLog) => Promise<StoredEvent>;

/** Appends an event whose `data` is not a meal (v1.1 `goals.updated`: `{goals}`). */
export type EmitData = (
  userId: string,
  type: EventType,
  data: Record<string, unknown>,
) => Promise<StoredEvent>;

/**
 * The only way to change a user's meal logs: `write` runs the change and appends its events in one
 * transaction, then rings the broker after the commit, so no reader ever hears of an event it
 * cannot read back from storage.
 */
export const createEventLog = (storage: Storage, broker: Broker, metrics: Metrics, nowIso: () => string) => {
  const emitDataInto =
    (tx: Repositories, appended: StoredEvent[]): EmitData =>
    async (userId, type, data) => {
      const id = newRecordId();
      const createdAt = nowIso();
      const stored = await tx.events.append(userId, {
        id,
        type,
        createdAt,
        buildPayload: (seq) => JSON.stringify({ seq, id, type, created_at: createdAt, data }),
      });
      appended.push(stored);
      return stored;
    };

  return {
    async write<T>(work: (tx: Repositories, emit: Emit, emitData: EmitData) => Promise<T>): Promise<T> {
      const appended: StoredEvent[] = [];
      return storage.transaction(
        (tx) => {
          // A transaction may run again after a rollback: only the last run's events were committed.
          appended.length = 0;
          const emitData = emitDataInto(tx, appended);
          const emit: Emit = (userId, type, mealLog) => emitData(userId, type, { meal_log: mealLog });
          return work(tx, emit, emitData);
        },
        // Rung at the commit itself, before the writer (or anyone committed with it) goes on.
        () => {
          for (const event of appended) metrics.eventsAppended.inc({ type: event.type });
          if (appended.length > 0) broker.publish(appended);
        },
      );
    },
  };
};

export type EventLog = ReturnType<typeof createEventLog>;
