import type { Goals } from '@fitiq/contract';

export const DEFAULT_CALORIE_GOAL = 2000;

/** What the day is measured against: each goal as set, or derived where the user set none. */
export type DailyTargets = Readonly<{
  calories: number;
  protein_g: number;
  carbs_g: number;
  fat_g: number;
  /** Which of them the user set (the others are derived). */
  set: Readonly<Record<keyof Goals, boolean>>;
}>;

/**
 * The user's goals, with a default for the ones not set: calories 2000 unless set, and a macro
 * without a goal takes its share of the calories (a common split: 25% protein, 50% carbohydrate,
 * 25% fat; 4, 4 and 9 kcal per gram).
 */
export const dailyTargets = (goals: Goals | null): DailyTargets => {
  const calories = goals?.calories ?? DEFAULT_CALORIE_GOAL;
  return {
    calories,
    protein_g: goals?.protein_g ?? Math.round((calories * 0.25) / 4),
    carbs_g: goals?.carbs_g ?? Math.round((calories * 0.5) / 4),
    fat_g: goals?.fat_g ?? Math.round((calories * 0.25) / 9),
    set: {
      calories: goals?.calories != null,
      protein_g: goals?.protein_g != null,
      carbs_g: goals?.carbs_g != null,
      fat_g: goals?.fat_g != null,
    },
  };
};
