import type { EventType, Goals, Nutrients } from '@fitiq/contract';
import type { RefreshTokenRecord, RefreshTokenWithFamily, SessionFamily } from '../auth/session-record.js';
import type { UserRecord } from '../auth/user-record.js';
import type { StoredEvent } from '../events/stored-event.js';
import type { Job } from '../jobs/job.js';
import type { MealLogRecord } from '../meals/meal-log-record.js';

/** What differs between database engines, as flags rather than `if (sqlite)` in the repositories. */
export type StorageCapabilities = {
  /** `SELECT ... FOR UPDATE SKIP LOCKED`, so concurrent workers claim different jobs without waiting. */
  skipLocked: boolean;
  /**
   * The isolation level that makes several reads see one snapshot. Null where every transaction
   * already does (SQLite: one writer, and a read transaction keeps the snapshot of its first read).
   */
  snapshotIsolation: 'repeatable read' | null;
  /** One writer at a time: concurrent write transactions are committed together (group commit). */
  groupCommit: boolean;
  /**
   * A JS array binds as one SQL array parameter (PostgreSQL's `text[]`, read with unnest). Without
   * it, a list travels as one JSON text (SQLite's json_each).
   */
  arrayParameters: boolean;
};

export interface UserRepository {
  /** Creates the user and the user's empty event stream. Returns null when the email is taken. */
  insert(user: UserRecord): Promise<UserRecord | null>;
  findByEmail(email: string): Promise<UserRecord | null>;
  findById(id: string): Promise<UserRecord | null>;
  /**
   * Deletes the user and everything of theirs (meals and their jobs, idempotency keys, events, stream,
   * sessions, remembered portions, push subscriptions, goals), inside the caller's transaction. False when there was no such user.
   */
  deleteWithEverything(id: string): Promise<boolean>;
}

export interface SessionRepository {
  insertFamily(family: SessionFamily): Promise<void>;
  insertToken(token: RefreshTokenRecord): Promise<void>;
  findToken(id: string): Promise<RefreshTokenWithFamily | null>;
  /** Marks the token used; false when it already was (a concurrent refresh won). */
  markRotated(id: string, at: string): Promise<boolean>;
  /** The family lives as long as its newest refresh token. */
  extendFamily(id: string, expiresAt: string): Promise<void>;
  /** Revokes a family still active; returns its user when it did. */
  revokeFamily(id: string, at: string): Promise<string | null>;
  /** Which of these families exist and are not revoked (one query for a heartbeat's worth). */
  activeAmong(ids: readonly string[]): Promise<Array<{ id: string; userId: string }>>;
  listForUser(userId: string): Promise<SessionFamily[]>;
  /** Drops families (and their tokens) whose last refresh token expired before `now`. */
  pruneExpired(now: string): Promise<number>;
}

export type DayRange = { fromInclusive: string; toExclusive: string };

export interface MealLogRepository {
  /**
   * Stores a new meal with the job that processes it (the job's id is the meal's); without a job
   * for a meal that needs no processing (a copy of a completed one).
   */
  insert(meal: MealLogRecord, job: Job | null): Promise<void>;
  find(userId: string, id: string): Promise<MealLogRecord | null>;
  listLoggedBetween(userId: string, range: DayRange): Promise<MealLogRecord[]>;
  /** Every meal log of the user, ordered by logged_at (the data export). */
  listAll(userId: string): Promise<MealLogRecord[]>;
  /**
   * Applies the final state, raises the version and ends the meal's job, only while `leaseOwner`
   * holds that job and the meal is still at `version`: a worker whose lease expired (another worker
   * has the job now) records nothing, and a meal never completes twice. Null when nothing was recorded.
   */
  finish(
    id: string,
    leaseOwner: string,
    version: number,
    update: Pick<MealLogRecord, 'status' | 'items' | 'totals' | 'error' | 'updatedAt'>,
  ): Promise<MealLogRecord | null>;
  /**
   * Writes an edited meal (its version already raised) only if the stored one is still at
   * `expectedVersion`; with `job`, the meal is processed again. False when another change came first.
   */
  update(meal: MealLogRecord, expectedVersion: number, job: Job | null): Promise<boolean>;
  delete(userId: string, id: string): Promise<boolean>;
}

