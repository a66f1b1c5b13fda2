import type {
  AccountExport,
  MealLog,
  MealLogPatch,
  StreamEvent,
  Summary,
  SummaryQuery,
} from '@fitiq/contract';
import { FitIQApi } from './api/api-client.js';
import { AuthError, ClosedError, type FitIQError, InvalidInputError } from './api/errors.js';
import { HttpClient } from './api/http.js';
import { createSessionRefresh } from './api/session-refresh.js';
import { type SessionStore, storageSessionStore } from './api/session-store.js';
import { TokenManager } from './api/token-manager.js';
import { DEFAULT_TIMING, type FitIQClientOptions, type Timing } from './client-options.js';
import { Connection } from './connection/connection.js';
import type { CursorStore } from './connection/cursor-store.js';
import type { StateChange } from './connection/state.js';
import { type DiagnosticEvent, Diagnostics } from './diagnostics/diagnostics.js';
import { previewMeal } from './edits/meal-preview.js';
import { Foods } from './foods/foods.js';
import { Portions } from './foods/portions.js';
import { GoalsStore } from './goals/goals-store.js';
import { checkedPatch, type EditRecord } from './outbox/edit-record.js';
import { Outbox } from './outbox/outbox.js';
import type { CopySource, LogOptions, OutboxEntry } from './outbox/outbox-record.js';
import { platformNow, watchPlatform } from './platform/platform-signals.js';
import { RecentMeals } from './recent/recent-meals.js';
import { memoryStorage } from './storage/memory-storage.js';
import type { ClientStorage } from './storage/storage.js';
import { today } from './store/day.js';
import { DayStore } from './store/day-store.js';
import { entryOfRecord, type MealEntry } from './store/meal-entry.js';
import { Summaries } from './summary/summaries.js';
import { longPollTransport } from './transports/long-poll-transport.js';
import { sseTransport } from './transports/sse-transport.js';
import type { TransportFactory, TransportKind } from './transports/transport.js';
import { webSocketTransport } from './transports/websocket-transport.js';
import { Emitter } from './util/emitter.js';
import { newId } from './util/ids.js';

export type ClientEvents = {
  state: StateChange;
  event: StreamEvent;
  reset: { head: number };
  diagnostic: DiagnosticEvent;
  /** Problems the client handles itself but the app may want to show (no token, a failed write). */
  error: FitIQError;
  /**
   * The session is over: the server refused to refresh it (expired, revoked, signed out elsewhere),
   * or the app logged out or deleted the account. Show the sign-in page.
   */
  signedOut: { reason: SignOutReason };
  /**
   * An edit made here was not applied: the meal had changed on another device since the version it
   * was made on (or was being parsed again). The store now shows `theirs`; `mine` is what this
   * device had asked for, to show or to apply again on top of theirs (`client.edit`).
   */
  conflict: MealConflict;
  /** An edit the server refused for good (the meal was deleted, the edit is invalid): not applied. */
  editFailed: { meal_id: string; patch: MealLogPatch; error: FitIQError };
};

export type MealConflict = { meal_id: string; mine: MealLog; theirs: MealLog; patch: MealLogPatch };

/** What became of an edit: applied (the server's meal), refused for a change made elsewhere, or refused. */
export type EditOutcome =
  | { status: 'applied'; meal: MealLog }
  | { status: 'conflict'; conflict: MealConflict }
  | { status: 'failed'; error: FitIQError };

export type PendingEdit = {
  /** The edit's id in the outbox. */
  local_id: string;
  /** The meal as the store shows it until the server answers. */
  preview: MealLog;
  /** Settles when the server answers (in this run of the client; the outbox keeps the edit across runs). */
  outcome: Promise<EditOutcome>;
};

export type SignOutReason = 'session_ended' | 'logout' | 'account_deleted';

type StoredCursor = { user_id: string; seq: number };

const FINAL = new Set<MealEntry['status']>(['completed', 'failed', 'rejected']);

/**
 * The SDK in one object: the typed API, the connection to the event stream, the outbox and the
 * day store, wired together. Works in browsers and Node 20; nothing here depends on a UI framework.
 */
