import type { ConnectionLimits } from './connection-limits.js';

/** This node's WebSockets, for the heartbeat, revocations and shutdown; counted by the shared limits. */
export class ConnectionRegistry<C = unknown> {
  private readonly all = new Set<C>();

  constructor(private readonly limits: ConnectionLimits) {}

  /** False when the user already has the maximum number of connections (sockets and streams). */
  add(userId: string): boolean {
    return this.limits.claimForUser(userId);
  }

  remove(userId: string): void {
    this.limits.releaseForUser(userId);
  }

  track(connection: C): void {
    this.all.add(connection);
    this.limits.enter();
  }

  untrack(connection: C): void {
    if (this.all.delete(connection)) this.limits.leave();
  }

  /** Sockets and SSE streams one user may hold on this node. */
  get maxPerUser(): number {
    return this.limits.maxPerUser;
  }

  get connections(): Iterable<C> {
    return this.all;
  }
}