export interface IdempotencyRepository {
  find(userId: string, key: string): Promise<string | null>;
  /** Returns false when the key is already taken (a concurrent request won). */
  insert(userId: string, key: string, mealLogId: string, createdAt: string): Promise<boolean>;
  listForUser(userId: string): Promise<Array<{ key: string; mealLogId: string; createdAt: string }>>;
}

/** An amount a user set for a food the parser had to guess the amount of. */
export type PortionRecord = {
  userId: string;
  foodId: string;
  name: string;
  quantity: number;
  unit: string;
  grams: number;
  updatedAt: string;
};

export interface PortionRepository {
  /** Stores the portion, replacing the user's earlier one for that food. */
  remember(portion: PortionRecord): Promise<void>;
  /** The user's portions for these foods (one query for a meal's items). */
  findForFoods(userId: string, foodIds: readonly string[]): Promise<PortionRecord[]>;
  /** Most recently set first. */
  listForUser(userId: string): Promise<PortionRecord[]>;
  forget(userId: string, foodId: string): Promise<boolean>;
}

export interface GoalsRepository {
  /** Null when the user never set any. */
  find(userId: string): Promise<Goals | null>;
  /** Replaces the user's goals. */
  save(userId: string, goals: Goals, updatedAt: string): Promise<void>;
}

/** One day's completed meals: how many, and the sums of their totals, not rounded. */
export type DayTotals = Nutrients & { day: number; meals: number };

/** Reads over a user's completed meals (v1.1 recent meals and summary), each one indexed query. */
export interface MealHistoryRepository {
  /**
   * The completed meals of each day, summed by the database: day `i` runs from `dayStarts[i]`
   * (inclusive) to `dayStarts[i + 1]` (exclusive). Only the days with at least one meal are listed.
   * The sums are taken in no particular order, which changes none of their tenths: see
   * summary/day-totals.ts.
   */
  completedTotalsByDay(userId: string, dayStarts: readonly string[]): Promise<DayTotals[]>;
  /** The latest completed meal of each distinct text (mealTextKey), newest first, at most `limit`. */
  recentCompleted(userId: string, limit: number): Promise<MealLogRecord[]>;
}

export type NewEvent = {
  id: string;
  type: EventType;
  createdAt: string;
  buildPayload: (seq: number) => string;
};

export type StreamPosition = { head: number; prunedThrough: number };

export interface EventRepository {
  /** Allocates the next seq of the user's stream and stores the event, inside the caller's transaction. */
  append(userId: string, event: NewEvent): Promise<StoredEvent>;
  position(userId: string): Promise<StreamPosition>;
  readAfter(userId: string, after: number, limit: number): Promise<StoredEvent[]>;
  /** Streams holding more than `keepLast` unpruned events, by user id, after `afterUserId`. */
  streamsOverKeep(keepLast: number, afterUserId: string | null, limit: number): Promise<string[]>;
  /** Drops the user's events older than `olderThan` that are not among their last `keepLast`. */
  pruneStream(userId: string, olderThan: string, keepLast: number): Promise<number>;
}

/** A browser's push subscription (v1.1 Web Push): where to post, and the keys to encrypt for. */
export type PushSubscriptionRecord = {
  id: string;
  userId: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  createdAt: string;
};

/** A push message owed to one subscription for one event of its user, as a claim leased it. */
export type PushDelivery = {
  id: string;
  userId: string;
  seq: number;
  /** Attempts started, this one included. */
  attempts: number;
  leaseOwner: string;
  subscription: PushSubscriptionRecord;
};

