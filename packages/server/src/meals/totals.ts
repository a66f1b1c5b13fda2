import type { MealItem, Nutrients } from '@fitiq/contract';

const round1 = (n: number) => Math.round(n * 10) / 10;

export const ZERO_NUTRIENTS: Nutrients = { calories: 0, protein_g: 0, carbs_g: 0, fat_g: 0 };

/** A sum of nutrients as every total shows it: each to a tenth. */
export const roundNutrients = (sum: Nutrients): Nutrients => ({
  calories: round1(sum.calories),
  protein_g: round1(sum.protein_g),
  carbs_g: round1(sum.carbs_g),
  fat_g: round1(sum.fat_g),
});

export const sumNutrients = (parts: readonly Nutrients[]): Nutrients => {
  const sum = { ...ZERO_NUTRIENTS };
  for (const p of parts) {
    sum.calories += p.calories;
    sum.protein_g += p.protein_g;
    sum.carbs_g += p.carbs_g;
    sum.fat_g += p.fat_g;
  }
  return roundNutrients(sum);
};

export const itemTotals = (items: readonly MealItem[]): Nutrients => sumNutrients(items);
