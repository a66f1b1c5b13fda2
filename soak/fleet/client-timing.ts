import type { FetchLike, Timing } from '@fitiq/client';

/**
 * Short client timers so faults are noticed and healed within seconds (the server heartbeats every
 * second and comments on SSE every 500 ms, see topology/server-env.ts).
 */
export const SOAK_TIMING: Partial<Timing> = {
  connectTimeoutMs: 3_000,
  sseSilenceMs: 2_500,
  longPollWaitSeconds: 2,
  backoff: { baseMs: 100, maxMs: 1_500 },
  probeBackoff: { baseMs: 1_000, maxMs: 4_000 },
  outboxBackoff: { baseMs: 100, maxMs: 1_500 },
  healthyAfterMs: 3_000,
};

/**
 * A meal POST sent into a black hole is never answered; the SDK gives up after its default 30 s
 * request timeout. An app on a phone would keep that; the soak gives up after 5 s so the outbox
 * retries (same Idempotency-Key) many times per run instead of waiting out a few long timeouts.
 */
export const postTimeoutFetch =
  (timeoutMs: number): FetchLike =>
  (input, init) => {
    if (init?.method !== 'POST') return fetch(input, init);
    const signals = [AbortSignal.timeout(timeoutMs), ...(init.signal ? [init.signal] : [])];
    return fetch(input, { ...init, signal: AbortSignal.any(signals) });
  };
