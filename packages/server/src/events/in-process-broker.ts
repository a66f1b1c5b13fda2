import type { Broker } from './broker.js';
import type { StoredEvent } from './stored-event.js';

/** The single-node broker: delivery within this process, in publish order, nothing to lose. */
export const createInProcessBroker = (): Broker => {
  const eventListeners: Array<(event: StoredEvent) => void> = [];
  const jobListeners: Array<() => void> = [];
  return {
    publish(events) {
      for (const event of events) for (const listener of eventListeners) listener(event);
    },
    onEvents: (listener) => void eventListeners.push(listener),
    onResync: () => {},
    ringJobs() {
      for (const listener of jobListeners) listener();
    },
    onJobs: (listener) => void jobListeners.push(listener),
    health: () => null,
    async close() {
      eventListeners.length = 0;
      jobListeners.length = 0;
    },
  };
};
