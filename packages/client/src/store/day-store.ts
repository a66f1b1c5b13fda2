import type { DayView, MealLog, Nutrients, StreamEvent } from '@fitiq/contract';
import { FitIQError } from '../api/errors.js';
import type { EditRecord } from '../outbox/edit-record.js';
import { isEditRecord, type OutboxEntry, type OutboxRecord } from '../outbox/outbox-record.js';
import { MEAL_EVENT_TYPES } from '../transports/server-frames.js';
import { dayTotals, localDate } from './day.js';
import { entryOfMeal, entryOfRecord, type MealEntry, newerMeal } from './meal-entry.js';

export type DayState = Readonly<{
  date: string;
  tz: string;
  /** `loading` until the first snapshot of this day arrived. */
  status: 'loading' | 'ready' | 'error';
  error: FitIQError | null;
  /** Ordered by `logged_at`. */
  meals: readonly MealEntry[];
  /** Over completed meals, as shown (edits waiting for the server's answer included). */
  totals: Nutrients;
}>;

export type LoadDay = (date: string, tz: string) => Promise<DayView>;

/**
 * A day's meals and totals, kept current from three sources: the snapshot (GET /meal-logs), the
 * stream's events and the outbox (meals logged and edits made here, shown before the server has them). `getSnapshot` returns the same object until something changed and
 * `subscribe` tells when it did: React's `useSyncExternalStore(store.subscribe, store.getSnapshot)`
 * or any framework's equivalent.
 */
export class DayStore {
  private state: DayState;
  private readonly listeners = new Set<() => void>();
  private readonly server = new Map<string, MealLog>();
  /** server id -> local id, for meals logged here: their entry keeps the local id as key. */
  private readonly links = new Map<string, string>();
  private records: readonly OutboxRecord[] = [];
  private edits: readonly EditRecord[] = [];
  /** Events up to this seq are in the snapshot; older ones are ignored. */
  private snapshotHead: number | null = null;
  /** Events that arrived while a snapshot was loading, applied on top of it. */
  private buffered: StreamEvent[] = [];
  private loads = 0;

  constructor(
    private readonly load: LoadDay,
    date: string,
    tz: string,
  ) {
    this.state = Object.freeze({
      date,
      tz,
      status: 'loading',
      error: null,
      meals: [],
      totals: dayTotals([]),
    });
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): DayState => this.state;

  /** Shows another day; its snapshot is loaded. */
  async setDay(date: string, tz = this.state.tz): Promise<number> {
    this.server.clear();
    this.snapshotHead = null;
    this.state = Object.freeze({ ...this.state, date, tz, status: 'loading', error: null });
    this.rebuild();
    return this.reload();
  }

  /** Loads the day's snapshot and returns the stream head it was read with. */
  async reload(): Promise<number> {
    const load = ++this.loads;
    const { date, tz } = this.state;
    this.snapshotHead = null;
    let view: DayView;
    try {
      view = await this.load(date, tz);
    } catch (error) {
      if (load === this.loads) {
        const failure =
          error instanceof FitIQError ? error : new FitIQError('network_error', String(error), true);
        this.state = Object.freeze({
          ...this.state,
          status: this.state.status === 'ready' ? 'ready' : 'error',
          error: failure,
        });
        this.rebuild();
      }
      throw error;
    }
    if (load !== this.loads) return view.head;
    this.server.clear();
    for (const meal of view.meal_logs) this.server.set(meal.id, meal);
    this.snapshotHead = view.head;
    const pending = this.buffered.splice(0);
    for (const event of pending) this.applyEvent(event);
    this.state = Object.freeze({ ...this.state, status: 'ready', error: null });
    this.rebuild();
    return view.head;
  }

  /** An event from the stream (each seq once, in order). */
  applyEvent(event: StreamEvent): void {
    if (this.snapshotHead === null) {
      this.buffered.push(event);
      return;
    }
    if (event.seq <= this.snapshotHead) return;
    // An event type this SDK does not know (a newer server's) changes nothing it shows.
    if (!MEAL_EVENT_TYPES.has(event.type)) return;
    const meal = event.data.meal_log;
    if (event.type === 'meal_log.deleted') {
      this.server.delete(meal.id);
    } else {
      if (localDate(meal.logged_at, this.state.tz) === this.state.date) this.linkByContent(meal);
      this.take(meal);
    }
    this.rebuild();
  }

