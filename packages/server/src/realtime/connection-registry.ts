/** The realtime connections of this node, by user, with the per-user limit. */
export class ConnectionRegistry<C = unknown> {
  private readonly byUser = new Map<string, Set<C>>();
  private readonly all = new Set<C>();

  constructor(private readonly maxPerUser: number) {}

  /** False when the user already has the maximum number of connections. */
  add(userId: string, connection: C): boolean {
    let connections = this.byUser.get(userId);
    if (!connections) {
      connections = new Set();
      this.byUser.set(userId, connections);
    }
    if (connections.size >= this.maxPerUser) return false;
    connections.add(connection);
    return true;
  }

  remove(userId: string, connection: C): void {
    const connections = this.byUser.get(userId);
    if (!connections) return;
    connections.delete(connection);
    if (connections.size === 0) this.byUser.delete(userId);
  }

  track(connection: C): void {
    this.all.add(connection);
  }

  untrack(connection: C): void {
    this.all.delete(connection);
  }

  get connections(): Iterable<C> {
    return this.all;
  }

  get size(): number {
    return this.all.size;
  }
}
