import type { MealItem, MealLog, MealType, Nutrients } from '@fitiq/contract';
import type { OutboxRecord } from '../outbox/outbox-record.js';

/**
 * One meal as an app lists it, whether it exists only on this device so far or on the server too.
 * `key` never changes for the life of the entry: a meal logged here keeps its local id as key after
 * the server has it, so a list keyed by it neither flickers nor shows the meal twice.
 */
export type MealEntry = Readonly<{
  key: string;
  /** The server's id, once the server has the meal. */
  id: string | null;
  local_id: string | null;
  /** `pending`: on this device, not yet on the server. `rejected`: the server refused it for good. */
  status: 'pending' | 'rejected' | MealLog['status'];
  raw_input: string;
  meal_type: MealType | null;
  logged_at: string;
  /** When the meal was created (on this device while pending): orders meals logged at the same instant. */
  created_at: string;
  items: readonly MealItem[];
  totals: Nutrients | null;
  error: { code: string; message: string } | null;
  /** The server's record, once known (with this device's edits applied while they upload). */
  meal: MealLog | null;
  /** The server's version of the meal this entry shows (null while only on this device). */
  version: number | null;
  /** Edits made on this device that the server has not answered yet: what is shown is their preview. */
  unsynced: boolean;
}>;

export const entryOfRecord = (record: OutboxRecord): MealEntry =>
  Object.freeze({
    key: record.local_id,
    id: null,
    local_id: record.local_id,
    status: record.status,
    raw_input: record.raw_input,
    meal_type: record.meal_type,
    logged_at: record.logged_at,
    created_at: record.created_at,
    items: [],
    totals: null,
    error: record.error && record.status === 'rejected' ? record.error : null,
    meal: null,
    version: null,
    unsynced: false,
  });

export const entryOfMeal = (meal: MealLog, localId: string | null, unsynced = false): MealEntry =>
  Object.freeze({
    key: localId ?? meal.id,
    id: meal.id,
    local_id: localId,
    status: meal.status,
    raw_input: meal.raw_input,
    meal_type: meal.meal_type,
    logged_at: meal.logged_at,
    created_at: meal.created_at,
    items: meal.items,
    totals: meal.totals,
    error: meal.error,
    meal,
    version: meal.version,
    unsynced,
  });

/**
 * Which of two copies of a meal to keep: the higher version (every change, processing included,
 * raises it). Without versions (a v1 server): never back from a final state, otherwise the newer.
 */
export const newerMeal = (current: MealLog | undefined, incoming: MealLog): MealLog => {
  if (!current) return incoming;
  if (typeof current.version === 'number' && typeof incoming.version === 'number')
    return incoming.version >= current.version ? incoming : current;
  if (current.status !== 'processing' && incoming.status === 'processing') return current;
  return incoming.updated_at >= current.updated_at ? incoming : current;
};

/** List order: by `logged_at`, then by creation (the outbox uploads in order, so both clocks agree on it). */
export const compareEntries = (a: MealEntry, b: MealEntry): number =>
  a.logged_at.localeCompare(b.logged_at) ||
  a.created_at.localeCompare(b.created_at) ||
  a.key.localeCompare(b.key);
