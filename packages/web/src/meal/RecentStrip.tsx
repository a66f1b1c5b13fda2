import type { MealLog } from '@fitiq/contract';
import { useEffect, useId, useState, useSyncExternalStore } from 'react';
import { useClient } from '../app/client-context.js';
import { loggedAtFor } from '../day/dates.js';
import { formatKcal } from './format.js';
import { logAgain } from './log-again.js';
import { actionErrorMessage } from './meal-actions.js';

/**
 * The meals logged lately, one per text, newest first: one tap logs one again on the day shown (now,
 * on today). Kept by the SDK on this device, so the strip is there offline too.
 */
export const RecentStrip = ({ date, isToday }: { date: string; isToday: boolean }) => {
  const client = useClient();
  const { recentMeals } = client;
  const recent = useSyncExternalStore(recentMeals.subscribe, recentMeals.getSnapshot);
  const [said, setSaid] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();

  useEffect(() => {
    void client.recent().catch(() => {});
  }, [client]);

  if (recent.meals.length === 0) return null;

  const tap = async (meal: MealLog) => {
    setError(null);
    try {
      await logAgain(client, meal, isToday ? new Date() : loggedAtFor(date, ''));
      setSaid(`Logged “${meal.raw_input}” again.`);
    } catch (failure) {
      setSaid(null);
      setError(actionErrorMessage(failure));
    }
  };

  return (
    <section className="recent" aria-labelledby={titleId}>
      <h2 id={titleId} className="recent-title">
        Recent <span className="muted">· tap to log again</span>
      </h2>
      <ul className="recent-list" data-testid="recent-meals">
        {recent.meals.map((meal) => (
          <li key={meal.id}>
            <button
              type="button"
              className="recent-meal"
              aria-label={`Log again: ${meal.raw_input}${meal.totals ? `, ${formatKcal(meal.totals.calories)}` : ''}`}
              onClick={() => void tap(meal)}
            >
              <span className="recent-text">{meal.raw_input}</span>
              {meal.totals && <span className="recent-kcal">{formatKcal(meal.totals.calories)}</span>}
            </button>
          </li>
        ))}
      </ul>
      <p className="visually-hidden" role="status">
        {said}
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
};
