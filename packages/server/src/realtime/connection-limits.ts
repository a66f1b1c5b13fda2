/** How long a client turned away for lack of room should wait: long enough for connections to turn over. */
export const FULL_RETRY_AFTER_SECONDS = 5;

/**
 * How many long-lived connections this node holds (WebSockets and SSE streams together), in all
 * and per user. Both transports hold the same things (a subscription, a heartbeat, buffers), so
 * both count against the same limits: a client cannot step around the socket cap by opening
 * streams instead.
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
