import type { EventType } from '@fitiq/contract';

/**
 * An event as it travels inside the server: the Event JSON is serialized once, at append time,
 * and every transport sends that same text, so 5,000 sockets cost one JSON.stringify, not 5,000.
 */
export type StoredEvent = {
  userId: string;
  seq: number;
  type: EventType;
  /** Commit time in epoch milliseconds, for delivery latency. */
  createdAtMs: number;
  json: string;
};
