import type { Summary, SummaryDay } from '@fitiq/contract';
import { NO_GOALS } from '../goals/no-goals.js';
import type { Storage } from '../storage/storage.js';
import { dayTotals } from './day-totals.js';
import { summaryRange } from './summary-range.js';

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Averages over the days that have at least one completed meal: an unlogged day is not a day of fasting. */
const averages = (days: readonly SummaryDay[]): Summary['averages'] => {
  const logged = days.filter((day) => day.meals > 0);
  const mean = (pick: (day: SummaryDay) => number) =>
    logged.length === 0 ? 0 : round1(logged.reduce((sum, day) => sum + pick(day), 0) / logged.length);
  return {
    calories: mean((d) => d.calories),
    protein_g: mean((d) => d.protein_g),
    carbs_g: mean((d) => d.carbs_g),
    fat_g: mean((d) => d.fat_g),
    days_logged: logged.length,
  };
};

/** Trends over up to 366 local days: the range's completed meals summed per day by one indexed query. */
export const createSummaryService = (storage: Storage) => ({
  async summary(userId: string, from: string, to: string, tz: string): Promise<Summary> {
    const range = summaryRange(from, to, tz);
    const [sums, goals] = await Promise.all([
      storage.repos.history.completedTotalsByDay(userId, range.startsAt),
      storage.repos.goals.find(userId),
    ]);
    const days = dayTotals(range.dates, sums);
    return { days, averages: averages(days), goals: goals ?? NO_GOALS };
  },
});

export type SummaryService = ReturnType<typeof createSummaryService>;
