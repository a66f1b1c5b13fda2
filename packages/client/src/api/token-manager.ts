import { FitIQError } from './errors.js';

/**
 * Asked when the server refused `rejected`; returns a new token, or null when there is none (the
 * user must log in again). Called at most once per refused token. Throwing a temporary FitIQError
 * (no network) means "not now": the refusal may be renewed again later.
 */
export type RenewToken = (rejected: string) => Promise<string | null> | string | null;

/** What a session is made of on the client: the access token and, when the server gave one, the refresh token. */
export type SessionTokens = { access_token: string; refresh_token: string | null };

type Listener = (token: string | null) => void;

/**
 * Holds the access token (and the session's refresh token) and decides when to renew. The rule that
 * prevents a hot loop: a token is renewed at most once, and a token obtained by renewal that is
 * refused before it ever worked is not renewed again: the SDK stops and reports, until the app calls
 * `set`.
 */
export class TokenManager {
  private token: string | null;
  private refresh: string | null = null;
  private renewToken: RenewToken | null;
  private readonly renewals = new Map<string, Promise<string | null>>();
  private readonly unproven = new Set<string>();
  private readonly listeners = new Set<Listener>();

  constructor(token: string | null, renewToken: RenewToken | null) {
    this.token = token;
    this.renewToken = renewToken;
  }

  get current(): string | null {
    return this.token;
  }

  get refreshToken(): string | null {
    return this.refresh;
  }

  /** The way to renew, when it is known only after construction (the SDK's own refresh). */
  useRenewal(renewToken: RenewToken): void {
    this.renewToken = renewToken;
  }

  /** The app has a token (login, or its own refresh): everything paused for lack of one goes on. */
  set(token: string | null): void {
    this.setSession(token === null ? null : { access_token: token, refresh_token: this.refresh });
  }

  /** A whole session (login, a refresh, another tab's refresh), or null once signed out. */
  setSession(session: SessionTokens | null): void {
    const token = session?.access_token ?? null;
    const refresh = session?.refresh_token ?? null;
    if (token === this.token && refresh === this.refresh) return;
    this.token = token;
    this.refresh = refresh;
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

  /**
   * `rejected` was refused. Resolves the token to retry with, or null to stop. Concurrent callers
   * share one ask (one refresh request however many requests were refused at once). Rejects with
   * the renewal's temporary error (no network): nothing is decided, a later refusal asks again.
   */
  renew(rejected: string): Promise<string | null> {
    if (this.token !== null && this.token !== rejected) return Promise.resolve(this.token);
    if (!this.renewToken || this.unproven.has(rejected)) return Promise.resolve(null);
    let pending = this.renewals.get(rejected);
    if (!pending) {
      pending = this.ask(rejected);
      this.renewals.set(rejected, pending);
      pending.catch(() => this.renewals.delete(rejected));
    }
    return pending;
  }

  private async ask(rejected: string): Promise<string | null> {
    let fresh: string | null = null;
    try {
      fresh = (await this.renewToken?.(rejected)) ?? null;
    } catch (error) {
      if (error instanceof FitIQError && error.temporary) throw error;
      fresh = null;
    }
    if (!fresh || fresh === rejected) return null;
    // Only replace the token if nobody set another one meanwhile (a refresh sets it itself).
    if (this.token === rejected || this.token === null) {
      this.token = fresh;
      for (const listener of [...this.listeners]) listener(fresh);
    }
    this.unproven.add(fresh);
    return this.token;
  }
}
