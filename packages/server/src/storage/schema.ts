import type { Generated } from 'kysely';

/**
 * Table shapes as Kysely sees them. Timestamps are RFC 3339 strings in UTC with millisecond precision
 * (`Date.prototype.toISOString`), so they sort correctly as text on every dialect.
 */
export type UsersTable = { id: string; email: string; password_hash: string; created_at: string };

/** One row per user: the head of the user's event stream and how far retention has pruned it. */
export type StreamsTable = { user_id: string; head: number; pruned_through: Generated<number> };

export type MealLogsTable = {
  id: string;
  user_id: string;
  status: string;
  raw_input: string;
  meal_type: string | null;
  logged_at: string;
  created_at: string;
  updated_at: string;
  /** 1 when created, +1 with every change (migration 0006); the meal's ETag. */
  version: Generated<number>;
  /** JSON text: MealItem[] */
  items: string;
  /** JSON text: Nutrients, or null while processing or when failed */
  totals: string | null;
  /**
   * The same totals as numbers (migration 0009), written with the JSON in every statement that writes
   * it and null exactly when it is: the summary sums them in SQL, from its index alone.
   */
  total_calories: number | null;
  total_protein_g: number | null;
  total_carbs_g: number | null;
  total_fat_g: number | null;
  /** JSON text: MealLogError, or null */
  error: string | null;
  // The meal's job lives in the meal's row (migration 0005): a meal is written with the job that
  // processes it and the job ends with the outcome, so each of those writes touches one row.
  /** 'queued' (due at `job_run_at`), 'running' (leased until `job_lease_until`), null: no job. */
  job_status: string | null;
  /** Attempts started so far, including the one that holds the lease now. */
  job_attempts: Generated<number>;
  job_run_at: string | null;
  job_lease_owner: string | null;
  job_lease_until: string | null;
  job_last_error: string | null;
  /** The text with case and spacing ignored (migration 0007): the recent list's one-per-text key. */
  text_key: string | null;
};

/** Kept after the meal is deleted, so a late retry of the same POST does not create the meal again. */
export type IdempotencyKeysTable = { user_id: string; key: string; meal_log_id: string; created_at: string };

export type EventsTable = {
  user_id: string;
  seq: number;
  id: string;
  type: string;
  created_at: string;
  /** The whole Event as JSON text, written once and sent as is by every transport. */
  payload: string;
};

/** The amount a user set for a food whose amount the parser had assumed (migration 0006). */
export type PortionsTable = {
  user_id: string;
  food_id: string;
  name: string;
  quantity: number;
  unit: string;
  grams: number;
  updated_at: string;
};

/** A user's daily goals (migration 0007); null where the user set none. No row: none at all. */
export type GoalsTable = {
  user_id: string;
  calories: number | null;
  protein_g: number | null;
  carbs_g: number | null;
  fat_g: number | null;
  updated_at: string;
};

/** A browser's push subscription (migration 0008); `endpoint` is on an allowed push service. */
export type PushSubscriptionsTable = {
  id: string;
  user_id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  created_at: string;
};

/** A push message owed to one subscription for one event (migration 0008). */
export type PushDeliveriesTable = {
  id: string;
  subscription_id: string;
  user_id: string;
  seq: number;
  /** When it falls due; while a worker holds it, when that worker's lease ends. */
  run_at: string;
  attempts: Generated<number>;
  lease_owner: string | null;
};

/** One per login or registration; `expires_at` follows the family's newest refresh token. */
export type SessionFamiliesTable = {
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
};

/** `id` is the token's public selector; `secret_hash` the SHA-256 (hex) of its secret part. */
export type RefreshTokensTable = {
  id: string;
  family_id: string;
  secret_hash: string;
  created_at: string;
  expires_at: string;
  rotated_at: string | null;
};

export type Database = {
  users: UsersTable;
  streams: StreamsTable;
  meal_logs: MealLogsTable;
  idempotency_keys: IdempotencyKeysTable;
  events: EventsTable;
  session_families: SessionFamiliesTable;
  refresh_tokens: RefreshTokensTable;
  portions: PortionsTable;
  push_subscriptions: PushSubscriptionsTable;
  push_deliveries: PushDeliveriesTable;
  goals: GoalsTable;
};