export class FitIQClient {
  readonly api: FitIQApi;
  readonly connection: Connection;
  readonly outbox: Outbox;
  readonly store: DayStore;
  readonly diagnostics = new Diagnostics();
  readonly tokens: TokenManager;
  /** GET /foods and /foods/{id}; foods seen are kept, so an edit that picks one previews its numbers. */
  readonly foods: Foods;
  /** The amounts remembered from the user's corrections: list and forget. */
  readonly portions: Portions;
  /** The user's goals, live on every device: `current`, `subscribe`/`getSnapshot`, `set(...)`. */
  readonly goals: GoalsStore;
  /** The recent meals to log again (see `recent()`), kept on the device and reloaded on changes. */
  readonly recentMeals: RecentMeals;
  /** Summaries over ranges of days (see `summary()`), the last of each length kept on the device. */
  readonly summaries: Summaries;
  private readonly emitter = new Emitter<ClientEvents>();
  private readonly storage: ClientStorage;
  private readonly sessionStore: SessionStore;
  private readonly timing: Timing;
  private readonly unsubscribe: Array<() => void> = [];
  private userId: string | null = null;
  private starting: Promise<void> | null = null;
  private firstLoad: Promise<number> | null = null;
  private hiddenSince: number | null = null;
  private closed = false;
  /** A deletion is under way: the server ends the session as part of it, which is not news (see deleteAccount). */
  private deleting = false;
  private endedWhileDeleting = false;
  private readonly editWaiters = new Map<string, (outcome: EditOutcome) => void>();
  /** Outcomes known, handed over once their record has left the outbox (and the store shows the answer). */
  private readonly editOutcomes = new Map<string, EditOutcome>();

  constructor(private readonly options: FitIQClientOptions) {
    this.timing = { ...DEFAULT_TIMING, ...options.timing };
    this.storage = options.storage ?? memoryStorage();
    this.sessionStore = options.sessionStore ?? storageSessionStore(this.storage);
    this.tokens = new TokenManager(options.token ?? null, options.renewToken ?? null);
    if (options.token && options.refreshToken)
      this.tokens.setSession({ access_token: options.token, refresh_token: options.refreshToken });
    const http = new HttpClient({
      baseUrl: options.baseUrl,
      tokens: this.tokens,
      ...opt('fetch', options.fetch),
    });
    this.api = new FitIQApi(http);
    this.foods = new Foods(this.api);
    this.portions = new Portions(this.api);
    this.goals = new GoalsStore(this.api, this.storage);
    this.recentMeals = new RecentMeals(this.api, this.storage);
    this.summaries = new Summaries(this.api, this.storage);
    if (!options.renewToken) {
      this.tokens.useRenewal(
        createSessionRefresh({
          http,
          tokens: this.tokens,
          store: this.sessionStore,
          onSignedOut: () => this.sessionEnded(),
        }),
      );
    }
    const tz = options.day?.tz ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    this.store = new DayStore((date, zone) => this.api.day(date, zone), options.day?.date ?? today(tz), tz);
    this.outbox = new Outbox({
      api: this.api,
      storage: this.storage,
      backoff: this.timing.outboxBackoff,
      ...opt('random', options.random),
    });
    this.connection = new Connection({
      transports: this.transportFactories(),
      tokens: this.tokens,
      cursorStore: this.cursorStore(),
      resolveHead: (reason) => (reason === 'initial' ? this.loadDayOnce() : this.store.reload()),
      diagnostics: this.diagnostics,
      backoff: this.timing.backoff,
      probeBackoff: this.timing.probeBackoff,
      healthyAfterMs: this.timing.healthyAfterMs,
      failuresBeforeFallback: this.timing.failuresBeforeFallback,
      ...opt('random', options.random),
    });
    this.wire();
  }

  on<K extends keyof ClientEvents>(name: K, listener: (payload: ClientEvents[K]) => void): () => void {
    return this.emitter.on(name, listener);
  }

  /** Loads the outbox and the day, connects. Safe to call more than once. */
  start(): Promise<void> {
    if (this.closed) return Promise.reject(new ClosedError());
    this.starting ??= (async () => {
      if (!this.tokens.current) {
        const stored = await this.sessionStore.load();
        if (stored) this.tokens.setSession(stored);
      }
      await this.outbox.load();
      await Promise.all([this.goals.restore(), this.recentMeals.restore()]);
      this.outbox.start();
      void this.loadDayOnce().catch(() => {});
      void this.goals.load().catch(() => {});
      const { online, visible } = platformNow();
      this.connection.setVisible(visible);
      this.connection.start();
      if (!online) this.connection.setOnline(false);
    })();
    return this.starting;
  }

  /**
   * Logs a meal: the returned entry (status `pending`) is already stored on this device and in the
   * store; the upload, and the processing after it, follow in the background.
   */
  async log(text: string, options?: LogOptions): Promise<MealEntry> {
    if (this.closed) throw new ClosedError();
    return entryOfRecord(await this.outbox.add(text, options));
  }

