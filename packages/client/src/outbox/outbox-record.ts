import type { MealType } from '@fitiq/contract';
import { InvalidInputError } from '../api/errors.js';
import { isRawInputLengthValid, RAW_INPUT_MAX_LENGTH } from '../protocol.js';
import { newId } from '../util/ids.js';
import type { EditRecord } from './edit-record.js';

/**
 * A meal logged on this device and not yet acknowledged by the server. `local_id` is also the
 * Idempotency-Key of its upload: however many times the POST is sent, it is one meal.
 */
export type OutboxRecord = {
  /** Absent in records stored before edits existed. */
  kind?: 'meal';
  local_id: string;
  /**
   * A copy of this server meal (POST /meal-logs/{id}/copy) rather than a new text to parse; absent
   * for a typed meal. `raw_input` is then the original's text, shown until the server has the copy.
   */
  copy_of?: string;
  raw_input: string;
  meal_type: MealType | null;
  /** Set here, sent with the upload: the meal belongs to the moment it was logged, not uploaded. */
  logged_at: string;
  created_at: string;
  /** `rejected`: the server refused it for good (e.g. validation); kept so the app can show it. */
  status: 'pending' | 'rejected';
  attempts: number;
  error: { code: string; message: string } | null;
};

/** What waits in the outbox: meals to create and edits of meals, uploaded in the order they were made. */
export type OutboxEntry = OutboxRecord | EditRecord;

export const isEditRecord = (entry: OutboxEntry): entry is EditRecord => entry.kind === 'edit';

export type LogOptions = { meal_type?: MealType | null; logged_at?: Date | string };

/** The meal a copy is made of: the server's id, and what the copy shows until the server has it. */
export type CopySource = { id: string; raw_input: string; meal_type: MealType | null };

/**
 * Builds the record for `copy()`: the original's text and, unless told otherwise, its meal type, both
 * sent explicitly so that the copy is the same whichever try reaches the server.
 */
export const newCopyRecord = (
  source: CopySource,
  options: LogOptions = {},
  now = new Date(),
  defaultLoggedAt = now,
): OutboxRecord => {
  const loggedAt = options.logged_at === undefined ? defaultLoggedAt : new Date(options.logged_at);
  if (Number.isNaN(loggedAt.getTime())) throw new InvalidInputError('logged_at is not a valid date');
  return {
    kind: 'meal',
    local_id: newId(),
    copy_of: source.id,
    raw_input: source.raw_input,
    meal_type: options.meal_type === undefined ? source.meal_type : options.meal_type,
    logged_at: loggedAt.toISOString(),
    created_at: now.toISOString(),
    status: 'pending',
    attempts: 0,
    error: null,
  };
};

/** Builds the record for `log()`, refusing here what the server would refuse anyway. */
export const newOutboxRecord = (
  text: string,
  options: LogOptions = {},
  now = new Date(),
  defaultLoggedAt = now,
): OutboxRecord => {
  const raw = text.trim();
  if (!isRawInputLengthValid(raw)) {
    throw new InvalidInputError(`the meal text must be 1 to ${RAW_INPUT_MAX_LENGTH} characters`);
  }
  const loggedAt = options.logged_at === undefined ? defaultLoggedAt : new Date(options.logged_at);
  if (Number.isNaN(loggedAt.getTime())) throw new InvalidInputError('logged_at is not a valid date');
  return {
    kind: 'meal',
    local_id: newId(),
    raw_input: raw,
    meal_type: options.meal_type ?? null,
    logged_at: loggedAt.toISOString(),
    created_at: now.toISOString(),
    status: 'pending',
    attempts: 0,
    error: null,
  };
};
