import type { PushSubscriptionRecord } from '../storage/storage.js';
import { checkPushEndpoint, type PushHostRule } from './push-hosts.js';
import { outcomeOfStatus, type PushOutcome, retryAfterMs } from './push-outcome.js';
import { createVapidAuthorization } from './vapid-authorization.js';
import type { VapidKeys } from './vapid-keys.js';
import { loadWebPush } from './web-push-library.js';

/**
 * How long a push service keeps a message for a device that is offline (RFC 8030 TTL): a meal's
 * result a day later is still worth showing, a week later it is noise.
 */
const TIME_TO_LIVE_SECONDS = 24 * 3600;

export type PushSenderSettings = {
  keys: VapidKeys;
  subject: string;
  hosts: readonly PushHostRule[];
  timeoutMs: number;
};

export type OutgoingPush = { subscription: PushSubscriptionRecord; payload: string; topic: string };

/**
 * Posts one Web Push message. The protocol (RFC 8291 aes128gcm encryption, the RFC 8292 VAPID JWT)
 * is the web-push library's; the request is ours, so that it goes only to an allowed push service,
 * follows no redirect (a redirect would be an address the push service chose for us), and ends
 * within `timeoutMs`.
 */
export const createPushSender = (settings: PushSenderSettings) => {
  let authorization: ReturnType<typeof createVapidAuthorization> | null = null;
  return async (
    { subscription, payload, topic }: OutgoingPush,
    signal: AbortSignal,
  ): Promise<PushOutcome> => {
    const allowed = checkPushEndpoint(subscription.endpoint, settings.hosts);
    if (!allowed.ok) return { kind: 'not_allowed', reason: allowed.reason };
    const webpush = await loadWebPush();
    authorization ??= createVapidAuthorization(webpush, settings.keys, settings.subject);
    const details = webpush.generateRequestDetails(
      { endpoint: allowed.url.href, keys: { p256dh: subscription.p256dh, auth: subscription.auth } },
      payload,
      {
        headers: { Authorization: authorization(allowed.url.origin, Date.now()) },
        TTL: TIME_TO_LIVE_SECONDS,
        contentEncoding: 'aes128gcm',
        topic,
        urgency: 'normal',
      },
    );
    const headers = Object.fromEntries(Object.entries(details.headers).map(([k, v]) => [k, String(v)]));
    let response: Response;
    try {
      response = await fetch(allowed.url, {
        method: 'POST',
        headers,
        body: details.body ? new Uint8Array(details.body) : null,
        redirect: 'manual',
        signal: AbortSignal.any([signal, AbortSignal.timeout(settings.timeoutMs)]),
      });
      // Only the status matters; the body is read so the connection can be reused.
      await response.arrayBuffer();
    } catch (error) {
      if (signal.aborted) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      return { kind: 'temporary', reason: `no answer from the push service: ${reason}`, retryAfterMs: null };
    }
    return outcomeOfStatus(response.status, retryAfterMs(response.headers.get('retry-after'), Date.now()));
  };
};

export type PushSender = ReturnType<typeof createPushSender>;
