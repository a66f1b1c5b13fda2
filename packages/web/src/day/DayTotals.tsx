import type { Nutrients } from '@fitiq/contract';
import { formatKcal } from '../meal/format.js';
import { CalorieRing } from './CalorieRing.js';
import { macroTargets, useCalorieGoal } from './calorie-goal.js';
import { GoalEditor } from './GoalEditor.js';
import { MacroBar } from './MacroBar.js';

const NOTHING: Nutrients = { calories: 0, protein_g: 0, carbs_g: 0, fat_g: 0 };

/**
 * The day's totals (completed meals) against the daily calorie goal, with a bar per macronutrient.
 * `loaded` false: the day's snapshot has not arrived (loading, offline), so no total is claimed.
 */
export const DayTotals = ({ totals: dayTotals, loaded }: { totals: Nutrients; loaded: boolean }) => {
  const totals = loaded ? dayTotals : NOTHING;
  const [goal, setGoal] = useCalorieGoal();
  const targets = macroTargets(goal);
  const left = goal - totals.calories;
  return (
    <section className="panel totals" aria-labelledby="totals-title">
      <h2 id="totals-title" className="visually-hidden">
        Day totals
      </h2>
      <CalorieRing calories={loaded ? totals.calories : null} goal={goal} />
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
        <GoalEditor goal={goal} onChange={setGoal} />
      </div>
    </section>
  );
};
