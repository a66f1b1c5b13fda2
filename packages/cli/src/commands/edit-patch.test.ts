import type { MealLog } from '@fitiq/contract';
import { describe, expect, it } from 'vitest';
import { patchOf } from './edit.js';

describe('what fitiq edit sends', () => {
  const meal = {
    items: [
      {
        id: 'a',
        food_id: 'toast',
        quantity: 1,
        unit: 'slice',
        grams: 29,
        measures: [{ unit: 'slice', label: '1 slice', grams: 29 }],
      },
      {
        id: 'b',
        food_id: 'butter',
        quantity: 1,
        unit: 'tsp',
        grams: 5,
        measures: [{ unit: 'tsp', label: '1 tsp', grams: 5 }],
      },
    ],
  } as unknown as MealLog;

  it('a quantity keeps the item’s unit unless --unit is given; the other items go as they are', () => {
    expect(patchOf(meal, { item: '1', quantity: '2' })).toEqual({
      items: [
        { id: 'a', food_id: 'toast', quantity: 2, unit: 'slice' },
        { id: 'b', food_id: 'butter', quantity: 1, unit: 'tsp' },
      ],
    });
  });

  it('another food for an item is a new item in its place, in the unit given or the food’s default', () => {
    expect(patchOf(meal, { item: '2', food: 'margarine' }, 'tbsp').items?.[1]).toEqual({
      food_id: 'margarine',
      quantity: 1,
      unit: 'tbsp',
    });
  });

  it('refuses what makes no sense before asking the server', () => {
    expect(() => patchOf(meal, { quantity: '2' })).toThrow(/--item N/);
    expect(() => patchOf(meal, { item: '3', quantity: '2' })).toThrow(/1 to 2/);
    expect(() => patchOf(meal, { item: '1', grams: '5', quantity: '1' })).toThrow(/not both/);
    expect(() => patchOf(meal, { item: '1', text: 'x' })).toThrow(/without item options/);
    expect(() => patchOf(meal, {})).toThrow(/nothing to change/);
    expect(patchOf(meal, { mealType: 'lunch' })).toEqual({ meal_type: 'lunch' });
  });
});
