import type { Goals } from '@fitiq/contract';
import type { FitIQApi } from '../api/api-client.js';
import { FitIQError } from '../api/errors.js';
import type { ClientStorage } from '../storage/storage.js';
import { changedGoals, isGoals, NO_GOALS, sameGoals } from './goals-value.js';

export type GoalsState = Readonly<{
  /** `loading` until the server answered once; `error` when it could not be asked (offline). */
  status: 'loading' | 'ready' | 'error';
  /**
   * The goals to show: a change being saved from this device, else the server's as last heard (from
   * GET /me/goals or a `goals.updated` event), else what this device stored from an earlier run.
   * null only before anything is known.
   */
  goals: Goals | null;
  /** A change made here is on its way to the server. */
  saving: boolean;
  error: FitIQError | null;
}>;

const KEY = 'goals';

/**
 * The user's goals, the same on every device: loaded once, then kept current by the stream's
 * `goals.updated` events, and changed with `set` (PUT /me/goals). Ready for
 * `useSyncExternalStore(goals.subscribe, goals.getSnapshot)`.
 *
 * Answers of GET and PUT carry no stream position, events do: an answer that comes back after an
 * event arrived may be older than that event, so it is not taken. The events after it follow in
 * order, the last of them the current goals; the device's own change arrives as an event too.
 */
export class GoalsStore {
  private state: GoalsState = Object.freeze({ status: 'loading', goals: null, saving: false, error: null });
  private readonly listeners = new Set<() => void>();
  private confirmed: Goals | null = null;
  private pending: { goals: Goals; token: number } | null = null;
  private eventsSeen = 0;
  private saves = 0;
  private loading: Promise<Goals | null> | null = null;

  constructor(
    private readonly api: FitIQApi,
    private readonly storage: ClientStorage,
  ) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): GoalsState => this.state;

  /** The goals shown now (see GoalsState.goals). */
  get current(): Goals | null {
    return this.state.goals;
  }

  /** Shows what an earlier run stored, until the server answers. */
  async restore(): Promise<void> {
    const stored = await this.storage.get<Goals>(KEY).catch(() => undefined);
    if (this.confirmed === null && isGoals(stored)) {
      this.confirmed = stored;
      this.publish({});
    }
  }

  /** GET /me/goals (one request at a time); null when an event overtook the answer. */
  load(): Promise<Goals | null> {
    this.loading ??= this.fetch().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  /**
   * Changes some of the goals (the others stay): shown at once, then PUT. Returns the server's goals;
   * throws (and shows the goals as before) when the server cannot be reached or refuses them.
   */
  async set(change: Partial<Goals>): Promise<Goals> {
    const base = this.state.goals ?? NO_GOALS;
    const goals = changedGoals(base, change);
    const token = ++this.saves;
    const mark = this.eventsSeen;
    this.pending = { goals, token };
    this.publish({ error: null });
    try {
      const answer = await this.api.setGoals(goals);
      if (this.eventsSeen === mark) this.confirm(answer);
      return answer;
    } finally {
      if (this.pending?.token === token) this.pending = null;
      this.publish({});
    }
  }

  /** An event from the stream; anything but `goals.updated` is ignored. */
  applyEvent(event: { type: string; data: unknown }): void {
    if (event.type !== 'goals.updated') return;
    const goals = (event.data as { goals?: unknown } | null)?.goals;
    if (!isGoals(goals)) return;
    this.eventsSeen += 1;
    this.confirm(goals);
    this.publish({ status: 'ready', error: null });
  }

  private async fetch(): Promise<Goals | null> {
    const mark = this.eventsSeen;
    try {
      const goals = await this.api.goals();
      if (this.eventsSeen !== mark) return null;
      this.confirm(goals);
      this.publish({ status: 'ready', error: null });
      return goals;
    } catch (error) {
      const failure =
        error instanceof FitIQError ? error : new FitIQError('network_error', String(error), true);
      this.publish({ status: this.state.status === 'ready' ? 'ready' : 'error', error: failure });
      throw error;
    }
  }

  private confirm(goals: Goals): void {
    const changed = !sameGoals(this.confirmed, goals);
    this.confirmed = goals;
    // Kept for the next run: it shows the goals before the server answers, or when it cannot.
    if (changed) void this.storage.set(KEY, goals).catch(() => {});
  }

  private publish(change: Partial<GoalsState>): void {
    const next = { ...this.state, ...change };
    next.goals = this.pending?.goals ?? this.confirmed;
    next.saving = this.pending !== null;
    this.state = Object.freeze(next);
    for (const listener of [...this.listeners]) listener();
  }
}
