import type { MealEntry } from '@fitiq/client';
import type { MealType } from '@fitiq/contract';
import { guessMealTypeAt, MEAL_TYPE_ORDER } from '../meal/meal-type.js';

export type MealGroup = Readonly<{ type: MealType; meals: readonly MealEntry[]; calories: number }>;

/** The type a meal is shown under: its own, or (logged without one, e.g. from the CLI) the time's guess. */
export const shownType = (meal: MealEntry): MealType =>
  meal.meal_type ?? guessMealTypeAt(new Date(meal.logged_at));

/**
 * The day's meals by meal type, the groups in the order of their first meal (an afternoon snack comes
 * before dinner), the meals in each by time as the store orders them.
 */
export const groupMeals = (meals: readonly MealEntry[]): MealGroup[] => {
  const byType = new Map<MealType, MealEntry[]>();
  for (const meal of meals) {
    const type = shownType(meal);
    const group = byType.get(type);
    if (group) group.push(meal);
    else byType.set(type, [meal]);
  }
  const groups = [...byType].map(([type, list]) => ({
    type,
    meals: list,
    calories: list.reduce((sum, m) => sum + (m.status === 'completed' ? (m.totals?.calories ?? 0) : 0), 0),
  }));
  const first = (g: MealGroup) => g.meals[0]?.logged_at ?? '';
  return groups.sort(
    (a, b) =>
      first(a).localeCompare(first(b)) || MEAL_TYPE_ORDER.indexOf(a.type) - MEAL_TYPE_ORDER.indexOf(b.type),
  );
};
