/** Scales a food's per-100 g values to an eaten amount and rounds them for display and storage. */

import type { Assumption } from '../catalog/food-view.js';
import { sourceRecordOf } from '../catalog/measures.js';
import type { Food } from '../foods/food.js';
import type { ParsedItem } from '../parse-result.js';

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

export function nutrientItem(
  food: Food,
  grams: number,
  quantity: number,
  unit: string,
  confidence: number,
  assumed: Assumption[] = [],
): ParsedItem {
  const scale = grams / 100;
  const n = food.per100g;
  return {
    name: food.name,
    quantity: Math.round(quantity * 100) / 100,
    unit,
    grams: oneDecimal(grams),
    calories: Math.round(n.kcal * scale),
    protein_g: oneDecimal(n.protein_g * scale),
    carbs_g: oneDecimal(n.carbs_g * scale),
    fat_g: oneDecimal(n.fat_g * scale),
    fiber_g: oneDecimal(n.fiber_g * scale),
    sugars_g: oneDecimal(n.sugars_g * scale),
    sodium_mg: Math.round(n.sodium_mg * scale),
    food_id: food.id,
    record: sourceRecordOf(food),
    confidence: Math.round(Math.min(1, Math.max(0.05, confidence)) * 100) / 100,
    source: 'database',
    assumed,
  };
}
