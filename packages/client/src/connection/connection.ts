import type { StreamEvent } from '@fitiq/contract';
import { AuthError, FitIQError } from '../api/errors.js';
import type { TokenManager } from '../api/token-manager.js';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type {
  Transport,
  TransportEnd,
  TransportFactory,
  TransportHandlers,
  TransportKind,
} from '../transports/transport.js';
import { Emitter } from '../util/emitter.js';
import { Timer } from '../util/timers.js';
import { type BackoffOptions, backoffDelay, DEFAULT_BACKOFF } from './backoff.js';
import { CursorSaver, type CursorStore } from './cursor-store.js';
import { type FallbackPolicy, nextTransport } from './fallback-policy.js';
import {
  CLOSED,
  type ConnectionState,
  type ConnectionStatus,
  type StateChange,
  sameStatus,
} from './state.js';

export type ConnectionEvents = {
  state: StateChange;
  /** Each event once, in `seq` order, whichever transport brought it. */
  event: StreamEvent;
  /** The cursor had expired; the app's state was reloaded and the stream goes on from `head`. */
  reset: { head: number };
  /** A failure worth knowing about that the connection handles itself (a cursor write that failed...). */
  error: FitIQError;
};

export type ConnectionOptions = {
  transports: Partial<Record<TransportKind, TransportFactory>>;
  tokens: TokenManager;
  cursorStore: CursorStore;
  /**
   * Reloads what the app shows and returns the stream head to go on from. Called when there is no
   * stored cursor yet, and after a `reset`.
   */
  resolveHead(reason: 'initial' | 'reset'): Promise<number>;
  diagnostics: Diagnostics;
  backoff?: BackoffOptions;
  /** Delays between background probes of the WebSocket while on a fallback. */
  probeBackoff?: BackoffOptions;
  failuresBeforeFallback?: number;
  /** Live this long and the backoff starts from the beginning again. */
  healthyAfterMs?: number;
  random?: () => number;
};

/** One transport in use or being tried. Its handlers act only while it is `main` or `probe`. */
type Attempt = {
  id: number;
  kind: TransportKind;
  role: 'main' | 'probe' | 'dead';
  transport: Transport | null;
  token: string;
  live: boolean;
};

const ORDER: readonly TransportKind[] = ['websocket', 'sse', 'long-poll'];

/**
 * The connection to the user's event stream: one state machine over three transports.
 *
 * Every way down goes through `teardown` (attempts killed, timers cleared, epoch bumped), and every
 * callback checks that its attempt is still current: a late message or close from an old socket
 * finds its attempt dead and changes nothing. After each `await`, the epoch says whether the world
 * moved on meanwhile.
 */
export class Connection {
  private readonly emitter = new Emitter<ConnectionEvents>();
  private readonly policy: FallbackPolicy;
  private readonly saver: CursorSaver;
  private readonly retryTimer = new Timer();
  private readonly probeTimer = new Timer();
  private readonly healthyTimer = new Timer();
  private status: ConnectionStatus = CLOSED;
  private main: Attempt | null = null;
  private probe: Attempt | null = null;
  private attemptIds = 0;
  private epoch = 0;
  private cursorValue: number | null = null;
  /** Preferred transport right now. */
  private mode: TransportKind;
  /** Consecutive attempts that did not reach live (drives the backoff). */
  private failures = 0;
  /** Consecutive failures of `mode` (drives the fallback). */
  private modeFailures = 0;
  private probeFailures = 0;
  private phase: 'connecting' | 'reconnecting' = 'connecting';
  private connectingSince: number | null = null;
  private hidden = false;

  constructor(private readonly options: ConnectionOptions) {
    this.policy = {
      order: ORDER.filter((kind) => options.transports[kind]),
      failuresBeforeFallback: options.failuresBeforeFallback ?? 2,
    };
    this.mode = this.policy.order[0] ?? 'websocket';
    this.saver = new CursorSaver(options.cursorStore, (error) => this.report(error));
  }

  /** The current status; a new object on every change (fit for React's useSyncExternalStore). */
  get state(): ConnectionStatus {
    return this.status;
  }

  get cursor(): number | null {
    return this.cursorValue;
  }

