import { useCallback, useSyncExternalStore } from 'react';

const KEY = 'fitiq.calorieGoal';
const CHANGED = 'fitiq:calorie-goal';
export const DEFAULT_CALORIE_GOAL = 2000;
export const MIN_GOAL = 500;
export const MAX_GOAL = 10_000;

const read = (): number => {
  const stored = Number(localStorage.getItem(KEY));
  return Number.isFinite(stored) && stored >= MIN_GOAL && stored <= MAX_GOAL ? stored : DEFAULT_CALORIE_GOAL;
};

const subscribe = (listener: () => void) => {
  // `storage` fires in the other tabs: a goal changed in one tab shows in all of them.
  window.addEventListener('storage', listener);
  window.addEventListener(CHANGED, listener);
  return () => {
    window.removeEventListener('storage', listener);
    window.removeEventListener(CHANGED, listener);
  };
};

/** The daily calorie goal, a setting of this browser (localStorage), 2000 kcal unless changed. */
export const useCalorieGoal = (): [number, (goal: number) => void] => {
  const goal = useSyncExternalStore(subscribe, read);
  const setGoal = useCallback((next: number) => {
    const clamped = Math.round(Math.min(MAX_GOAL, Math.max(MIN_GOAL, next)));
    localStorage.setItem(KEY, String(clamped));
    window.dispatchEvent(new Event(CHANGED));
  }, []);
  return [goal, setGoal];
};

/**
 * Macro targets derived from the calorie goal (a common split: 25% protein, 50% carbohydrate, 25% fat;
 * 4, 4 and 9 kcal per gram).
 */
export const macroTargets = (goal: number) => ({
  protein_g: Math.round((goal * 0.25) / 4),
  carbs_g: Math.round((goal * 0.5) / 4),
  fat_g: Math.round((goal * 0.25) / 9),
});
