import type { FastifyBaseLogger } from 'fastify';
import type { StoredEvent } from '../events/stored-event.js';
import type { Storage } from '../storage/storage.js';
import { isPushed } from './push-message.js';

/**
 * Called by a socket when its client acknowledges events: a meal outcome that a live device has seen
 * is not pushed. The record is in storage, shared by every node, because the worker that would push
 * may run anywhere. Only acks that cover an outcome write, and per user one write at a time: acks
 * that arrive meanwhile are folded into the next.
 */
export const createAckRecorder = (storage: Storage, log: FastifyBaseLogger) => {
  const pending = new Map<string, number>();
  const writing = new Set<string>();

  const flush = async (userId: string): Promise<void> => {
    writing.add(userId);
    // Many sockets of one user acknowledge the same event at nearly the same moment: one write for all.
    let written = 0;
    try {
      for (let seq = pending.get(userId); seq !== undefined; seq = pending.get(userId)) {
        pending.delete(userId);
        if (seq <= written) continue;
        await storage.repos.push.cancelAcknowledged(userId, seq);
        written = seq;
      }
    } catch (error) {
      log.warn({ err: error, userId }, 'recording an acknowledgement for push failed; the push may go out');
    } finally {
      writing.delete(userId);
    }
  };

  return (userId: string, acknowledged: readonly StoredEvent[]): void => {
    let seq = 0;
    for (const event of acknowledged) if (isPushed(event.type) && event.seq > seq) seq = event.seq;
    if (seq === 0) return;
    pending.set(userId, Math.max(seq, pending.get(userId) ?? 0));
    if (!writing.has(userId)) void flush(userId);
  };
};

export type AckRecorder = ReturnType<typeof createAckRecorder>;
