/**
 * Asked when the server refused `rejected`; returns a new token, or null when the app has none (the
 * user must log in again). Called at most once per refused token.
 */
export type RenewToken = (rejected: string) => Promise<string | null> | string | null;

type Listener = (token: string | null) => void;

/**
 * Holds the access token and decides when to ask the app for a new one. The rule that prevents a hot
 * loop: a token is renewed at most once, and a token obtained by renewal that is refused before it
 * ever worked is not renewed again: the SDK stops and reports, until the app calls `set`.
 */
export class TokenManager {
  private token: string | null;
  private readonly renewals = new Map<string, Promise<string | null>>();
  private readonly unproven = new Set<string>();
  private readonly listeners = new Set<Listener>();

  constructor(
    token: string | null,
    private readonly renewToken: RenewToken | null,
  ) {
    this.token = token;
  }

  get current(): string | null {
    return this.token;
  }

  /** The app has a token (login, or its own refresh): everything paused for lack of one goes on. */
  set(token: string | null): void {
    if (token === this.token) return;
    this.token = token;
    this.unproven.clear();
    this.renewals.clear();
    for (const listener of [...this.listeners]) listener(token);
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The server accepted `token`: a later refusal of it (expiry) may be renewed again. */
  confirm(token: string): void {
    this.unproven.delete(token);
  }

  /** `rejected` was refused. Resolves the token to retry with, or null to stop. Concurrent callers share one ask. */
  renew(rejected: string): Promise<string | null> {
    if (this.token !== null && this.token !== rejected) return Promise.resolve(this.token);
    if (!this.renewToken || this.unproven.has(rejected)) return Promise.resolve(null);
    let pending = this.renewals.get(rejected);
    if (!pending) {
      pending = this.ask(rejected);
      this.renewals.set(rejected, pending);
    }
    return pending;
  }

  private async ask(rejected: string): Promise<string | null> {
    let fresh: string | null = null;
    try {
      fresh = (await this.renewToken?.(rejected)) ?? null;
    } catch {
      fresh = null;
    }
    if (!fresh || fresh === rejected) return null;
    // Only replace the token if nobody set another one meanwhile.
    if (this.token === rejected || this.token === null) {
      this.token = fresh;
      for (const listener of [...this.listeners]) listener(fresh);
    }
    this.unproven.add(fresh);
    return this.token;
  }
}
