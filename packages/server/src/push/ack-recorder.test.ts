import type { EventType } from '@fitiq/contract';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../events/stored-event.js';
import type { Storage } from '../storage/storage.js';
import { createAckRecorder } from './ack-recorder.js';

const event = (seq: number, type: EventType): StoredEvent => ({
  userId: 'u',
  seq,
  type,
  createdAtMs: 0,
  json: '{}',
});

/** Storage whose only used statement is recorded, each transaction held until the test releases it. */
const recordingStorage = () => {
  const transactions: Array<Array<[string, number]>> = [];
  let release = () => {};
  const storage = {
    transaction: async (work: (tx: unknown) => Promise<void>) => {
      const writes: Array<[string, number]> = [];
      transactions.push(writes);
      const tx = {
        push: {
          cancelAcknowledged: async (userId: string, seq: number) => {
            writes.push([userId, seq]);
          },
        },
      };
      await work(tx);
      await new Promise<void>((resolve) => {
        release = resolve;
      });
    },
  } as unknown as Storage;
  return { storage, transactions, release: () => release() };
};

/** The write's continuation runs in microtasks: one turn of the event loop lets them all run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('acknowledgements recorded for Web Push', () => {
  it('write only for outcomes, once for a burst of sockets acknowledging the same event', async () => {
    const { storage, transactions, release } = recordingStorage();
    const record = createAckRecorder(storage, pino({ level: 'silent' }));
    record('u', [event(1, 'meal_log.created')]);
    expect(transactions).toEqual([]);

    for (let socket = 0; socket < 100; socket++)
      record('u', [event(1, 'meal_log.created'), event(2, 'meal_log.completed')]);
    await settle();
    expect(transactions).toEqual([[['u', 2]]]);
    release();
    await settle();
    expect(transactions).toEqual([[['u', 2]]]);
  });

  it("acks of many users that arrive during a write go together in the next one, each user's highest", async () => {
    const { storage, transactions, release } = recordingStorage();
    const record = createAckRecorder(storage, pino({ level: 'silent' }));
    record('u', [event(2, 'meal_log.completed')]);
    await settle();
    record('u', [event(5, 'meal_log.failed')]);
    record('v', [event(3, 'meal_log.completed')]);
    record('u', [event(4, 'meal_log.completed')]);
    await settle();
    expect(transactions).toEqual([[['u', 2]]]);
    release();
    await settle();
    expect(transactions).toEqual([
      [['u', 2]],
      [
        ['u', 5],
        ['v', 3],
      ],
    ]);
    release();
  });
});
