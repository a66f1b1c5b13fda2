import { describe, expect, it } from 'vitest';
import { fixtureItem, fixtureMeal } from '../testing/meal-fixtures.js';
import { editApplied } from './edit-applied.js';

describe('a 412 that is this device’s own edit, whose answer was lost', () => {
  const patch = { items: [{ id: 'i1', food_id: 'toast', quantity: 2, unit: 'slice' }] };

  it('the current meal has the edit and a later version: applied, not a conflict', () => {
    const current = fixtureMeal({
      version: 3,
      items: [fixtureItem({ quantity: 2, grams: 60, calories: 180 })],
    });
    expect(editApplied(current, 2, patch)).toBe(true);
  });

  it('another device changed the amount: a conflict', () => {
    const current = fixtureMeal({ version: 3, items: [fixtureItem({ quantity: 3 })] });
    expect(editApplied(current, 2, patch)).toBe(false);
  });

  it('the same content at the version the edit was made on is not proof of anything', () => {
    const current = fixtureMeal({ version: 2, items: [fixtureItem({ quantity: 2 })] });
    expect(editApplied(current, 2, patch)).toBe(false);
  });

  it('meal type, text and time are compared too', () => {
    const current = fixtureMeal({ version: 3, meal_type: 'lunch' });
    expect(editApplied(current, 2, { meal_type: 'lunch' })).toBe(true);
    expect(editApplied(current, 2, { meal_type: 'dinner' })).toBe(false);
    expect(editApplied(current, 2, { raw_input: 'two eggs' })).toBe(false);
  });
});
