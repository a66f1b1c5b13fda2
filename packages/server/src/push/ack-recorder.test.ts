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

/** Storage whose only used statement is recorded and held until the test releases it. */
const recordingStorage = () => {
  const writes: Array<[string, number]> = [];
  let release = () => {};
  const storage = {
    repos: {
      push: {
        cancelAcknowledged: (userId: string, seq: number) => {
          writes.push([userId, seq]);
          return new Promise<void>((resolve) => {
            release = resolve;
          });
        },
      },
    },
  } as unknown as Storage;
  return { storage, writes, release: () => release() };
};

describe('acknowledgements recorded for Web Push', () => {
  it('write only for outcomes, once for a burst of sockets acknowledging the same event', async () => {
    const { storage, writes, release } = recordingStorage();
    const record = createAckRecorder(storage, pino({ level: 'silent' }));
    record('u', [event(1, 'meal_log.created')]);
    expect(writes).toEqual([]);

    for (let socket = 0; socket < 100; socket++)
      record('u', [event(1, 'meal_log.created'), event(2, 'meal_log.completed')]);
    expect(writes).toEqual([['u', 2]]);
    release();
    // The write's continuation runs in microtasks: one turn of the event loop lets them all run.
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toEqual([['u', 2]]);

    record('u', [event(5, 'meal_log.failed')]);
    record('v', [event(3, 'meal_log.completed')]);
    expect(writes).toEqual([
      ['u', 2],
      ['u', 5],
      ['v', 3],
    ]);
  });
});
