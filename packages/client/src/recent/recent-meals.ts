import type { MealLog } from '@fitiq/contract';
import type { FitIQApi } from '../api/api-client.js';
import { FitIQError } from '../api/errors.js';
import type { ClientStorage } from '../storage/storage.js';

export type RecentState = Readonly<{
  /** `idle` until asked for; `error` when the last load failed (the meals are then the last loaded). */
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** The user's latest completed meals, one per distinct text, newest first. */
  meals: readonly MealLog[];
  /** When `meals` came from the server (possibly in an earlier run); null before that. */
  loaded_at: string | null;
  error: FitIQError | null;
}>;

type Stored = { meals: MealLog[]; loaded_at: string };

const KEY = 'recent';

/** Event types after which the list may read differently: a meal finished, changed or went away. */
const CHANGES = new Set(['meal_log.created', 'meal_log.completed', 'meal_log.updated', 'meal_log.deleted']);

/**
 * The recent meals to log again in one tap (GET /meal-logs/recent), kept on the device so the list
 * shows offline too, and loaded again after the stream tells of a change while anyone is watching.
 * Ready for `useSyncExternalStore(recent.subscribe, recent.getSnapshot)`.
 */
export class RecentMeals {
  private state: RecentState = Object.freeze({ status: 'idle', meals: [], loaded_at: null, error: null });
  private readonly listeners = new Set<() => void>();
  private inFlight: Promise<readonly MealLog[]> | null = null;
  /** A change arrived while a load was under way: its answer may predate it, so load once more. */
  private again = false;
  private limit: number | undefined;

  constructor(
    private readonly api: FitIQApi,
    private readonly storage: ClientStorage,
  ) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): RecentState => this.state;

  /** A meal of the list, by its server id. */
  find(id: string): MealLog | undefined {
    return this.state.meals.find((meal) => meal.id === id);
  }

  /** Shows what an earlier run loaded, until the server answers. */
  async restore(): Promise<void> {
    const stored = await this.storage.get<Stored>(KEY).catch(() => undefined);
    if (this.state.loaded_at === null && stored && Array.isArray(stored.meals))
      this.publish({ meals: stored.meals, loaded_at: stored.loaded_at });
  }

  /** GET /meal-logs/recent; one request at a time (a second call shares the first's answer). */
  load(limit?: number): Promise<readonly MealLog[]> {
    if (limit !== undefined) this.limit = limit;
    this.inFlight ??= this.fetch().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  /** An event from the stream: once the list was asked for, a change to meals loads it again. */
  applyEvent(event: { type: string }): void {
    if (!CHANGES.has(event.type) || this.state.status === 'idle') return;
    if (this.inFlight) this.again = true;
    else void this.load().catch(() => {});
  }

  private async fetch(): Promise<readonly MealLog[]> {
    this.publish({ status: 'loading' });
    try {
      let meals: MealLog[];
      do {
        this.again = false;
        meals = await this.api.recentMeals(this.limit);
      } while (this.again);
      const loadedAt = new Date().toISOString();
      this.publish({ status: 'ready', meals, loaded_at: loadedAt, error: null });
      void this.storage.set(KEY, { meals, loaded_at: loadedAt } satisfies Stored).catch(() => {});
      return meals;
    } catch (error) {
      const failure =
        error instanceof FitIQError ? error : new FitIQError('network_error', String(error), true);
      this.publish({ status: 'error', error: failure });
      throw error;
    }
  }

  private publish(change: Partial<RecentState>): void {
    this.state = Object.freeze({ ...this.state, ...change });
    for (const listener of [...this.listeners]) listener();
  }
}
