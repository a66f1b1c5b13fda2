import type { TransportEnd, TransportKind } from '../transports/transport.js';

export type FallbackPolicy = {
  /** In order of preference; the first is the normal path. */
  order: readonly TransportKind[];
  /** Consecutive failures of the preferred transport before the next one is tried. */
  failuresBeforeFallback: number;
};

/** Failures that say "this transport does not work here" while the server itself was reachable. */
const TRANSPORT_BROKEN = new Set<TransportEnd['reason']>(['refused', 'timeout', 'protocol']);

/**
 * Which transport to try after an attempt of `current` ended before it delivered anything. Pure.
 * The preferred transport is left after repeated failures, at once when it was refused outright. A
 * fallback that fails because it is broken leads further down the list; one that fails because
 * nothing is reachable (the server restarting, the network gone) leads back to the preferred one,
 * so a server restart does not strand clients on a fallback.
 */
export const nextTransport = (
  policy: FallbackPolicy,
  current: TransportKind,
  end: TransportEnd,
  consecutiveFailures: number,
): TransportKind => {
  const index = policy.order.indexOf(current);
  const next = policy.order[index + 1];
  const preferred = policy.order[0] ?? current;
  if (current === preferred) {
    const giveUp = end.reason === 'refused' || consecutiveFailures >= policy.failuresBeforeFallback;
    return giveUp && next ? next : current;
  }
  if (TRANSPORT_BROKEN.has(end.reason)) return next ?? current;
  return preferred;
};
