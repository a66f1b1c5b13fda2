import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { Redis } from 'ioredis';
import type { Broker } from './broker.js';
import type { StoredEvent } from './stored-event.js';

const EVENTS_CHANNEL = 'fitiq:events';
const JOBS_CHANNEL = 'fitiq:jobs';

type EventsMessage = { node: string; events: readonly StoredEvent[] } | { node: string; resync: true };

/**
 * Fan-out across nodes with Redis pub/sub. Events committed here are delivered to this node's
 * listeners at once and published for the others; a message from this node coming back is ignored.
 * Pub/sub keeps nothing, which is fine for a doorbell: storage has every event, and a reconnect
 * makes every subscriber read from storage (see Broker).
 */
export const createRedisBroker = (url: string, log: FastifyBaseLogger): Broker => {
  const node = randomUUID();
  // Commands must not queue while Redis is down: a publish that cannot go out is dropped (the
  // resync after reconnecting covers it) instead of holding memory and arriving late.
  const publisher = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    lazyConnect: false,
  });
  const subscriber = new Redis(url, { maxRetriesPerRequest: null });
  const eventListeners: Array<(event: StoredEvent) => void> = [];
  const jobListeners: Array<() => void> = [];
  const resyncListeners: Array<() => void> = [];
  let subscribedOnce = false;
  let lastError: string | null = null;

  const deliverLocally = (events: readonly StoredEvent[]) => {
    for (const event of events) for (const listener of eventListeners) listener(event);
  };

  subscriber.on('message', (channel: string, message: string) => {
    if (channel === JOBS_CHANNEL) {
      for (const listener of jobListeners) listener();
      return;
    }
    const parsed = JSON.parse(message) as EventsMessage;
    if (parsed.node === node) return;
    if ('resync' in parsed) resyncLocally();
    else deliverLocally(parsed.events);
  });
  const resyncLocally = () => {
    for (const listener of resyncListeners) listener();
  };
  subscriber.on('ready', () => {
    lastError = null;
    // The first subscription starts the node; any later one follows an outage, during which
    // doorbells were lost: once subscribed again, everyone reads from storage once.
    if (!subscribedOnce) {
      subscribedOnce = true;
      return;
    }
    subscriber.subscribe(EVENTS_CHANNEL, JOBS_CHANNEL).then(
      () => {
        log.warn('broker reconnected; subscribers catch up from storage');
        resyncLocally();
      },
      (error: Error) => {
        lastError = error.message;
      },
    );
  });
  // Doorbells this node could not ring while its publisher was down: once it is back, every node
  // is told to read from storage, and so is this one's own (a local listener may have missed nothing,
  // but a worker elsewhere did miss its job doorbell).
  let publishesLost = false;
  publisher.on('ready', () => {
    if (!publishesLost) return;
    publishesLost = false;
    publishQuietly(EVENTS_CHANNEL, JSON.stringify({ node, resync: true } satisfies EventsMessage));
    publishQuietly(JOBS_CHANNEL, node);
  });
  for (const connection of [subscriber, publisher]) {
    connection.on('error', (error: Error) => {
      if (lastError !== error.message) log.warn({ err: error }, 'redis connection error');
      lastError = error.message;
    });
  }
  void subscriber.subscribe(EVENTS_CHANNEL, JOBS_CHANNEL).catch((error: Error) => {
    lastError = error.message;
  });

  function publishQuietly(channel: string, message: string) {
    publisher.publish(channel, message).catch((error: Error) => {
      publishesLost = true;
      lastError = error.message;
    });
  }

  return {
    publish(events) {
      deliverLocally(events);
      publishQuietly(EVENTS_CHANNEL, JSON.stringify({ node, events } satisfies EventsMessage));
    },
    onEvents: (listener) => void eventListeners.push(listener),
    onResync: (listener) => void resyncListeners.push(listener),
    ringJobs() {
      for (const listener of jobListeners) listener();
      publishQuietly(JOBS_CHANNEL, node);
    },
    onJobs: (listener) => void jobListeners.push(listener),
    health: () =>
      subscriber.status === 'ready' && publisher.status === 'ready'
        ? null
        : `redis is ${subscriber.status}${lastError ? ` (${lastError})` : ''}`,
    async close() {
      subscriber.disconnect();
      publisher.disconnect();
    },
  };
};
