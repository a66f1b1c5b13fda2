import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../ops/clock.js';
import type { Metrics } from '../ops/metrics.js';
import type { PushDelivery, Storage } from '../storage/storage.js';
import { pushMessageOf, topicOf } from './push-message.js';
import { nextAttemptDelay, type PushOutcome, type RetrySettings } from './push-outcome.js';
import type { PushSender } from './push-sender.js';

export type DispatcherSettings = RetrySettings & { pollMs: number; timeoutMs: number };

/** Deliveries one claim leases at most, all sent at once. */
const BATCH = 16;

/**
 * The worker side of Web Push: claims due deliveries with a lease (so of several worker nodes, one
 * sends each), sends them, and records what the push service said. Every delivery was written with
 * its event, and a live device's acknowledgement deletes it before it falls due, so whatever is due
 * here is owed.
 */
export const createPushDispatcher = (deps: {
  storage: Storage;
  send: PushSender;
  clock: Clock;
  log: FastifyBaseLogger;
  metrics: Metrics;
  settings: DispatcherSettings;
}) => {
  const { storage, send, clock, log, metrics, settings } = deps;
  const owner = `push-${randomUUID()}`;
  let claims = 0;
  // A lease outlives the send it covers (its request's own limit) with room to record the outcome.
  const leaseMs = settings.timeoutMs * 2 + 5000;
  const stopping = new AbortController();
  let timer: NodeJS.Timeout | null = null;
  let round: Promise<void> | null = null;

  /** The message as it is now: the event may be gone (pruned, or the account deleted). */
  const messageFor = async (delivery: PushDelivery) => {
    const [event] = await storage.repos.events.readAfter(delivery.userId, delivery.seq - 1, 1);
    if (!event || event.seq !== delivery.seq) return null;
    return pushMessageOf(event.json);
  };

  const record = async (delivery: PushDelivery, outcome: PushOutcome) => {
    const { push } = storage.repos;
    if (outcome.kind === 'sent') {
      metrics.pushesSent.inc();
      return push.finish(delivery.id, delivery.leaseOwner);
    }
    if (outcome.kind === 'gone') {
      metrics.pushSubscriptionsRemoved.inc();
      return push.removeSubscription(delivery.subscription.id);
    }
    if (outcome.kind === 'rejected' || outcome.kind === 'not_allowed') {
      // The subscription stays: a narrowed FITIQ_PUSH_HOSTS or a key mismatch is the operator's to fix.
      metrics.pushesFailed.inc({ result: outcome.kind });
      log.warn({ subscription: delivery.subscription.id, reason: outcome.reason }, 'push refused');
      return push.finish(delivery.id, delivery.leaseOwner);
    }
    const delay = nextAttemptDelay(delivery.attempts, outcome.retryAfterMs, settings);
    if (delay === null) {
      metrics.pushesFailed.inc({ result: 'gave_up' });
      log.warn({ subscription: delivery.subscription.id, reason: outcome.reason }, 'push given up');
      return push.finish(delivery.id, delivery.leaseOwner);
    }
    metrics.pushesFailed.inc({ result: 'retried' });
    return push.retryAt(delivery.id, delivery.leaseOwner, new Date(clock.now() + delay).toISOString());
  };

  const deliver = async (delivery: PushDelivery) => {
    const message = await messageFor(delivery);
    if (!message) return storage.repos.push.finish(delivery.id, delivery.leaseOwner);
    const outcome = await send(
      {
        subscription: delivery.subscription,
        payload: JSON.stringify(message),
        topic: topicOf(message.meal_log.id),
      },
      stopping.signal,
    );
    await record(delivery, outcome);
  };

  const claim = () => {
    const now = clock.now();
    return storage.transaction((tx) =>
      tx.push.claimDue({
        owner: `${owner}/${++claims}`,
        now: new Date(now).toISOString(),
        leaseUntil: new Date(now + leaseMs).toISOString(),
        limit: BATCH,
      }),
    );
  };

  /** Claims and sends until nothing is due; a full batch means more may be waiting. */
  const runRound = async () => {
    for (;;) {
      const deliveries = await claim();
      await Promise.all(
        deliveries.map((delivery) =>
          deliver(delivery).catch(async (error: unknown) => {
            // Cut off by shutdown: handed back to be sent at once by whichever worker claims it next.
            // Failed otherwise: left leased, it is due again when the lease ends.
            if (!stopping.signal.aborted)
              return log.error({ err: error, delivery: delivery.id }, 'push delivery failed');
            await storage.repos.push
              .retryAt(delivery.id, delivery.leaseOwner, clock.nowIso())
              .catch(() => {});
          }),
        ),
      );
      if (deliveries.length < BATCH || stopping.signal.aborted) return;
    }
  };

  const tick = () => {
    timer = null;
    round = runRound()
      .catch((error: unknown) => log.error({ err: error }, 'claiming push deliveries failed'))
      .finally(() => {
        round = null;
        if (!stopping.signal.aborted) timer = setTimeout(tick, settings.pollMs);
      });
  };

  return {
    start() {
      timer = setTimeout(tick, settings.pollMs);
    },
    /** Stops claiming; sends under way are cut off and handed back. */
    async stop() {
      stopping.abort();
      if (timer) clearTimeout(timer);
      await round;
    },
  };
};

export type PushDispatcher = ReturnType<typeof createPushDispatcher>;
