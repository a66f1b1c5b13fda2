/**
 * The meals of both Socket.IO baselines, in FitIQ's MealLog shape so every client reads the same
 * frames: a new meal as the POST stores it, and the meal the built-in parser (FitIQ's own AI step)
 * makes of it.
 */
import { randomUUID } from 'node:crypto';
import type { MealItem, MealLog } from '@fitiq/contract';
import { parseMeal } from '@fitiq/nutrition';

export const newMeal = (rawInput: string, now: string): MealLog => ({
  id: randomUUID(),
  version: 1,
  status: 'processing',
  raw_input: rawInput,
  meal_type: null,
  logged_at: now,
  created_at: now,
  updated_at: now,
  items: [],
  totals: null,
  error: null,
});

const sum = (items: MealItem[], key: 'calories' | 'protein_g' | 'carbs_g' | 'fat_g') =>
  Math.round(items.reduce((n, item) => n + item[key], 0) * 10) / 10;

/** The meal once the built-in parser has read its text: completed with items, or failed. */
export const parsedMeal = (meal: MealLog, now: string): MealLog => {
  const result = parseMeal(meal.raw_input);
  if (!result.ok)
    return {
      ...meal,
      status: 'failed',
      version: 2,
      error: { code: result.code, message: result.message },
      updated_at: now,
    };
  const items: MealItem[] = result.items.map(
    ({ food_id, name, quantity, unit, grams, calories, protein_g, carbs_g, fat_g, assumed }, i) => ({
      id: String(i + 1),
      food_id,
      name,
      quantity,
      unit,
      grams,
      calories,
      protein_g,
      carbs_g,
      fat_g,
      measures: [],
      assumed,
      source: 'parser' as const,
    }),
  );
  return {
    ...meal,
    status: 'completed',
    items,
    totals: {
      calories: sum(items, 'calories'),
      protein_g: sum(items, 'protein_g'),
      carbs_g: sum(items, 'carbs_g'),
      fat_g: sum(items, 'fat_g'),
    },
    updated_at: now,
    version: 2,
  };
};
