import type { Food, MealItem, MealLog } from '@fitiq/contract';

/**
 * Meals and foods made up for unit tests of the SDK's own arithmetic. Tests against the server never
 * use these numbers: they look foods up through the API (the food table changes under us).
 */
export const fixtureItem = (over: Partial<MealItem> = {}): MealItem => ({
  id: 'i1',
  food_id: 'toast',
  name: 'toast',
  quantity: 1,
  unit: 'slice',
  grams: 30,
  calories: 90,
  protein_g: 3,
  carbs_g: 15,
  fat_g: 1.2,
  measures: [
    { unit: 'slice', label: '1 slice', grams: 30 },
    { unit: 'cup', label: '1 cup, crumbs', grams: 100 },
  ],
  assumed: ['quantity'],
  source: 'parser',
  ...over,
});

export const fixtureMeal = (over: Partial<MealLog> = {}): MealLog => ({
  id: '00000000-0000-4000-8000-000000000001',
  version: 2,
  status: 'completed',
  raw_input: 'a slice of toast',
  meal_type: 'breakfast',
  logged_at: '2025-01-27T08:00:00.000Z',
  created_at: '2025-01-27T08:00:00.100Z',
  updated_at: '2025-01-27T08:00:01.000Z',
  items: [fixtureItem()],
  totals: { calories: 90, protein_g: 3, carbs_g: 15, fat_g: 1.2 },
  error: null,
  ...over,
});

export const fixtureFood = (over: Partial<Food> = {}): Food => ({
  id: 'egg',
  name: 'egg, whole, boiled',
  category: 'Dairy and Egg Products',
  source: { database: 'usda_sr28', id: '01129' },
  per_100g: { calories: 155, protein_g: 12.6, carbs_g: 1.1, fat_g: 10.6 },
  measures: [{ unit: 'large', label: '1 large', grams: 50 }],
  default_unit: 'large',
  ...over,
});
