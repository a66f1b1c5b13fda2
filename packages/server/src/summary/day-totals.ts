import type { Nutrients, SummaryDay } from '@fitiq/contract';
import { sumNutrients } from '../meals/totals.js';
import type { LoggedTotals } from '../storage/storage.js';
import type { SummaryRange } from './summary-range.js';

/**
 * Each date's totals and completed-meal count. `meals` is ordered by time, so one walk puts every
 * meal in its day; each day is summed as GET /meal-logs sums it, so both show the same numbers.
 */
export const dayTotals = (range: SummaryRange, meals: readonly LoggedTotals[]): SummaryDay[] => {
  const perDay: Nutrients[][] = range.dates.map(() => []);
  let day = 0;
  for (const meal of meals) {
    const at = Date.parse(meal.loggedAt);
    while (day < perDay.length - 1 && at >= (range.startsMs[day + 1] ?? Number.POSITIVE_INFINITY)) day++;
    perDay[day]?.push(meal.totals);
  }
  return range.dates.map((date, i) => {
    const totals = perDay[i] ?? [];
    return { date, ...sumNutrients(totals), meals: totals.length };
  });
};