  on<K extends keyof ConnectionEvents>(
    name: K,
    listener: (payload: ConnectionEvents[K]) => void,
  ): () => void {
    return this.emitter.on(name, listener);
  }

  start(): void {
    if (this.status.state !== 'closed') return;
    this.phase = 'connecting';
    this.failures = 0;
    this.connect();
  }

  /** Stops for good (until `start`); resolves once the cursor is written. */
  async stop(): Promise<void> {
    this.disconnect('closed', null);
    await this.saver.flush();
  }

  /** The platform says the network is gone or back. */
  setOnline(online: boolean): void {
    if (this.status.state === 'closed') return;
    if (!online) {
      this.disconnect('offline', null);
      return;
    }
    if (this.status.state === 'offline') {
      this.phase = 'connecting';
      this.failures = 0;
      this.connect();
    }
  }

  /** The app went to the background or came back. */
  setVisible(visible: boolean): void {
    this.hidden = !visible;
    if (!visible) return;
    if (this.status.state === 'reconnecting' && this.retryTimer.armed) {
      this.connect();
      return;
    }
    this.main?.transport?.checkAlive();
  }

  /** Tries now instead of at `nextAttemptAt` (a "retry now" button, a new token). */
  reconnectNow(): void {
    if (this.status.state === 'closed' || this.status.state === 'offline') return;
    this.connect();
  }

  // --- attempts -------------------------------------------------------------------------------

  private connect(): void {
    this.teardown();
    const epoch = this.epoch;
    const kind = this.mode;
    this.connectingSince ??= Date.now();
    this.setState(this.phase, { transport: kind });
    if (this.cursorValue === null) {
      void this.loadCursor(epoch);
      return;
    }
    const token = this.options.tokens.current;
    if (!token) {
      this.disconnect('closed', new AuthError('no access token: log in first'));
      return;
    }
    const attempt: Attempt = {
      id: ++this.attemptIds,
      kind,
      role: 'main',
      transport: null,
      token,
      live: false,
    };
    this.main = attempt;
    this.open(attempt);
  }

  private open(attempt: Attempt): void {
    const factory = this.options.transports[attempt.kind];
    if (!factory) throw new Error(`no ${attempt.kind} transport configured`);
    this.options.diagnostics.record({
      type: 'attempt',
      transport: attempt.kind,
      probe: attempt.role === 'probe',
    });
    const transport = factory({
      cursor: () => this.cursorValue ?? 0,
      token: attempt.token,
      hidden: () => this.hidden,
      handlers: this.handlersOf(attempt),
    });
    if (attempt.role === 'dead') transport.close();
    else attempt.transport = transport;
  }

  private async loadCursor(epoch: number): Promise<void> {
    let cursor: number;
    try {
      const saved = await this.options.cursorStore.load();
      cursor = saved ?? (await this.options.resolveHead('initial'));
    } catch (error) {
      if (epoch !== this.epoch) return;
      if (error instanceof AuthError) return this.disconnect('closed', error);
      return this.disconnect('reconnecting', asError(error));
    }
    if (epoch !== this.epoch) return;
    this.cursorValue = cursor;
    this.saver.save(cursor);
    this.connect();
  }

  private handlersOf(attempt: Attempt): TransportHandlers {
    return {
      onReady: () => {
        if (attempt === this.main) this.onLive(attempt);
        else if (attempt === this.probe) this.promote(attempt);
      },
      onEvent: (event) => {
        if (attempt === this.main || attempt === this.probe) this.apply(event, attempt);
      },
      onReset: (head) => {
        if (attempt === this.main) void this.onReset(attempt, head);
        else if (attempt === this.probe) this.onProbeEnd(attempt, { reason: 'rejected', message: 'reset' });
      },
      onEnd: (end) => {
        if (attempt === this.main) this.onEnd(attempt, end);
        else if (attempt === this.probe) this.onProbeEnd(attempt, end);
      },
    };
  }

