import type { MealLog, MealLogPatch } from '@fitiq/contract';
import type { FitIQApi } from '../api/api-client.js';
import { ApiError, AuthError, FitIQError } from '../api/errors.js';
import { type BackoffOptions, backoffDelay } from '../connection/backoff.js';
import type { ClientStorage } from '../storage/storage.js';
import { Emitter } from '../util/emitter.js';
import { Timer } from '../util/timers.js';
import { type EditRecord, newEditRecord } from './edit-record.js';
import { sendEdit } from './edit-upload.js';
import {
  type CopySource,
  isEditRecord,
  type LogOptions,
  newCopyRecord,
  newOutboxRecord,
  type OutboxEntry,
  type OutboxRecord,
} from './outbox-record.js';

export type OutboxEvents = {
  /** The records changed (added, attempted, rejected, removed): meals and edits, in upload order. */
  change: readonly OutboxEntry[];
  /** The server has the meal: the record is removed from the outbox right after. */
  uploaded: { record: OutboxRecord; meal: MealLog };
  /** The server applied the edit (`meal` is its answer): the record is removed right after. */
  edited: { record: EditRecord; meal: MealLog };
  /** The meal had changed since the edit's version: not applied; `current` is the meal as it is now. */
  conflict: { record: EditRecord; current: MealLog };
  /** The server refused the edit for good (the meal is gone, the edit is invalid): not applied. */
  editFailed: { record: EditRecord; error: FitIQError };
  /** Uploads are paused until the app gives a token (`setToken`), or an error worth showing. */
  error: FitIQError;
};

export type OutboxOptions = {
  api: FitIQApi;
  storage: ClientStorage;
  backoff?: BackoffOptions;
  random?: () => number;
};

const PREFIX = 'outbox:';

/**
 * Meals logged and edits made on this device, persisted before `add` / `addEdit` return and uploaded
 * in order, one at a time, retried with backoff (across restarts: `load` picks them up again) until
 * the server has them or refuses them for good. A meal goes with its Idempotency-Key, an edit with
 * its If-Match: neither can be applied twice, nor over a change made elsewhere.
 */
export class Outbox {
  private readonly emitter = new Emitter<OutboxEvents>();
  private readonly retryTimer = new Timer();
  private list: OutboxEntry[] = [];
  private running = false;
  private draining = false;
  private wakeUp: (() => void) | null = null;
  private inFlight: AbortController | null = null;
  private pausedForAuth = false;
  private lastLoggedAt = 0;
  private lastCreatedAt = 0;

  constructor(private readonly options: OutboxOptions) {}

  get records(): readonly OutboxEntry[] {
    return this.list;
  }

  on<K extends keyof OutboxEvents>(name: K, listener: (payload: OutboxEvents[K]) => void): () => void {
    return this.emitter.on(name, listener);
  }

  /** Reads what an earlier run left; call before `start`. */
  async load(): Promise<void> {
    const stored = await this.options.storage.entries<OutboxEntry>(PREFIX);
    const known = new Set(this.list.map((r) => r.local_id));
    const loaded = stored.map(([, record]) => record).filter((r) => !known.has(r.local_id));
    this.list = [...loaded, ...this.list].sort((a, b) => (a.created_at < b.created_at ? -1 : 1));
    for (const record of this.list)
      this.lastCreatedAt = Math.max(this.lastCreatedAt, Date.parse(record.created_at));
    this.changed();
  }

  /** Stores the meal (durably) and returns its record; the upload happens in the background. */
  async add(text: string, options?: LogOptions): Promise<OutboxRecord> {
    return this.addMeal(options, (now, loggedAt) => newOutboxRecord(text, options, now, loggedAt));
  }

  /**
   * Stores a copy of a server meal (durably), uploaded like a new meal: in order, with its local id as
   * Idempotency-Key, so a copy made offline waits here and is never made twice.
   */
  async addCopy(source: CopySource, options?: LogOptions): Promise<OutboxRecord> {
    return this.addMeal(options, (now, loggedAt) => newCopyRecord(source, options, now, loggedAt));
  }

  private async addMeal(
    options: LogOptions | undefined,
    build: (now: Date, loggedAt: Date) => OutboxRecord,
  ): Promise<OutboxRecord> {
    // Meals logged within the same millisecond get distinct instants, 1 ms apart: lists order them
    // as they were logged, and the store can tell their stream events apart (see DayStore.linkByContent).
    const now = this.nextCreatedAt();
    const loggedAt = new Date(Math.max(now.getTime(), this.lastLoggedAt + 1));
    const record = build(now, loggedAt);
    if (options?.logged_at === undefined) this.lastLoggedAt = loggedAt.getTime();
    await this.append(record);
    return record;
  }

  /**
   * Stores an edit of a server meal (durably), made on `ifMatch`, the version this device holds, and
   * shown meanwhile as `preview`; the upload happens in the background, after what was queued before.
   */
  async addEdit(
    mealId: string,
    ifMatch: number,
    patch: MealLogPatch,
    preview: MealLog,
    localId?: string,
  ): Promise<EditRecord> {
    const record = newEditRecord(mealId, ifMatch, patch, preview, this.nextCreatedAt(), localId);
    await this.append(record);
    return record;
  }

  private async append(record: OutboxEntry): Promise<void> {
    await this.options.storage.set(PREFIX + record.local_id, record);
    this.list = [...this.list, record];
    this.changed();
    this.kick();
  }

  /** Strictly increasing: records sort by it, and two made within one millisecond keep their order. */
  private nextCreatedAt(): Date {
    this.lastCreatedAt = Math.max(Date.now(), this.lastCreatedAt + 1);
    return new Date(this.lastCreatedAt);
  }

