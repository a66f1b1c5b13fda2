import type { MealItemEdit, MealLog, MealLogPatch } from '@fitiq/contract';

const close = (a: number, b: number) => Math.abs(a - b) <= 0.05 + Math.abs(b) * 0.001;

const itemMatches = (item: MealLog['items'][number], edit: MealItemEdit): boolean => {
  if (edit.id !== undefined && edit.id !== item.id) return false;
  if (!('food_id' in edit))
    return item.food_id === null && item.name === edit.name && close(item.calories, edit.calories);
  if (item.food_id !== edit.food_id) return false;
  return 'grams' in edit
    ? close(item.grams, edit.grams)
    : item.unit === edit.unit && close(item.quantity, edit.quantity);
};

/**
 * Whether `current`, which the server answered with a 412, is this device's own edit applied: a
 * PATCH whose answer was lost is retried with the old If-Match and refused, though it took effect.
 * That is no conflict. (Another device making the very same change is indistinguishable, and harmless.)
 */
export const editApplied = (current: MealLog, ifMatch: number, patch: MealLogPatch): boolean => {
  if (current.version <= ifMatch) return false;
  if (patch.meal_type !== undefined && current.meal_type !== patch.meal_type) return false;
  if (patch.logged_at !== undefined && Date.parse(current.logged_at) !== Date.parse(patch.logged_at))
    return false;
  if (patch.raw_input !== undefined && current.raw_input !== patch.raw_input) return false;
  if (patch.items === undefined) return true;
  const { items } = patch;
  return (
    current.items.length === items.length &&
    items.every((edit, i) => itemMatches(current.items[i] as MealLog['items'][number], edit))
  );
};
