import type { MealItemEdit, MealType } from '@fitiq/contract';
import { AppError } from '../errors/app-error.js';
import type { FoodCatalog } from '../foods/food-catalog.js';
import { type AmountSet, applyItemEdits } from './item-edits.js';
import type { MealLogRecord } from './meal-log-record.js';
import { itemTotals } from './totals.js';

/** An edit as the route hands it over: `rawInput` trimmed and checked, `loggedAt` in UTC. */
export type MealPatch = {
  items?: MealItemEdit[];
  mealType?: MealType | null;
  loggedAt?: string;
  rawInput?: string;
};

export type PatchedMeal =
  | { ok: true; next: MealLogRecord; amountsSet: AmountSet[] }
  | { ok: false; error: AppError };

/** A new text throws the old items away: the meal is processed again, as after POST. */
const reparsed = (meal: MealLogRecord, rawInput: string): MealLogRecord => ({
  ...meal,
  rawInput,
  status: 'processing',
  items: [],
  totals: null,
  error: null,
});

/** The meal after the patch, one version on, or why the patch is refused; nothing is written here. */
export const patchedMeal = (
  meal: MealLogRecord,
  patch: MealPatch,
  now: string,
  catalog: FoodCatalog,
): PatchedMeal => {
  const next: MealLogRecord = { ...meal, version: meal.version + 1, updatedAt: now };
  if (patch.mealType !== undefined) next.mealType = patch.mealType;
  if (patch.loggedAt !== undefined) next.loggedAt = patch.loggedAt;
  if (patch.rawInput !== undefined) return { ok: true, next: reparsed(next, patch.rawInput), amountsSet: [] };
  if (patch.items === undefined) return { ok: true, next, amountsSet: [] };
  const edits = applyItemEdits(meal.items, patch.items, catalog);
  if (!edits.ok)
    return {
      ok: false,
      error: new AppError('validation_failed', 'The items cannot be applied', edits.errors),
    };
  // Giving items to a failed meal is how a person fixes what the parser could not read.
  next.status = 'completed';
  next.error = null;
  next.items = edits.items;
  next.totals = itemTotals(edits.items);
  return { ok: true, next, amountsSet: edits.amountsSet };
};
