import { useId } from 'react';
import { dayPath, navigate } from '../app/router.js';
import { formatDay } from '../meal/format.js';
import { addDays, isDay } from './dates.js';

/** Previous / next day, a date picker, and a way back to today. */
export const DateSwitcher = ({ date, today }: { date: string; today: string }) => {
  const pickerId = useId();
  const go = (next: string) => navigate(dayPath(next === today ? null : next));
  const isToday = date === today;

  return (
    <div className="date-switcher">
      <button
        type="button"
        className="button icon"
        aria-label="Previous day"
        onClick={() => go(addDays(date, -1))}
      >
        <span aria-hidden="true">‹</span>
      </button>
      <div className="date-title">
        <h1>{isToday ? 'Today' : formatDay(date)}</h1>
        <label htmlFor={pickerId} className="date-picker">
          <span className="visually-hidden">Show day</span>
          <input
            id={pickerId}
            type="date"
            value={date}
            onChange={(e) => isDay(e.target.value) && go(e.target.value)}
          />
        </label>
      </div>
      <button
        type="button"
        className="button icon"
        aria-label="Next day"
        onClick={() => go(addDays(date, 1))}
      >
        <span aria-hidden="true">›</span>
      </button>
      {!isToday && (
        <button type="button" className="button ghost small" onClick={() => go(today)}>
          Back to today
        </button>
      )}
    </div>
  );
};