  /** Forgets a record (a rejected one the user dismissed, say). An upload under way still completes. */
  async discard(localId: string): Promise<void> {
    await this.options.storage.delete(PREFIX + localId);
    this.list = this.list.filter((r) => r.local_id !== localId);
    this.changed();
  }

  start(): void {
    this.running = true;
    this.kick();
  }

  /** Retries now instead of after the backoff (back online, new token). */
  wake(): void {
    this.pausedForAuth = false;
    this.kick();
  }

  /** Stops uploading; an upload under way is abandoned (its retry, with the same key, cannot duplicate it). */
  stop(): void {
    this.running = false;
    this.retryTimer.clear();
    this.inFlight?.abort();
    this.wakeUp?.();
  }

  private kick(): void {
    if (!this.running || this.pausedForAuth) return;
    if (this.draining) {
      this.wakeUp?.();
      return;
    }
    this.draining = true;
    void this.drain().finally(() => {
      this.draining = false;
    });
  }

  private async drain(): Promise<void> {
    while (this.running && !this.pausedForAuth) {
      const record = this.list.find((r) => r.status === 'pending');
      if (!record) return;
      const delay = await this.upload(record);
      if (delay > 0) await this.waitOrWake(delay);
    }
  }

  /** One try; returns how long to wait before the next one (0: go on at once). */
  private async upload(record: OutboxEntry): Promise<number> {
    this.inFlight = new AbortController();
    try {
      if (isEditRecord(record)) return await this.uploadEdit(record, this.inFlight.signal);
      const { meal } = await this.sendMeal(record, this.inFlight.signal);
      this.emitter.emit('uploaded', { record, meal });
      await this.remove(record);
      return 0;
    } catch (error) {
      return this.failed(record, error);
    } finally {
      this.inFlight = null;
    }
  }

  private sendMeal(record: OutboxRecord, signal: AbortSignal) {
    const { api } = this.options;
    const { meal_type, logged_at } = record;
    return record.copy_of
      ? api.copyMealLog(record.copy_of, { meal_type, logged_at }, record.local_id, signal)
      : api.logMeal({ raw_input: record.raw_input, meal_type, logged_at }, record.local_id, signal);
  }

  private async uploadEdit(record: EditRecord, signal: AbortSignal): Promise<number> {
    const answer = await sendEdit(this.options.api, record, signal);
    if (answer.kind === 'applied') {
      await this.rebase(record, answer.meal.version);
      this.emitter.emit('edited', { record, meal: answer.meal });
    } else {
      this.emitter.emit('conflict', { record, current: answer.current });
    }
    await this.remove(record);
    return 0;
  }

  /**
   * Edits of the same meal made after this one were made on its preview, with the same If-Match:
   * now that it is applied they follow from the version it produced, or they would conflict with it.
   */
  private async rebase(applied: EditRecord, version: number): Promise<void> {
    const chained = this.list.filter(
      (r): r is EditRecord =>
        isEditRecord(r) && r !== applied && r.meal_id === applied.meal_id && r.if_match === applied.if_match,
    );
    // The preview's version moves too: an edit made on it now (an app passes the version it shows)
    // follows the chain instead of conflicting with this device's own edit.
    for (const record of chained)
      await this.replace({ ...record, if_match: version, preview: { ...record.preview, version } });
  }

  private async failed(record: OutboxEntry, error: unknown): Promise<number> {
    if (!this.running) return 0;
    if (error instanceof AuthError) {
      this.pausedForAuth = true;
      this.emitter.emit('error', error);
      return 0;
    }
    const failure = error instanceof FitIQError ? error : null;
    // An edit refused for good (the meal deleted meanwhile, an invalid edit) is reported and dropped.
    if (isEditRecord(record) && failure && !failure.temporary) {
      this.emitter.emit('editFailed', { record, error: failure });
      await this.remove(record);
      return 0;
    }
    // The meal was created by an earlier try and deleted since: nothing is left to upload. A copy
    // refused so at its first try is different: the meal it copies is gone, which the user is shown.
    const firstCopyTry = !isEditRecord(record) && record.copy_of !== undefined && record.attempts === 0;
    if (error instanceof ApiError && error.code === 'not_found' && !firstCopyTry) {
      await this.remove(record);
      return 0;
    }
    const updated: OutboxEntry = {
      ...record,
      attempts: record.attempts + 1,
      error: { code: failure?.code ?? 'network_error', message: (error as Error)?.message ?? String(error) },
    };
    if (failure && !failure.temporary && !isEditRecord(updated)) updated.status = 'rejected';
    await this.replace(updated);
    if (updated.status === 'rejected') return 0;
    const wait = backoffDelay(record.attempts, this.options.backoff, this.options.random);
    return error instanceof ApiError && error.retryAfterMs !== null
      ? Math.max(wait, error.retryAfterMs)
      : wait;
  }

  private waitOrWake(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        this.retryTimer.clear();
        this.wakeUp = null;
        resolve();
      };
      this.wakeUp = done;
      this.retryTimer.set(ms, done);
    });
  }

  private async replace(record: OutboxEntry): Promise<void> {
    if (!this.list.some((r) => r.local_id === record.local_id)) return;
    await this.options.storage.set(PREFIX + record.local_id, record);
    this.list = this.list.map((r) => (r.local_id === record.local_id ? record : r));
    this.changed();
  }

  private async remove(record: OutboxEntry): Promise<void> {
    await this.options.storage.delete(PREFIX + record.local_id);
    this.list = this.list.filter((r) => r.local_id !== record.local_id);
    this.changed();
  }

  private changed(): void {
    this.emitter.emit('change', this.list);
  }
}
