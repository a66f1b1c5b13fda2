import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.js';
import { StartupError } from '../errors/startup-error.js';
import type { Clock } from '../ops/clock.js';
import type { Metrics } from '../ops/metrics.js';
import type { Storage } from '../storage/storage.js';
import { createPushDispatcher, type PushDispatcher } from './push-dispatcher.js';
import { createPushSender } from './push-sender.js';
import { loadVapidKeys, type VapidKeys } from './vapid-keys.js';

/**
 * The VAPID `sub` when FITIQ_VAPID_SUBJECT is unset. Push services use it to reach an operator whose
 * server misbehaves; Apple's refuses pushes without a real one, so a worker warns about it.
 */
export const PLACEHOLDER_SUBJECT = 'mailto:operator@fitiq.invalid';

/** The configured VAPID key pair or the data dir's; a start that cannot keep one says where and why. */
export const loadPushKeys = (config: Config): VapidKeys => {
  try {
    return loadVapidKeys(config.push.vapidKeys, config.dataDir);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StartupError(
      'data_dir',
      `cannot keep the Web Push (VAPID) keys in ${config.dataDir}: ${reason} (set FITIQ_DATA_DIR to a writable folder, or FITIQ_VAPID_PUBLIC_KEY and FITIQ_VAPID_PRIVATE_KEY)`,
      { cause: error },
    );
  }
};

/** A worker node's push sending: started here, stopped with the node. */
export const startPushDispatcher = (deps: {
  config: Config;
  keys: VapidKeys;
  storage: Storage;
  clock: Clock;
  log: FastifyBaseLogger;
  metrics: Metrics;
}): PushDispatcher => {
  const { config, keys, log } = deps;
  const push = config.push;
  if (!push.vapidKeys && config.redisUrl)
    log.warn(
      `Web Push keys come from this node's data dir, but REDIS_URL says there are several nodes: unless they share ${config.dataDir}, set FITIQ_VAPID_PUBLIC_KEY and FITIQ_VAPID_PRIVATE_KEY to one pair on every node, or push services refuse what this node signs`,
    );
  if (!push.vapidSubject)
    log.warn(
      `FITIQ_VAPID_SUBJECT is unset: pushes name ${PLACEHOLDER_SUBJECT} as their sender, which Apple's push service refuses; set a mailto: or https: address of yours`,
    );
  const send = createPushSender({
    keys,
    subject: push.vapidSubject ?? PLACEHOLDER_SUBJECT,
    hosts: push.hosts,
    timeoutMs: push.timeoutMs,
  });
  const dispatcher = createPushDispatcher({ ...deps, send, settings: push });
  dispatcher.start();
  return dispatcher;
};
