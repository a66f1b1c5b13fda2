import type { MealLog } from '@fitiq/contract';
import type { FitIQApi } from '../api/api-client.js';
import { ApiError } from '../api/errors.js';
import { editApplied } from '../edits/edit-applied.js';
import type { EditRecord } from './edit-record.js';

/** What became of an edit the server answered: applied, or refused because the meal had changed. */
export type EditAnswer = { kind: 'applied'; meal: MealLog } | { kind: 'conflict'; current: MealLog };

/** The meal changed since the edit's version (412), or is being parsed again (409). */
const isConflict = (error: unknown): error is ApiError =>
  error instanceof ApiError && (error.code === 'precondition_failed' || error.code === 'meal_processing');

/**
 * Sends one edit with its If-Match. A refusal for a changed meal is an answer, not an error: the
 * meal as it is now comes with it (`current` in the 412), or is read when the answer lacks it. Any
 * other failure is thrown for the outbox to retry or report.
 */
export const sendEdit = async (
  api: FitIQApi,
  record: EditRecord,
  signal: AbortSignal,
): Promise<EditAnswer> => {
  try {
    return {
      kind: 'applied',
      meal: await api.editMealLog(record.meal_id, record.patch, record.if_match, signal),
    };
  } catch (error) {
    if (!isConflict(error)) throw error;
    const current = error.problem.current ?? (await api.mealLog(record.meal_id, signal));
    return editApplied(current, record.if_match, record.patch)
      ? { kind: 'applied', meal: current }
      : { kind: 'conflict', current };
  }
};
