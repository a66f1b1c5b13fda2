import { AppError } from '../errors/app-error.js';

/** How long a client turned away for lack of room should wait: long enough for connections to turn over. */
export const FULL_RETRY_AFTER_SECONDS = 5;

/**
 * How many long-lived connections this node holds (WebSockets, SSE streams and long-polls while
 * they wait), in all and per user. All of them hold the same kind of things (a subscription or a
 * listener, a timer, a socket), so all count against the same limits: a client cannot step around
 * the socket cap by opening streams or holding polls instead.
 */
export class ConnectionLimits {
  private readonly byUser = new Map<string, number>();
  private total = 0;

  constructor(
    readonly maxPerUser: number,
    readonly maxOnNode: number,
  ) {}

  get open(): number {
    return this.total;
  }

  get nodeFull(): boolean {
    return this.total >= this.maxOnNode;
  }

  /** A connection arrived; it counts until `leave`, whoever it turns out to belong to. */
  enter(): void {
    this.total++;
  }

  leave(): void {
    this.total--;
  }

  /** Counts the connection for its user; false (and not counted) when the user has the maximum. */
  claimForUser(userId: string): boolean {
    const held = this.byUser.get(userId) ?? 0;
    if (held >= this.maxPerUser) return false;
    this.byUser.set(userId, held + 1);
    return true;
  }

  releaseForUser(userId: string): void {
    const held = this.byUser.get(userId) ?? 0;
    if (held <= 1) this.byUser.delete(userId);
    else this.byUser.set(userId, held - 1);
  }
}

/**
 * Takes a place for one more held HTTP request of `userId` (a stream, a waiting poll), or says why
 * not: 503 when the node holds all the connections it may, 429 `too_many_connections` when the user
 * does, both with Retry-After. The caller gives it back with `givePlaceBack`.
 */
export const takePlace = (limits: ConnectionLimits, userId: string): void => {
  const retryAfter = { 'retry-after': String(FULL_RETRY_AFTER_SECONDS) };
  if (limits.nodeFull) {
    throw new AppError(
      'service_unavailable',
      'This node holds all the connections it may; retry shortly',
      undefined,
      retryAfter,
    );
  }
  if (!limits.claimForUser(userId)) {
    throw new AppError(
      'too_many_connections',
      `At most ${limits.maxPerUser} sockets, streams and waiting polls per user; close one and retry`,
      undefined,
      retryAfter,
    );
  }
  limits.enter();
};

export const givePlaceBack = (limits: ConnectionLimits, userId: string): void => {
  limits.leave();
  limits.releaseForUser(userId);
};
