import type { MealLog } from '@fitiq/contract';
import { localDateTime, machineTimeZone } from '../habits/format.js';
import { type ConnectOptions, connect } from './login.js';
import { formatTotals } from './today.js';

export type RecentOptions = ConnectOptions & { limit?: string; tz?: string; json?: boolean };

/** One recent meal, numbered as `fitiq again <n>` takes it: its text, then when, its type and totals. */
export const formatRecent = (meal: MealLog, number: number, tz: string): string => {
  const when = [localDateTime(meal.logged_at, tz), meal.meal_type].filter(Boolean).join(', ');
  const totals = meal.totals ? formatTotals(meal.totals) : '';
  return `${`${number}.`.padStart(3)} ${meal.raw_input}\n    ${totals}  (last ${when}; ${meal.id})`;
};

/** `fitiq recent`: the latest completed meals, one per text, newest first, numbered for `fitiq again`. */
export const recentCommand = async (options: RecentOptions): Promise<void> => {
  const client = await connect(options);
  try {
    const limit = options.limit === undefined ? undefined : Number(options.limit);
    const meals = await client.recent(limit === undefined ? {} : { limit });
    if (options.json) {
      console.log(JSON.stringify(meals, null, 2));
      return;
    }
    if (meals.length === 0) {
      console.error('fitiq: no completed meals yet: log one with `fitiq log "..."`');
      return;
    }
    const tz = options.tz ?? machineTimeZone();
    for (const [i, meal] of meals.entries()) console.log(formatRecent(meal, i + 1, tz));
    console.error('fitiq: log one again with `fitiq again <number>`');
  } finally {
    await client.close();
  }
};
