import { describe, expect, it } from 'vitest';
import { amountEdit, gramsOf, unitChoices } from './item-amount.js';

const measures = [
  { unit: 'slice', label: '1 slice', grams: 29 },
  { unit: 'cup', label: '1 cup, crumbs', grams: 108 },
];

describe('the amount typed in the item editor', () => {
  it('offers the food’s own measures first, then grams and ounces', () => {
    expect(unitChoices(measures).map((c) => c.unit)).toEqual(['slice', 'cup', 'g', 'oz']);
    expect(unitChoices(measures)[1]?.label).toBe('cup, crumbs · 108 g');
  });

  it('turns quantity and unit into grams', () => {
    expect(gramsOf(2, 'slice', measures)).toBe(58);
    expect(gramsOf(100, 'g', measures)).toBe(100);
    expect(gramsOf(1, 'bowl', measures)).toBeNull();
    expect(gramsOf(0, 'slice', measures)).toBeNull();
  });

  it('sends a quantity of a unit, or grams when the unit is grams', () => {
    expect(amountEdit('toast', '2', 'slice', measures, 'i1')).toEqual({
      edit: { id: 'i1', food_id: 'toast', quantity: 2, unit: 'slice' },
    });
    expect(amountEdit('toast', '250', 'g', measures, null)).toEqual({
      edit: { food_id: 'toast', grams: 250 },
    });
    expect(amountEdit('toast', '1,5', 'slice', measures, null)).toMatchObject({ edit: { quantity: 1.5 } });
  });

  it('refuses what the server would refuse, in words', () => {
    expect(amountEdit('toast', '', 'slice', measures, null)).toEqual({ error: 'Enter an amount above 0.' });
    expect(amountEdit('toast', '0', 'slice', measures, null)).toHaveProperty('error');
    expect(amountEdit('toast', '101', 'slice', measures, null)).toHaveProperty('error');
    expect(amountEdit('toast', '5001', 'g', measures, null)).toHaveProperty('error');
    expect(amountEdit('toast', '60', 'cup', measures, null)).toHaveProperty('error');
  });
});
