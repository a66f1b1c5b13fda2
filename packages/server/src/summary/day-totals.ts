import type { SummaryDay } from '@fitiq/contract';
import { roundNutrients } from '../meals/totals.js';
import type { DayTotals } from '../storage/storage.js';

/**
 * Each date's totals and completed-meal count from the database's sums per day; a date without
 * meals has zeros. Each day is rounded as GET /meal-logs rounds its totals, and shows the same
 * numbers although the database adds the meals in an order and a way of its own (SQLite compensates
 * for rounding errors, PostgreSQL does not, the day view adds them in time order):
 *
 * every stored total is a tenth as sumNutrients makes it, the double nearest k / 10 for an integer
 * k. However n of them are added, the sum S is within n · 2⁻⁵² · (x₁ + … + xₙ) of K / 10, K the sum
 * of the k's: for a day under a million kcal from under a million meals, 10 · S is within 0.003 of
 * the integer K. Math.round(10 · S) is then K, and the rounded total K / 10, however S was added (and
 * were PostgreSQL to send S with 15 digits instead of exactly, it would still be).
 */
export const dayTotals = (dates: readonly string[], sums: readonly DayTotals[]): SummaryDay[] => {
  const byDay: Array<DayTotals | undefined> = new Array(dates.length);
  for (const sum of sums) byDay[sum.day] = sum;
  return dates.map((date, day) => {
    const sum = byDay[day];
    if (!sum) return { date, calories: 0, protein_g: 0, carbs_g: 0, fat_g: 0, meals: 0 };
    const rounded = roundNutrients(sum);
    return {
      date,
      calories: rounded.calories,
      protein_g: rounded.protein_g,
      carbs_g: rounded.carbs_g,
      fat_g: rounded.fat_g,
      meals: sum.meals,
    };
  });
};