  /**
   * Logs a completed meal again (POST /meal-logs/{id}/copy): same text and items, completed at once
   * on the server without parsing. `meal` is the meal itself (as the store or `recent()` gave it) or
   * its id. Like `log`, the returned entry is already stored on this device: offline, the copy waits
   * in the outbox with its Idempotency-Key and is made once, when the server is reachable.
   * `logged_at` defaults to now, `meal_type` to the original's.
   */
  async copy(
    meal: string | (CopySource & { status: MealLog['status'] }),
    options?: LogOptions,
  ): Promise<MealEntry> {
    if (this.closed) throw new ClosedError();
    const source = typeof meal === 'string' ? await this.copySource(meal) : meal;
    if (source.status !== 'completed')
      throw new InvalidInputError('only a completed meal can be logged again');
    return entryOfRecord(await this.outbox.addCopy(source, options));
  }

  /** GET /meal-logs/recent: the latest completed meals, one per distinct text, newest first. */
  recent(options: { limit?: number } = {}): Promise<readonly MealLog[]> {
    return this.recentMeals.load(options.limit);
  }

  /**
   * GET /summary for the days `from` to `to` (at most 366) in `tz` (default UTC): every day's totals
   * and completed meals, averages over the days logged, the goals. The answer is kept on the device:
   * `summaries.cached(query)` gives the last one for a range as long, to show offline.
   */
  async summary(query: SummaryQuery, signal?: AbortSignal): Promise<Summary> {
    return (await this.summaries.load(query, signal)).summary;
  }

  /**
   * Edits a meal on the server: `patch` is PATCH /meal-logs/{id}'s body (build item lists with
   * `itemEdit`, `replaceItem`, `removeItem`, `addItem`). The edit is stored on this device before this
   * returns and sent with If-Match, the version the store holds; the store shows it at once and
   * settles on the server's answer. Offline, it waits in the outbox. If the meal changed elsewhere
   * meanwhile, nothing is overwritten: the store takes the server's meal and `conflict` is emitted.
   *
   * `options.version`: the version the person saw when they began the edit (an editor left open
   * while another device changed the meal); then that change is a conflict too, not overwritten.
   */
  async edit(mealId: string, patch: MealLogPatch, options: { version?: number } = {}): Promise<PendingEdit> {
    if (this.closed) throw new ClosedError();
    const checked = checkedPatch(patch);
    const base = this.store.mealForEdit(mealId) ?? (await this.mealFromServer(mealId));
    if (base.meal.status === 'processing')
      throw new InvalidInputError('the meal is being processed: edit it once it is done');
    const preview = previewMeal(base.meal, checked, (id) => this.foods.cached(id));
    const localId = newId();
    // Waited for before the record exists: in principle an answer can come before `addEdit` returns.
    const outcome = new Promise<EditOutcome>((resolve) => this.editWaiters.set(localId, resolve));
    const record = await this.outbox
      .addEdit(mealId, options.version ?? base.version, checked, preview, localId)
      .catch((error) => {
        this.editWaiters.delete(localId);
        throw error;
      });
    return { local_id: record.local_id, preview, outcome };
  }