  /**
   * A copy of a meal the server answered outside the stream (an edit's answer, the meal a 412 came
   * with): kept if it is newer than what the store holds. The stream's event for it follows anyway.
   */
  applyServerMeal(meal: MealLog): void {
    this.take(meal);
    this.rebuild();
  }

  /**
   * A meal as this store shows it (its edits waiting for the server applied), and the version an edit
   * of it is to be made on: the one the server last gave, or, while earlier edits wait, theirs.
   */
  mealForEdit(mealId: string): { meal: MealLog; version: number } | null {
    const meal = this.server.get(mealId);
    if (!meal) return null;
    const pending = this.edits.filter((e) => e.meal_id === mealId).at(-1);
    return pending ? { meal: pending.preview, version: pending.if_match } : { meal, version: meal.version };
  }

  /** Keeps the newer copy; a meal moved to another day (its `logged_at` edited) leaves this one. */
  private take(meal: MealLog): void {
    const kept = newerMeal(this.server.get(meal.id), meal);
    if (localDate(kept.logged_at, this.state.tz) === this.state.date) this.server.set(meal.id, kept);
    else this.server.delete(meal.id);
  }

  /** The outbox's upload returned the server's record of a local meal: from now on they are one entry. */
  linkUpload(localId: string, meal: MealLog): void {
    this.links.set(meal.id, localId);
    if (localDate(meal.logged_at, this.state.tz) === this.state.date) {
      this.server.set(meal.id, newerMeal(this.server.get(meal.id), meal));
    }
    this.rebuild();
  }

  setOutbox(entries: readonly OutboxEntry[]): void {
    this.records = entries.filter((e): e is OutboxRecord => !isEditRecord(e));
    this.edits = entries.filter(isEditRecord);
    this.rebuild();
  }

  /**
   * The stream can bring a meal's `created` event before its POST answered. The contract gives no
   * link from a meal to its Idempotency-Key, so a pending record is matched by what it sent: the same
   * text and the same `logged_at` (set on this device, to the millisecond).
   */
  private linkByContent(meal: MealLog): void {
    if (this.links.has(meal.id)) return;
    const linked = new Set(this.links.values());
    const record = this.records.find(
      (r) =>
        !linked.has(r.local_id) &&
        r.raw_input === meal.raw_input &&
        Date.parse(r.logged_at) === Date.parse(meal.logged_at),
    );
    if (record) this.links.set(meal.id, record.local_id);
  }

  private rebuild(): void {
    const { date, tz } = this.state;
    const linked = new Set(this.links.values());
    const entries: MealEntry[] = [];
    const shown: MealLog[] = [];
    const previews = new Map(this.edits.map((e) => [e.meal_id, e.preview]));
    for (const meal of this.server.values()) {
      // The last edit's preview already holds the earlier ones: it was made on theirs.
      const preview = previews.get(meal.id);
      const current = preview ?? meal;
      if (preview && localDate(preview.logged_at, tz) !== date) continue;
      shown.push(current);
      entries.push(entryOfMeal(current, this.links.get(meal.id) ?? null, preview !== undefined));
    }
    // Without a snapshot (the app reopened offline) an edit waiting here still shows its meal, from
    // its preview; once the day is loaded, only meals the server has are shown.
    if (this.state.status !== 'ready') {
      for (const [mealId, preview] of previews) {
        if (this.server.has(mealId) || localDate(preview.logged_at, tz) !== date) continue;
        shown.push(preview);
        entries.push(entryOfMeal(preview, null, true));
      }
    }
    for (const record of this.records) {
      if (linked.has(record.local_id) || localDate(record.logged_at, tz) !== date) continue;
      entries.push(entryOfRecord(record));
    }
    entries.sort((a, b) =>
      a.logged_at < b.logged_at ? -1 : a.logged_at > b.logged_at ? 1 : a.key < b.key ? -1 : 1,
    );
    this.state = Object.freeze({
      ...this.state,
      meals: Object.freeze(entries),
      totals: dayTotals(shown),
    });
    this.notify();
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
