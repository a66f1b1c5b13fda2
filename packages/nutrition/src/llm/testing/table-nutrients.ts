/**
 * What an item of `grams` of a table food must carry, computed from the table itself, so tests
 * never hold nutrient numbers that a re-import of the USDA data would make wrong.
 */
import type { FoodDatabase } from '../../foods/database.js';

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

export function tableNutrients(database: FoodDatabase, foodId: string | null, grams: number) {
  const food = foodId === null ? undefined : database.byId(foodId);
  if (food === undefined) throw new Error(`no food ${foodId} in the table`);
  const n = food.per100g;
  const scale = grams / 100;
  return {
    calories: Math.round(n.kcal * scale),
    protein_g: oneDecimal(n.protein_g * scale),
    carbs_g: oneDecimal(n.carbs_g * scale),
    fat_g: oneDecimal(n.fat_g * scale),
    fiber_g: oneDecimal(n.fiber_g * scale),
    sugars_g: oneDecimal(n.sugars_g * scale),
    sodium_mg: Math.round(n.sodium_mg * scale),
  };
}