  private onLive(attempt: Attempt): void {
    attempt.live = true;
    this.modeFailures = 0;
    this.options.tokens.confirm(attempt.token);
    const since = this.connectingSince ?? Date.now();
    this.connectingSince = null;
    this.options.diagnostics.record({
      type: 'live',
      transport: attempt.kind,
      timeToLiveMs: Date.now() - since,
    });
    this.healthyTimer.set(this.options.healthyAfterMs ?? 10_000, () => {
      this.failures = 0;
    });
    if (attempt.kind === 'websocket') {
      this.setState('live', { transport: attempt.kind });
      return;
    }
    this.setState('fallback', { transport: attempt.kind });
    this.scheduleProbe();
  }

  private onEnd(attempt: Attempt, end: TransportEnd): void {
    const { diagnostics } = this.options;
    if (end.reason === 'auth') return void this.renewToken(attempt.token);
    if (!attempt.live) {
      diagnostics.record({ type: 'failure', transport: attempt.kind, reason: end.reason, probe: false });
      this.modeFailures++;
      const next = nextTransport(this.policy, attempt.kind, end, this.modeFailures);
      if (next !== this.mode) {
        diagnostics.record({ type: 'switch', from: this.mode, to: next });
        this.mode = next;
        this.modeFailures = 0;
        // Leaving the preferred transport is tried at once: the point is to deliver, not to wait.
        if (next !== this.policy.order[0]) {
          this.connect();
          return;
        }
      }
    }
    this.phase = 'reconnecting';
    this.connectingSince = null;
    this.disconnect('reconnecting', end.error ?? new FitIQError('network_error', end.message, true));
  }

  private async onReset(attempt: Attempt, head: number | null): Promise<void> {
    if (head !== null) {
      // The socket goes on from `head`; the app reloads its state beside it.
      this.moveCursor(head);
      void this.options.resolveHead('reset').catch((error) => this.report(error));
      return;
    }
    // The transport ended: reload first, then continue from the head the reload was read with.
    attempt.role = 'dead';
    this.main = null;
    const epoch = this.epoch;
    let fresh: number;
    try {
      fresh = await this.options.resolveHead('reset');
    } catch (error) {
      if (epoch !== this.epoch) return;
      return this.disconnect('reconnecting', asError(error));
    }
    if (epoch !== this.epoch) return;
    this.moveCursor(fresh);
    this.connect();
  }

  private moveCursor(head: number): void {
    this.cursorValue = head;
    this.saver.save(head);
    this.options.diagnostics.record({ type: 'reset', head });
    this.emitter.emit('reset', { head });
  }

  /**
   * Renews the token once (the SDK's refresh, or the app's `renewToken`) and reconnects from the
   * cursor; a refusal of the renewed one closes with AuthError.
   */
  private async renewToken(rejected: string): Promise<void> {
    this.teardown();
    const epoch = this.epoch;
    this.setState('reconnecting', { transport: this.mode });
    let fresh: string | null;
    try {
      fresh = await this.options.tokens.renew(rejected);
    } catch (error) {
      // The renewal could not reach the server: try again after the backoff, as for any outage.
      if (epoch !== this.epoch) return;
      return this.disconnect('reconnecting', asError(error));
    }
    if (epoch !== this.epoch) return;
    if (!fresh) return this.disconnect('closed', new AuthError('the server refused the access token'));
    this.connect();
  }

  // --- background probe of the WebSocket while on a fallback ----------------------------------

