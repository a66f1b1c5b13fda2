import type { StoredEvent } from './stored-event.js';

/**
 * Tells every node that events were committed. A doorbell, not the source of truth: a subscriber that
 * misses a message notices the gap by seq and reads what it missed from storage.
 */
export interface Broker {
  publish(events: readonly StoredEvent[]): Promise<void>;
  onEvents(listener: (event: StoredEvent) => void): void;
  close(): Promise<void>;
}