  /** The store's entry with this key (a local id or a server id), once it reached a final status. */
  settled(key: string, signal?: AbortSignal): Promise<MealEntry> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const entry = this.store.getSnapshot().meals.find((m) => m.key === key || m.id === key);
        if (entry && FINAL.has(entry.status)) {
          stop();
          resolve(entry);
        }
      };
      const unsubscribe = this.store.subscribe(check);
      const onAbort = () => {
        stop();
        reject(signal?.reason);
      };
      const stop = () => {
        unsubscribe();
        signal?.removeEventListener('abort', onAbort);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      check();
    });
  }

  /**
   * For platforms the SDK cannot watch itself (React Native's AppState, a desktop shell): the app is
   * in the foreground or not. Browsers are watched already.
   */
  setVisible(visible: boolean): void {
    this.onVisible(visible);
  }

  /** For platforms the SDK cannot watch itself: the network is gone or back. */
  setOnline(online: boolean): void {
    this.connection.setOnline(online);
    if (online) this.outbox.wake();
  }

  /** A new token (after the app's own login): a connection or outbox stopped for lack of one goes on. */
  setToken(token: string | null): void {
    this.tokens.set(token);
  }

  /** Logs in with email and password; the session's token is used from now on. */
  async login(email: string, password: string) {
    const session = await this.api.login(email, password);
    this.userId = session.user.id;
    return session;
  }

  async register(email: string, password: string) {
    const session = await this.api.register(email, password);
    this.userId = session.user.id;
    return session;
  }

  /** Whether the client holds a session (false after a sign-out, a failed refresh, a deletion). */
  get signedIn(): boolean {
    return this.tokens.current !== null;
  }

  /**
   * Ends the session on the server and here. The tokens are forgotten even when the server cannot
   * be reached (the error is thrown after): this device is signed out either way.
   */
  async logout(): Promise<void> {
    try {
      await this.api.logout();
    } finally {
      await this.sessionStore.save(null).catch(() => {});
      this.emitter.emit('signedOut', { reason: 'logout' });
    }
  }

  /** Everything the server holds about the user, as one JSON document (GET /me/export). */
  exportData(signal?: AbortSignal): Promise<AccountExport> {
    return this.api.exportData(signal);
  }

  /**
   * Deletes the account and everything in it, on the server and on this device (outbox, cursor);
   * the current password is asked again. A wrong password throws ApiError `invalid_credentials`
   * and changes nothing.
   */
  async deleteAccount(password: string): Promise<void> {
    // The server closes this user's sockets (4001) before it answers; the refresh that follows is
    // refused, and that must not be announced as an ended session ahead of the deletion itself.
    this.deleting = true;
    this.endedWhileDeleting = false;
    try {
      await this.api.deleteAccount(password);
    } catch (error) {
      this.deleting = false;
      if (this.endedWhileDeleting) this.sessionEnded();
      throw error;
    }
    this.outbox.stop();
    await this.connection.stop();
    await this.storage.clear();
    await this.sessionStore.save(null).catch(() => {});
    this.emitter.emit('signedOut', { reason: 'account_deleted' });
  }

  private sessionEnded(): void {
    if (this.deleting) this.endedWhileDeleting = true;
    else this.emitter.emit('signedOut', { reason: 'session_ended' });
  }

  /** Clean shutdown: sockets and requests closed, timers cleared, cursor written. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const stop of this.unsubscribe.splice(0)) stop();
    this.outbox.stop();
    await this.starting?.catch(() => {});
    await this.connection.stop();
    await this.storage.close?.();
  }

  private loadDayOnce(): Promise<number> {
    this.firstLoad ??= this.store.reload().catch((error) => {
      this.firstLoad = null;
      throw error;
    });
    return this.firstLoad;
  }

  private wire(): void {
    const { connection, outbox, store } = this;
    this.unsubscribe.push(
      connection.on('state', (change) => {
        // A day that failed to load (the app started offline) is loaded once delivery is back: the
        // connection may resume from a stored cursor and never ask for it, and the store holds the
        // stream's events until it has a snapshot to apply them to.
        const delivering = change.newState.state === 'live' || change.newState.state === 'fallback';
        if (delivering && store.getSnapshot().status === 'error') void this.loadDayOnce().catch(() => {});
        if (delivering && this.goals.getSnapshot().status === 'error') void this.goals.load().catch(() => {});
        this.emitter.emit('state', change);
      }),
      connection.on('event', (event) => {
        store.applyEvent(event);
        this.goals.applyEvent(event);
        this.recentMeals.applyEvent(event);
        this.emitter.emit('event', event);
      }),
      connection.on('reset', (reset) => {
        // Events were missed: the goals may have changed meanwhile.
        void this.goals.load().catch(() => {});
        this.emitter.emit('reset', reset);
      }),
      connection.on('error', (error) => this.emitter.emit('error', error)),
      this.diagnostics.on((event) => this.emitter.emit('diagnostic', event)),
      outbox.on('change', (records) => {
        store.setOutbox(records);
        this.handOverOutcomes(records);
      }),
      outbox.on('uploaded', ({ record, meal }) => store.linkUpload(record.local_id, meal)),
      outbox.on('edited', ({ record, meal }) => {
        store.applyServerMeal(meal);
        this.settleEdit(record, { status: 'applied', meal });
      }),
      outbox.on('conflict', ({ record, current }) => {
        store.applyServerMeal(current);
        const conflict = {
          meal_id: record.meal_id,
          mine: record.preview,
          theirs: current,
          patch: record.patch,
        };
        this.emitter.emit('conflict', conflict);
        this.settleEdit(record, { status: 'conflict', conflict });
      }),
      outbox.on('editFailed', ({ record, error }) => {
        this.emitter.emit('editFailed', { meal_id: record.meal_id, patch: record.patch, error });
        this.settleEdit(record, { status: 'failed', error });
      }),
      outbox.on('error', (error) => this.emitter.emit('error', error)),
      this.tokens.onChange((token) => {
        // Kept where other tabs and later runs look: a used refresh token must never be presented again.
        const session = token ? { access_token: token, refresh_token: this.tokens.refreshToken } : null;
        // A store that cannot be written costs only the next run its session: nothing to stop for.
        void this.sessionStore.save(session).catch(() => {});
        if (!token) return;
        if (connection.state.state === 'closed' && connection.state.error instanceof AuthError)
          connection.start();
        outbox.wake();
      }),
    );
    if (this.options.platformSignals !== false) {
      this.unsubscribe.push(
        watchPlatform({
          online: (online) => this.setOnline(online),
          visible: (visible) => this.onVisible(visible),
        }),
      );
    }
  }

  /** The meal to copy: as this device shows it (the day, the recent list), else as the server has it. */
  private async copySource(mealId: string): Promise<CopySource & { status: MealLog['status'] }> {
    return this.store.mealForEdit(mealId)?.meal ?? this.recentMeals.find(mealId) ?? this.api.mealLog(mealId);
  }

  /** A meal the store does not show (another day): as the server has it now. */
  private async mealFromServer(mealId: string): Promise<{ meal: MealLog; version: number }> {
    const meal = await this.api.mealLog(mealId);
    return { meal, version: meal.version };
  }

  private settleEdit(record: EditRecord, outcome: EditOutcome): void {
    if (this.editWaiters.has(record.local_id)) this.editOutcomes.set(record.local_id, outcome);
  }

  private handOverOutcomes(records: readonly OutboxEntry[]): void {
    if (this.editOutcomes.size === 0) return;
    const waiting = new Set(records.map((r) => r.local_id));
    for (const [localId, outcome] of this.editOutcomes) {
      if (waiting.has(localId)) continue;
      this.editOutcomes.delete(localId);
      this.editWaiters.get(localId)?.(outcome);
      this.editWaiters.delete(localId);
    }
  }

  private onVisible(visible: boolean): void {
    this.connection.setVisible(visible);
    if (!visible) {
      this.hiddenSince = Date.now();
      return;
    }
    const hiddenFor = this.hiddenSince === null ? 0 : Date.now() - this.hiddenSince;
    this.hiddenSince = null;
    // The stream resumes from its cursor and misses nothing; a long absence still earns one fresh
    // snapshot (the day may have changed, or the cursor expired while we were away).
    if (hiddenFor >= this.timing.refreshAfterHiddenMs) void this.store.reload().catch(() => {});
    this.outbox.wake();
  }

  private cursorStore(): CursorStore {
    return {
      load: async () => {
        const user = await this.user();
        const stored = await this.storage.get<StoredCursor>('cursor');
        return stored?.user_id === user ? stored.seq : null;
      },
      save: async (seq) => {
        const user = await this.user();
        await this.storage.set('cursor', { user_id: user, seq } satisfies StoredCursor);
      },
    };
  }

  /** The cursor belongs to a user: another account's cursor must not be resumed. */
  private async user(): Promise<string> {
    this.userId ??= (await this.api.me()).id;
    return this.userId;
  }

  private transportFactories(): Partial<Record<TransportKind, TransportFactory>> {
    const { baseUrl } = this.options;
    const WebSocketClass =
      this.options.WebSocket === undefined
        ? (globalThis as { WebSocket?: FitIQClientOptions['WebSocket'] }).WebSocket
        : this.options.WebSocket;
    const timing = this.timing;
    const all: Partial<Record<TransportKind, TransportFactory>> = {
      sse: sseTransport({
        api: this.api,
        silenceMs: timing.sseSilenceMs,
        connectTimeoutMs: timing.connectTimeoutMs,
      }),
      'long-poll': longPollTransport({ api: this.api, waitSeconds: timing.longPollWaitSeconds }),
    };
    if (WebSocketClass) {
      all.websocket = webSocketTransport({
        baseUrl,
        WebSocket: WebSocketClass,
        connectTimeoutMs: timing.connectTimeoutMs,
        ...(timing.heartbeatMs !== null ? { heartbeatMs: timing.heartbeatMs } : {}),
      });
    }
    const wanted = this.options.transports ?? ['websocket', 'sse', 'long-poll'];
    return Object.fromEntries(wanted.filter((kind) => all[kind]).map((kind) => [kind, all[kind]]));
  }
}

const opt = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