  private scheduleProbe(): void {
    const preferred = this.policy.order[0];
    if (!preferred || this.mode === preferred) return;
    const options = this.options.probeBackoff ?? { baseMs: 2_000, maxMs: 60_000 };
    const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** Math.min(this.probeFailures, 30));
    // Equal jitter: never sooner than half the ceiling, so probes stay rare on a network that blocks them.
    const delay =
      ceiling / 2 + backoffDelay(0, { baseMs: ceiling / 2, maxMs: ceiling / 2 }, this.options.random);
    this.probeTimer.set(delay, () => this.startProbe(preferred));
  }

  private startProbe(kind: TransportKind): void {
    const token = this.options.tokens.current;
    if (!token || !this.main?.live) return;
    const attempt: Attempt = {
      id: ++this.attemptIds,
      kind,
      role: 'probe',
      transport: null,
      token,
      live: false,
    };
    this.probe = attempt;
    this.open(attempt);
  }

  /** The probe reached `ready`: it becomes the main transport; the fallback is closed. Dedupe by seq covers the overlap. */
  private promote(attempt: Attempt): void {
    const old = this.main;
    this.probe = null;
    attempt.role = 'main';
    attempt.live = true;
    this.main = attempt;
    if (old) {
      old.role = 'dead';
      old.transport?.close();
      this.options.diagnostics.record({ type: 'switch', from: old.kind, to: attempt.kind });
    }
    this.mode = attempt.kind;
    this.modeFailures = 0;
    this.probeFailures = 0;
    this.options.diagnostics.record({ type: 'live', transport: attempt.kind, timeToLiveMs: 0 });
    this.setState('live', { transport: attempt.kind });
  }

  private onProbeEnd(attempt: Attempt, end: TransportEnd): void {
    attempt.role = 'dead';
    attempt.transport?.close();
    this.probe = null;
    this.probeFailures++;
    this.options.diagnostics.record({
      type: 'failure',
      transport: attempt.kind,
      reason: end.reason,
      probe: true,
    });
    if (this.main?.live) this.scheduleProbe();
  }

  // --- delivery ---------------------------------------------------------------------------------

  private apply(event: StreamEvent, attempt: Attempt): void {
    const { diagnostics } = this.options;
    const via = attempt.kind;
    const cursor = this.cursorValue ?? 0;
    if (event.seq <= cursor) {
      diagnostics.record({ type: 'duplicate', transport: via, seq: event.seq });
      return;
    }
    if (cursor > 0 && event.seq !== cursor + 1) {
      diagnostics.record({ type: 'gap', expected: cursor + 1, got: event.seq });
      // The server sends every seq in order, so a transport that skipped one is broken. Applying the
      // later event would move the cursor past the missing ones for good (dedupe would then drop them):
      // end this transport instead and resume from the cursor, where they are read again.
      const end: TransportEnd = {
        reason: 'protocol',
        message: `expected seq ${cursor + 1}, got ${event.seq}`,
      };
      if (attempt === this.main) this.onEnd(attempt, end);
      else this.onProbeEnd(attempt, end);
      return;
    }
    this.cursorValue = event.seq;
    this.saver.save(event.seq);
    const latencyMs = Math.max(0, Date.now() - Date.parse(event.created_at));
    diagnostics.record({ type: 'event', transport: via, seq: event.seq, latencyMs });
    this.emitter.emit('event', event);
  }

  // --- the one way down -------------------------------------------------------------------------

  private teardown(): void {
    this.epoch++;
    for (const attempt of [this.main, this.probe]) {
      if (!attempt) continue;
      attempt.role = 'dead';
      attempt.transport?.close();
    }
    this.main = null;
    this.probe = null;
    this.retryTimer.clear();
    this.probeTimer.clear();
    this.healthyTimer.clear();
  }

  private disconnect(to: 'reconnecting' | 'offline' | 'closed', error: FitIQError | null): void {
    this.teardown();
    if (to !== 'reconnecting') {
      this.connectingSince = null;
      this.setState(to, { error });
      return;
    }
    const delay = backoffDelay(this.failures, this.options.backoff ?? DEFAULT_BACKOFF, this.options.random);
    this.failures++;
    this.options.diagnostics.record({ type: 'reconnect', delayMs: delay });
    this.retryTimer.set(delay, () => this.connect());
    this.setState('reconnecting', { transport: this.mode, nextAttemptAt: Date.now() + delay, error });
  }

  private setState(
    state: ConnectionState,
    extra: {
      transport?: TransportKind | null;
      nextAttemptAt?: number | null;
      error?: FitIQError | null;
    } = {},
  ): void {
    const oldState = this.status;
    const newState: ConnectionStatus = Object.freeze({
      state,
      transport: state === 'closed' || state === 'offline' ? null : (extra.transport ?? null),
      nextAttemptAt: extra.nextAttemptAt ?? null,
      error: extra.error ?? null,
    });
    if (sameStatus(oldState, newState)) return;
    this.status = newState;
    this.emitter.emit('state', { newState, oldState });
  }

  private report(error: unknown): void {
    this.emitter.emit('error', asError(error));
  }
}

const asError = (error: unknown): FitIQError =>
  error instanceof FitIQError
    ? error
    : new FitIQError('network_error', (error as Error)?.message ?? String(error), true, { cause: error });
