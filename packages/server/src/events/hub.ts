import type { Broker } from './broker.js';
import type { StoredEvent } from './stored-event.js';

export type Listener = {
  notify(event: StoredEvent): void;
  /** Doorbells may have been lost (the broker was down): look at storage again. */
  resync(): void;
};

/** Routes each committed event to the listeners of its user on this node. */
export class Hub {
  private readonly byUser = new Map<string, Set<Listener>>();

  constructor(broker: Broker) {
    broker.onEvents((event) => this.dispatch(event));
    broker.onResync(() => this.resyncAll());
  }

  add(userId: string, listener: Listener): void {
    let listeners = this.byUser.get(userId);
    if (!listeners) {
      listeners = new Set();
      this.byUser.set(userId, listeners);
    }
    listeners.add(listener);
  }

  remove(userId: string, listener: Listener): void {
    const listeners = this.byUser.get(userId);
    if (!listeners) return;
    listeners.delete(listener);
    if (listeners.size === 0) this.byUser.delete(userId);
  }

  private resyncAll(): void {
    for (const listeners of this.byUser.values()) for (const listener of listeners) listener.resync();
  }

  private dispatch(event: StoredEvent): void {
    const listeners = this.byUser.get(event.userId);
    if (!listeners) return;
    for (const listener of listeners) listener.notify(event);
  }
}
