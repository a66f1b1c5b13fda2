import type { StoredEvent } from './stored-event.js';

/**
 * Tells every node that events were committed, and worker nodes that jobs are waiting. A doorbell,
 * not the source of truth: a subscriber that misses a message notices the gap by seq and reads what
 * it missed from storage, and after the broker reconnects every subscriber reads from storage again.
 */
export interface Broker {
  /** Never waits for the network: committing a meal must not depend on the broker being up. */
  publish(events: readonly StoredEvent[]): void;
  onEvents(listener: (event: StoredEvent) => void): void;
  /** Called after the broker was unreachable for a while: messages may have been lost meanwhile. */
  onResync(listener: () => void): void;
  ringJobs(): void;
  onJobs(listener: () => void): void;
  /** Null when healthy, else why not (for /readyz). */
  health(): string | null;
  close(): Promise<void>;
}
