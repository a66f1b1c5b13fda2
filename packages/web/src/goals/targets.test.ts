import { describe, expect, it } from 'vitest';
import { dailyTargets } from './targets.js';

describe('daily targets', () => {
  it('no goals at all: 2000 kcal, split 25/50/25 between protein, carbs and fat', () => {
    expect(dailyTargets(null)).toMatchObject({ calories: 2000, protein_g: 125, carbs_g: 250, fat_g: 56 });
  });

  it('a calorie goal alone: the macros follow it', () => {
    expect(dailyTargets({ calories: 2400, protein_g: null, carbs_g: null, fat_g: null })).toMatchObject({
      calories: 2400,
      protein_g: 150,
      carbs_g: 300,
      fat_g: 67,
      set: { calories: true, protein_g: false, carbs_g: false, fat_g: false },
    });
  });

  it('a macro goal set is kept as set, whatever the calories', () => {
    expect(dailyTargets({ calories: null, protein_g: 180, carbs_g: null, fat_g: 70 })).toMatchObject({
      calories: 2000,
      protein_g: 180,
      carbs_g: 250,
      fat_g: 70,
    });
  });
});
