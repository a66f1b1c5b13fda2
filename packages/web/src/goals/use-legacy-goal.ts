import type { GoalsState } from '@fitiq/client';
import { useCallback, useEffect, useState } from 'react';
import { forgetLegacyCalorieGoal, legacyCalorieGoal } from './legacy-goal.js';

/**
 * The browser's old calorie goal while it is still to be offered: once the server's goals are known,
 * an account that has a calorie goal already needs no offer, and the old setting is forgotten.
 */
export const useLegacyGoal = (goals: GoalsState): { calories: number | null; done: () => void } => {
  const [calories, setCalories] = useState(legacyCalorieGoal);
  const done = useCallback(() => {
    forgetLegacyCalorieGoal();
    setCalories(null);
  }, []);
  const serverHasOne = goals.status === 'ready' && goals.goals?.calories != null && !goals.saving;
  useEffect(() => {
    if (calories !== null && serverHasOne) done();
  }, [calories, serverHasOne, done]);
  return { calories: calories !== null && !serverHasOne ? calories : null, done };
};
