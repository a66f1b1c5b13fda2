/** A food's household measures and its outside view, from the table's portions. */
import type { Food } from '../foods/food.js';
import type { FoodMeasure, FoodView } from './food-view.js';

export function measuresOf(food: Food): FoodMeasure[] {
  return food.portions.map((portion) => ({
    unit: portion.unit,
    label: `1 ${portion.unit.replaceAll('_', ' ')}`,
    grams: portion.grams,
  }));
}

export function toFoodView(food: Food): FoodView {
  const n = food.per100g;
  return {
    id: food.id,
    name: food.name,
    category: food.category,
    source: {
      database: food.source === 'fndds' ? 'usda_fndds_2017_2018' : 'usda_sr28',
      id: String(food.fdcId),
    },
    per_100g: { calories: n.kcal, protein_g: n.protein_g, carbs_g: n.carbs_g, fat_g: n.fat_g },
    measures: measuresOf(food),
    default_unit: food.defaultPortion,
  };
}
