import type { MealLog, MealLogPatch } from '@fitiq/contract';
import { InvalidInputError } from '../api/errors.js';
import { isRawInputLengthValid, RAW_INPUT_MAX_LENGTH } from '../protocol.js';
import { newId } from '../util/ids.js';

/**
 * An edit of a meal made on this device and not yet answered by the server. It waits in the outbox
 * with the meal it was made on and the version that meal had (`if_match`, sent as If-Match), so an
 * edit made offline can never overwrite what another device changed meanwhile: the server refuses it
 * (412) and the store shows the newer meal instead.
 */
export type EditRecord = {
  kind: 'edit';
  local_id: string;
  meal_id: string;
  if_match: number;
  patch: MealLogPatch;
  /** The meal as this device expects it once the edit is applied: what the store shows meanwhile. */
  preview: MealLog;
  created_at: string;
  /** Edits are never kept refused: the outcome is reported and the record removed. */
  status: 'pending';
  attempts: number;
  error: { code: string; message: string } | null;
};

/** The patch, checked for what the server would refuse anyway; `raw_input` trimmed. */
export const checkedPatch = (patch: MealLogPatch): MealLogPatch => {
  const keys = Object.keys(patch).filter((k) => patch[k as keyof MealLogPatch] !== undefined);
  if (keys.length === 0) throw new InvalidInputError('an edit must change something');
  if (patch.items !== undefined && patch.raw_input !== undefined)
    throw new InvalidInputError('an edit gives either new items or a new text, not both');
  if (patch.items?.length === 0)
    throw new InvalidInputError('a meal keeps at least one item (delete the meal instead)');
  if (patch.logged_at !== undefined && Number.isNaN(Date.parse(patch.logged_at)))
    throw new InvalidInputError('logged_at is not a valid date');
  if (patch.raw_input === undefined) return patch;
  const raw = patch.raw_input.trim();
  if (!isRawInputLengthValid(raw))
    throw new InvalidInputError(`the meal text must be 1 to ${RAW_INPUT_MAX_LENGTH} characters`);
  return { ...patch, raw_input: raw };
};

export const newEditRecord = (
  mealId: string,
  ifMatch: number,
  patch: MealLogPatch,
  preview: MealLog,
  now: Date,
  localId = newId(),
): EditRecord => ({
  kind: 'edit',
  local_id: localId,
  meal_id: mealId,
  if_match: ifMatch,
  patch,
  preview,
  created_at: now.toISOString(),
  status: 'pending',
  attempts: 0,
  error: null,
});
