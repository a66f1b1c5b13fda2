import { NO_GOALS } from '@fitiq/client';
import type { Nutrients } from '@fitiq/contract';
import { GoalsEditor } from '../goals/GoalsEditor.js';
import { LegacyGoalOffer } from '../goals/LegacyGoalOffer.js';
import { dailyTargets } from '../goals/targets.js';
import { useGoals } from '../goals/use-goals.js';
import { useLegacyGoal } from '../goals/use-legacy-goal.js';
import { formatKcal } from '../meal/format.js';
import { CalorieRing } from './CalorieRing.js';
import { MacroBar } from './MacroBar.js';

const NOTHING: Nutrients = { calories: 0, protein_g: 0, carbs_g: 0, fat_g: 0 };

/**
 * The day's totals (completed meals) against the daily goals, with a bar per macronutrient. The goals
 * are the account's, live from every device. `loaded` false: the day's snapshot has not arrived
 * (loading, offline), so no total is claimed.
 */
export const DayTotals = ({ totals: dayTotals, loaded }: { totals: Nutrients; loaded: boolean }) => {
  const totals = loaded ? dayTotals : NOTHING;
  const goals = useGoals();
  const legacy = useLegacyGoal(goals);
  // Until the old browser goal is saved or forgotten, it is still the goal this browser shows.
  const shown =
    legacy.calories === null ? goals.goals : { ...(goals.goals ?? NO_GOALS), calories: legacy.calories };
  const targets = dailyTargets(shown);
  const left = targets.calories - totals.calories;
  return (
    <section className="panel totals" aria-labelledby="totals-title">
      <h2 id="totals-title" className="visually-hidden">
        Day totals
      </h2>
      <CalorieRing calories={loaded ? totals.calories : null} goal={targets.calories} />
      <div className="totals-side">
        {loaded ? (
          <p className="totals-left" data-testid="day-calories">
            <strong>{formatKcal(totals.calories)}</strong>{' '}
            <span className="muted">
              {left >= 0 ? `· ${formatKcal(left)} left` : `· ${formatKcal(-left)} over`}
            </span>
          </p>
        ) : (
          <p className="totals-left muted">Totals appear once the day has loaded.</p>
        )}
        <MacroBar label="Protein" grams={totals.protein_g} target={targets.protein_g} tone="protein" />
        <MacroBar label="Carbs" grams={totals.carbs_g} target={targets.carbs_g} tone="carbs" />
        <MacroBar label="Fat" grams={totals.fat_g} target={targets.fat_g} tone="fat" />
        <GoalsEditor goals={goals.goals} targets={targets} />
        {legacy.calories !== null && goals.status === 'ready' && (
          <LegacyGoalOffer calories={legacy.calories} onDone={legacy.done} />
        )}
      </div>
    </section>
  );
};
