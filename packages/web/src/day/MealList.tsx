import type { DayState } from '@fitiq/client';
import { useClient } from '../app/client-context.js';
import { useConnectionStatus } from '../app/client-hooks.js';
import { formatKcal } from '../meal/format.js';
import { MealCard } from '../meal/MealCard.js';
import { MEAL_TYPE_LABEL } from '../meal/meal-type.js';
import { groupMeals } from './group-meals.js';

/** The day's meals by type and time, or what to do when there are none (yet). */
export const MealList = ({ day }: { day: DayState }) => {
  const client = useClient();
  const offline = useConnectionStatus().state === 'offline';
  const groups = groupMeals(day.meals);

  if (day.status === 'loading' && groups.length === 0) {
    return (
      <p className="empty" aria-busy="true">
        Loading your meals…
      </p>
    );
  }

  return (
    <div className="meal-list">
      {day.status === 'error' && offline && (
        <div className="banner warn" role="status">
          You are offline. {groups.length > 0 ? 'Showing the meals saved on this device; the' : 'The'} rest of
          the day loads when the connection is back.
        </div>
      )}
      {day.status === 'error' && !offline && (
        <div className="banner warn" role="alert">
          <span>
            This day could not be loaded{day.error ? ` (${day.error.message})` : ''}.
            {groups.length > 0 ? ' Showing the meals saved on this device.' : ''}
          </span>
          <button
            type="button"
            className="button small"
            onClick={() => void client.store.reload().catch(() => {})}
          >
            Try again
          </button>
        </div>
      )}
      {groups.length === 0 && day.status === 'ready' && (
        <div className="empty">
          <p className="empty-title">No meals logged on this day.</p>
          <p className="muted">
            Type what you ate above and press Enter. It fills in by itself within a second.
          </p>
        </div>
      )}
      {groups.map((group) => (
        <section key={group.type} className="meal-group" aria-labelledby={`group-${group.type}`}>
          <h2 id={`group-${group.type}`} className="group-title">
            <span>{MEAL_TYPE_LABEL[group.type]}</span>
            {group.calories > 0 && <span className="group-kcal">{formatKcal(group.calories)}</span>}
          </h2>
          <div className="cards">
            {group.meals.map((meal) => (
              <MealCard key={meal.key} meal={meal} />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
};
