import { describe, expect, it } from 'vitest';
import { daysOver, macroCalories, trendRange } from './trend-range.js';

describe('trend ranges', () => {
  it('the last 7, 30 and 90 days end today and count it', () => {
    expect(trendRange(7, '2025-03-31')).toEqual({ from: '2025-03-25', to: '2025-03-31' });
    expect(trendRange(30, '2025-03-01')).toEqual({ from: '2025-01-31', to: '2025-03-01' });
    expect(trendRange(90, '2024-03-30')).toEqual({ from: '2024-01-01', to: '2024-03-30' });
  });

  it('the energy split weighs fat at 9 kcal a gram, protein and carbohydrate at 4', () => {
    expect(macroCalories({ protein_g: 100, carbs_g: 200, fat_g: 50 })).toEqual({
      protein: 400,
      carbs: 800,
      fat: 450,
    });
  });

  it('days over the goal are days logged above it', () => {
    const days = [
      { calories: 2500, meals: 3 },
      { calories: 0, meals: 0 },
      { calories: 1900, meals: 2 },
      { calories: 2001, meals: 1 },
    ];
    expect(daysOver(days, 2000)).toBe(2);
  });
});
