import type { FastifyBaseLogger } from 'fastify';
import type { StoredEvent } from '../events/stored-event.js';
import type { Storage } from '../storage/storage.js';
import { isPushed } from './push-message.js';

/**
 * Called by a socket when its client acknowledges events: a meal outcome that a live device has seen
 * is not pushed. The record is in storage, shared by every node, because the worker that would push
 * may run anywhere. Only acks that cover an outcome write, and one write at a time for every user:
 * acks that arrive meanwhile, from any socket of any user, are folded into the next, one transaction
 * (on SQLite, part of a group commit) rather than a commit of its own per acknowledged outcome.
 */
export const createAckRecorder = (storage: Storage, log: FastifyBaseLogger) => {
  /** Per user, the highest acknowledged outcome not written yet. */
  const pending = new Map<string, number>();
  let writing = false;

  const flush = async (): Promise<void> => {
    writing = true;
    // Many sockets of one user acknowledge the same event at nearly the same moment: once is enough.
    let written = new Map<string, number>();
    try {
      while (pending.size > 0) {
        const acks = [...pending].filter(([userId, seq]) => seq > (written.get(userId) ?? 0));
        pending.clear();
        written = new Map(acks);
        if (acks.length === 0) continue;
        try {
          await storage.transaction(async (tx) => {
            for (const [userId, seq] of acks) await tx.push.cancelAcknowledged(userId, seq);
          });
        } catch (error) {
          log.warn(
            { err: error, users: acks.length },
            'recording acknowledgements for push failed; the pushes may go out',
          );
        }
      }
    } finally {
      writing = false;
    }
  };

  return (userId: string, acknowledged: readonly StoredEvent[]): void => {
    let seq = 0;
    for (const event of acknowledged) if (isPushed(event.type) && event.seq > seq) seq = event.seq;
    if (seq === 0) return;
    pending.set(userId, Math.max(seq, pending.get(userId) ?? 0));
    if (!writing) void flush();
  };
};

export type AckRecorder = ReturnType<typeof createAckRecorder>;
