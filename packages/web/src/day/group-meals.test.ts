import type { MealEntry } from '@fitiq/client';
import type { MealType } from '@fitiq/contract';
import { describe, expect, it } from 'vitest';
import { groupMeals } from './group-meals.js';

const entry = (key: string, loggedAt: Date, type: MealType | null, calories: number | null): MealEntry => ({
  key,
  id: key,
  local_id: null,
  status: calories === null ? 'processing' : 'completed',
  raw_input: key,
  meal_type: type,
  logged_at: loggedAt.toISOString(),
  created_at: loggedAt.toISOString(),
  items: [],
  totals: calories === null ? null : { calories, protein_g: 0, carbs_g: 0, fat_g: 0 },
  error: null,
  meal: null,
  version: null,
  unsynced: false,
});

const at = (hours: number, minutes = 0) => new Date(2025, 0, 27, hours, minutes);

describe('meals grouped by type and time', () => {
  it('groups follow the day; each sums the calories of its completed meals', () => {
    const groups = groupMeals([
      entry('eggs', at(8), 'breakfast', 300),
      entry('coffee', at(9), 'breakfast', null),
      entry('salad', at(12, 30), 'lunch', 450),
      entry('apple', at(16), 'snack', 95),
      entry('pasta', at(19), 'dinner', 700),
    ]);
    expect(groups.map((g) => [g.type, g.meals.map((m) => m.key), g.calories])).toEqual([
      ['breakfast', ['eggs', 'coffee'], 300],
      ['lunch', ['salad'], 450],
      ['snack', ['apple'], 95],
      ['dinner', ['pasta'], 700],
    ]);
  });

  it('a meal logged without a type is shown under the type its time suggests', () => {
    const groups = groupMeals([entry('toast', at(7, 30), null, 80), entry('nuts', at(23), null, 200)]);
    expect(groups.map((g) => g.type)).toEqual(['breakfast', 'snack']);
  });
});
