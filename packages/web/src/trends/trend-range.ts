import { addDays } from '../day/dates.js';

export const TREND_SPANS = [7, 30, 90] as const;
export type TrendSpan = (typeof TREND_SPANS)[number];

/** The last `span` days, today included. */
export const trendRange = (span: TrendSpan, today: string): { from: string; to: string } => ({
  from: addDays(today, -(span - 1)),
  to: today,
});

/** Calories of the three macronutrients (4, 4 and 9 kcal per gram), for their split of the energy. */
export const macroCalories = (grams: { protein_g: number; carbs_g: number; fat_g: number }) => ({
  protein: grams.protein_g * 4,
  carbs: grams.carbs_g * 4,
  fat: grams.fat_g * 9,
});

/** Days of the range logged over the goal (days without meals are not counted as under it either). */
export const daysOver = (days: ReadonlyArray<{ calories: number; meals: number }>, goal: number): number =>
  days.filter((day) => day.meals > 0 && day.calories > goal).length;
