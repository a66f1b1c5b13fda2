import type { MealItem } from '@fitiq/contract';

/**
 * Items as a meal row holds them. Meals processed before contract v1.1 stored items without `id`,
 * `food_id`, `measures`, `assumed` and `source`; they are read with those filled in (an id from the
 * item's place, stable until the meal is edited and then written with real ids), so every answer
 * has the v1.1 shape without rewriting old rows.
 */
export const itemsFromStorage = (json: string): MealItem[] =>
  (
    JSON.parse(json) as Array<
      Partial<MealItem> & Omit<MealItem, 'id' | 'food_id' | 'measures' | 'assumed' | 'source'>
    >
  ).map((item, index) =>
    item.id === undefined
      ? { ...item, id: String(index + 1), food_id: null, measures: [], assumed: [], source: 'parser' }
      : (item as MealItem),
  );
