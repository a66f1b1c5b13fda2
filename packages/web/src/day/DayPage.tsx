import { useEffect } from 'react';
import { useClient } from '../app/client-context.js';
import { useDay } from '../app/client-hooks.js';
import { browserTimeZone, useToday } from '../app/use-today.js';
import { AddMealForm } from '../meal/AddMealForm.js';
import { RecentStrip } from '../meal/RecentStrip.js';
import { DateSwitcher } from './DateSwitcher.js';
import { DayTotals } from './DayTotals.js';
import { MealList } from './MealList.js';

/** One day: its date, its totals, a box to add a meal and the meals, all live. */
export const DayPage = ({ date: routeDate }: { date: string | null }) => {
  const client = useClient();
  const today = useToday();
  const date = routeDate ?? today;
  const day = useDay();

  useEffect(() => {
    const { store } = client;
    const shown = store.getSnapshot();
    const tz = browserTimeZone();
    if (shown.date !== date || shown.tz !== tz) void store.setDay(date, tz).catch(() => {});
  }, [client, date]);

  // Until the store has switched, it still holds the previous day: show nothing of it.
  const current = day.date === date;
  return (
    <main className="page day-page" id="main">
      <DateSwitcher date={date} today={today} />
      <div className="day-grid">
        <div className="day-side">
          <DayTotals totals={day.totals} loaded={current && day.status === 'ready'} />
        </div>
        <div className="day-main">
          <AddMealForm date={date} isToday={date === today} />
          <RecentStrip date={date} isToday={date === today} />
          <MealList day={current ? day : { ...day, status: 'loading', meals: [] }} />
        </div>
      </div>
    </main>
  );
};
