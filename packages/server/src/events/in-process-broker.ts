import type { Broker } from './broker.js';
import type { StoredEvent } from './stored-event.js';

/** The single-node broker: delivery within this process, in publish order. */
export const createInProcessBroker = (): Broker => {
  const listeners: Array<(event: StoredEvent) => void> = [];
  return {
    async publish(events) {
      for (const event of events) for (const listener of listeners) listener(event);
    },
    onEvents(listener) {
      listeners.push(listener);
    },
    async close() {
      listeners.length = 0;
    },
  };
};
