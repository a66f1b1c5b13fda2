import type { Nutrients } from '@fitiq/contract';
import { formatKcal } from '../meal/format.js';
import { CalorieRing } from './CalorieRing.js';
import { macroTargets, useCalorieGoal } from './calorie-goal.js';
import { GoalEditor } from './GoalEditor.js';
import { MacroBar } from './MacroBar.js';

/** The day's totals (completed meals) against the daily calorie goal, with a bar per macronutrient. */
export const DayTotals = ({ totals }: { totals: Nutrients }) => {
  const [goal, setGoal] = useCalorieGoal();
  const targets = macroTargets(goal);
  const left = goal - totals.calories;
  return (
    <section className="panel totals" aria-labelledby="totals-title">
      <h2 id="totals-title" className="visually-hidden">
        Day totals
      </h2>
      <CalorieRing calories={totals.calories} goal={goal} />
      <div className="totals-side">
        <p className="totals-left" data-testid="day-calories">
          <strong>{formatKcal(totals.calories)}</strong>{' '}
          <span className="muted">
            {left >= 0 ? `· ${formatKcal(left)} left` : `· ${formatKcal(-left)} over`}
          </span>
        </p>
        <MacroBar label="Protein" grams={totals.protein_g} target={targets.protein_g} tone="protein" />
        <MacroBar label="Carbs" grams={totals.carbs_g} target={targets.carbs_g} tone="carbs" />
        <MacroBar label="Fat" grams={totals.fat_g} target={targets.fat_g} tone="fat" />
        <GoalEditor goal={goal} onChange={setGoal} />
      </div>
    </section>
  );
};
