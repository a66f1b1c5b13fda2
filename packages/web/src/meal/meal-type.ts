import type { MealType } from '@fitiq/contract';

export const MEAL_TYPE_ORDER: readonly MealType[] = ['breakfast', 'lunch', 'dinner', 'snack'];

export const MEAL_TYPE_LABEL: Record<MealType, string> = {
  breakfast: 'Breakfast',
  lunch: 'Lunch',
  dinner: 'Dinner',
  snack: 'Snack',
};

/**
 * The meal a person most likely means at this time of day: breakfast before 10:30, lunch to 15:00,
 * a snack to 17:00, dinner to 22:00, a snack after.
 */
export const guessMealType = (hours: number, minutes: number): MealType => {
  const at = hours * 60 + minutes;
  if (at < 10 * 60 + 30) return 'breakfast';
  if (at < 15 * 60) return 'lunch';
  if (at < 17 * 60) return 'snack';
  if (at < 22 * 60) return 'dinner';
  return 'snack';
};

export const guessMealTypeAt = (date: Date): MealType => guessMealType(date.getHours(), date.getMinutes());
