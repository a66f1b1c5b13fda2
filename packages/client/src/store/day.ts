import type { MealLog, Nutrients } from '@fitiq/contract';

/** The calendar day (YYYY-MM-DD) of `iso` in time zone `tz`, as the server's `GET /meal-logs?date&tz` counts it. */
export const localDate = (iso: string, tz: string): string => {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: tz,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
};

export const today = (tz: string, now = new Date()): string => localDate(now.toISOString(), tz);

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Totals over the completed meals, rounded as the server rounds them. */
export const dayTotals = (meals: Iterable<MealLog>): Nutrients => {
  const sum = { calories: 0, protein_g: 0, carbs_g: 0, fat_g: 0 };
  for (const meal of meals) {
    if (meal.status !== 'completed' || !meal.totals) continue;
    sum.calories += meal.totals.calories;
    sum.protein_g += meal.totals.protein_g;
    sum.carbs_g += meal.totals.carbs_g;
    sum.fat_g += meal.totals.fat_g;
  }
  return {
    calories: round1(sum.calories),
    protein_g: round1(sum.protein_g),
    carbs_g: round1(sum.carbs_g),
    fat_g: round1(sum.fat_g),
  };
};