export interface PushRepository {
  /**
   * Stores the subscription, or finds the user's own with that endpoint (its keys refreshed). An
   * endpoint stored for another user moves to this one: the browser changed hands, and the previous
   * user's meals must not reach it. Keeps the user's newest `keep`.
   */
  subscribe(subscription: PushSubscriptionRecord, keep: number): Promise<{ id: string; created: boolean }>;
  unsubscribe(userId: string, id: string): Promise<boolean>;
  /** Oldest first. */
  listForUser(userId: string): Promise<PushSubscriptionRecord[]>;
  /** One delivery per subscription the user has, due at `runAt`, inside the event's transaction. */
  schedule(userId: string, seq: number, runAt: string): Promise<void>;
  /** A live device acknowledged the user's events through `seq`: what is still owed for them is dropped. */
  cancelAcknowledged(userId: string, throughSeq: number): Promise<void>;
  /** Leases up to `limit` due deliveries to `owner` until `leaseUntil` (an expired lease is due again). */
  claimDue(request: ClaimRequest): Promise<PushDelivery[]>;
  /** Ends a delivery (sent, or given up) while `owner` still holds it. */
  finish(id: string, owner: string): Promise<void>;
  retryAt(id: string, owner: string, runAt: string): Promise<void>;
  /** The push service said the subscription is gone (404, 410): it and what it was owed go. */
  removeSubscription(id: string): Promise<void>;
  countDeliveries(): Promise<number>;
}

export type ClaimRequest = { owner: string; now: string; leaseUntil: string; limit: number };

/** A job's lease as a worker holds it: `owner` is the lease's own token, written by the claim. */
export type HeldLease = { id: string; owner: string };

export type RenewRequest = { leases: readonly HeldLease[]; leaseUntil: string };

/** A job leased by a claim, with its meal as the claim read it. */
export type ClaimedJob = { job: Job; meal: MealLogRecord };

/**
 * A meal's job: written with the meal (`MealLogRepository.insert`), ended with its outcome
 * (`MealLogRepository.finish`). A job's id is its meal's id.
 */
export interface JobRepository {
  /**
   * Leases up to `limit` jobs to `owner`: due ones first, then ones whose lease expired. One
   * statement for the whole batch, so a busy worker pays one write per batch, not per job.
   */
  claim(request: ClaimRequest): Promise<ClaimedJob[]>;
  /** Ends the job whoever holds it: its meal already holds an outcome. */
  complete(id: string): Promise<void>;
  retryLater(id: string, owner: string, runAt: string, error: string): Promise<void>;
  /** Gives the lease back at once (graceful shutdown), so another worker need not wait for it to expire. */
  release(id: string, owner: string, now: string): Promise<void>;
  /**
   * Extends the leases these jobs still hold to `leaseUntil` (one statement for a worker's running
   * jobs). Returns the ones extended: a lease missing from the answer was taken over, or its job ended.
   */
  renew(request: RenewRequest): Promise<HeldLease[]>;
  countPending(): Promise<number>;
}

export type Repositories = {
  users: UserRepository;
  meals: MealLogRepository;
  idempotency: IdempotencyRepository;
  events: EventRepository;
  jobs: JobRepository;
  sessions: SessionRepository;
  portions: PortionRepository;
  push: PushRepository;
  goals: GoalsRepository;
  history: MealHistoryRepository;
};

export interface Storage {
  readonly capabilities: StorageCapabilities;
  readonly repos: Repositories;
  /**
   * Runs `work` in one transaction: everything it writes commits together or not at all. `work` may
   * run more than once (a group commit that fails runs again with each transaction isolated), so it
   * must change nothing but storage. `onCommitted` runs once the COMMIT succeeded, with the result,
   * before any caller of a transaction committed with it hears back (its error, if it throws, is the
   * transaction's answer): announcing what was committed then cannot wait behind work those callers
   * go on to do.
   */
  transaction<T>(work: (tx: Repositories) => Promise<T>, onCommitted?: (result: T) => void): Promise<T>;
  /** Runs several reads that must agree with each other (a list and the stream head it reflects). */
  snapshot<T>(work: (tx: Repositories) => Promise<T>): Promise<T>;
  migrate(): Promise<void>;
  ping(): Promise<void>;
  /**
   * Proves the database takes writes now (a write that changes nothing); throws the driver's error
   * otherwise (full disk, read-only file, standby server). Readiness asks it, so a node that could
   * only fail writes is taken out of rotation, and put back once the condition clears.
   */
  checkWritable(): Promise<void>;
  close(): Promise<void>;
}
