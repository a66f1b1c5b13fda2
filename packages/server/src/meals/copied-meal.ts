import type { MealType } from '@fitiq/contract';
import { newItemId } from './item-id.js';
import type { MealLogRecord } from './meal-log-record.js';

export type CopyPlacement = { id: string; now: string; loggedAt: string; mealType: MealType | null };

/**
 * A completed meal logged again: its text, items and totals as they are, a new identity and time.
 * Items get ids of their own, so an edit of the copy's items can never be taken for the original's.
 */
export const copiedMeal = (original: MealLogRecord, placement: CopyPlacement): MealLogRecord => {
  const taken = new Set<string>();
  const items = original.items.map((item) => {
    const id = newItemId(taken);
    taken.add(id);
    return { ...item, id, measures: [...item.measures], assumed: [...item.assumed] };
  });
  return {
    id: placement.id,
    userId: original.userId,
    status: 'completed',
    rawInput: original.rawInput,
    mealType: placement.mealType,
    loggedAt: placement.loggedAt,
    createdAt: placement.now,
    updatedAt: placement.now,
    version: 1,
    items,
    totals: original.totals === null ? null : { ...original.totals },
    error: null,
  };
};
