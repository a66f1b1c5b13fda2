import { backoffDelay } from '../jobs/backoff.js';

/** What a push service's answer means for the delivery and its subscription. */
export type PushOutcome =
  | { kind: 'sent' }
  /** 404, 410: the subscription expired or was revoked; it will never work again. */
  | { kind: 'gone'; status: number }
  /** 429, 5xx, no answer in time, a broken connection: worth another try later. */
  | { kind: 'temporary'; reason: string; retryAfterMs: number | null }
  /** Any other refusal (400 malformed, 403 VAPID mismatch, 413 too large): trying again won't help. */
  | { kind: 'rejected'; reason: string }
  /** Not sent: the endpoint is not (or no longer) on an allowed push service. */
  | { kind: 'not_allowed'; reason: string };

/** Retry-After in seconds or as an HTTP date (RFC 9110 §10.2.3), as milliseconds from `now`. */
export const retryAfterMs = (header: string | null, now: number): number | null => {
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
};

export const outcomeOfStatus = (status: number, retryAfter: number | null): PushOutcome => {
  if (status >= 200 && status < 300) return { kind: 'sent' };
  if (status === 404 || status === 410) return { kind: 'gone', status };
  if (status === 429 || status >= 500)
    return { kind: 'temporary', reason: `the push service answered ${status}`, retryAfterMs: retryAfter };
  return { kind: 'rejected', reason: `the push service answered ${status}` };
};

export type RetrySettings = { maxAttempts: number; retryBaseMs: number; retryMaxMs: number };

/**
 * When to try a temporary failure again, or null when `attempts` have run out. Full-jitter backoff,
 * but never sooner than the push service asked (Retry-After), and never later than the cap: a
 * "your meal is ready" that arrives an hour late is worth less than one that never comes.
 */
export const nextAttemptDelay = (
  attempts: number,
  retryAfter: number | null,
  settings: RetrySettings,
  random: () => number = Math.random,
): number | null => {
  if (attempts >= settings.maxAttempts) return null;
  const jittered = backoffDelay(attempts, settings.retryBaseMs, settings.retryMaxMs, random);
  return Math.min(settings.retryMaxMs, Math.max(jittered, retryAfter ?? 0));
};
