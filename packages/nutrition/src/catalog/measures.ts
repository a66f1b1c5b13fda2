/** A food's outside view: the table's per-100 g values, its measures and its USDA record. */
import type { Food } from '../foods/food.js';
import { databaseOf } from '../foods/usda-table.js';
import type { FoodMeasure, FoodSourceRecord, FoodView } from './food-view.js';

export function measuresOf(food: Food): FoodMeasure[] {
  return food.portions.map(({ unit, label, grams }) => ({ unit, label, grams }));
}

export function sourceRecordOf(food: Food): FoodSourceRecord {
  return { database: databaseOf(food.record), id: food.record.slice(food.record.indexOf(':') + 1) };
}

export function toFoodView(food: Food): FoodView {
  const n = food.per100g;
  return {
    id: food.id,
    name: food.name,
    category: food.category,
    source: sourceRecordOf(food),
    per_100g: { calories: n.kcal, protein_g: n.protein_g, carbs_g: n.carbs_g, fat_g: n.fat_g },
    measures: measuresOf(food),
    default_unit: food.defaultPortion,
  };
}
