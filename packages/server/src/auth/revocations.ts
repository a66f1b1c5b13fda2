/** A session family ended (logout, stolen token) or, with `sessionId` null, every session of a user (account deleted). */
export type Revocation = { userId: string; sessionId: string | null };

export const revokes = (revocation: Revocation, userId: string, sessionId: string): boolean =>
  revocation.userId === userId && (revocation.sessionId === null || revocation.sessionId === sessionId);

/**
 * Tells this node's parts that sessions ended: the session check forgets them, the realtime gateway
 * closes their sockets. Other nodes learn it from storage (see SessionCheck), not from here.
 */
export class Revocations {
  private readonly listeners = new Set<(revocation: Revocation) => void>();

  on(listener: (revocation: Revocation) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(revocation: Revocation): void {
    for (const listener of [...this.listeners]) listener(revocation);
  }
}
