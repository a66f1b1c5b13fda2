/**
 * Before goals were kept with the account, the calorie goal was a setting of each browser. It is
 * read once more, to offer saving it to the account, and then forgotten.
 */
const KEY = 'fitiq.calorieGoal';
const MIN = 500;
const MAX = 10_000;

/** The goal this browser kept before, or null (none, or not a goal the old app would have kept). */
export const legacyCalorieGoal = (): number | null => {
  try {
    const raw = localStorage.getItem(KEY);
    const value = raw === null ? Number.NaN : Number(raw);
    return Number.isFinite(value) && value >= MIN && value <= MAX ? value : null;
  } catch {
    return null;
  }
};

export const forgetLegacyCalorieGoal = (): void => {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Storage that cannot be written cannot offer the goal again either way.
  }
};
