import type { Emit, EventLog } from '../events/event-log.js';
import { isPushed } from './push-message.js';

/**
 * The event log, with every meal outcome it appends owing a push to each of the user's subscriptions,
 * due `afterMs` after the event, written in the event's own transaction. So a delivery exists exactly
 * once per event whichever node wrote it, it exists before any device can see (and acknowledge) the
 * event, and a crash can lose neither.
 */
export const withPushDeliveries = (eventLog: EventLog, afterMs: number): EventLog => ({
  ...eventLog,
  write: (work) =>
    eventLog.write((tx, emit, ...others) => {
      const emitAndSchedule: Emit = async (...args) => {
        const event = await emit(...args);
        if (isPushed(event.type))
          await tx.push.schedule(
            event.userId,
            event.seq,
            new Date(event.createdAtMs + afterMs).toISOString(),
          );
        return event;
      };
      return work(tx, emitAndSchedule, ...others);
    }),
});
