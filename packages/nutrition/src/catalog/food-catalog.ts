/**
 * The food table behind `GET /foods`, `GET /foods/{id}` and edits: look a food up, search it,
 * and compute an item's nutrients from the table (never from what a client sends).
 */
import type { FoodDatabase } from '../foods/database.js';
import type { Food } from '../foods/food.js';
import { createFoodSearch } from './food-search.js';
import type { FoodMeasure, FoodView } from './food-view.js';
import { MASS_UNIT_GRAMS } from './food-view.js';
import { measuresOf, toFoodView } from './measures.js';

/** An amount of a food as an edit states it: a quantity of one of its units, or grams. */
export type FoodAmount = { quantity: number; unit: string } | { grams: number };

export type CatalogItem = {
  food_id: string;
  name: string;
  quantity: number;
  unit: string;
  grams: number;
  calories: number;
  protein_g: number;
  carbs_g: number;
  fat_g: number;
  measures: FoodMeasure[];
};

export type ItemForResult =
  | { ok: true; item: CatalogItem }
  | { ok: false; reason: 'unknown_food' | 'unknown_unit' };

export type FoodCatalog = {
  get(id: string): FoodView | undefined;
  /** Best match first; an empty or blank query finds nothing. */
  search(query: string, limit: number): FoodView[];
  itemFor(foodId: string, amount: FoodAmount): ItemForResult;
};

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

export function createFoodCatalog(database: FoodDatabase): FoodCatalog {
  const views = new Map<string, FoodView>();
  const viewOf = (food: Food): FoodView => {
    let view = views.get(food.id);
    if (view === undefined) {
      view = toFoodView(food);
      views.set(food.id, view);
    }
    return view;
  };
  const search = createFoodSearch(database);
  return {
    get: (id) => {
      const food = database.byId(id);
      return food === undefined ? undefined : viewOf(food);
    },
    search: (query, limit) => search(query, limit).map(viewOf),
    itemFor: (foodId, amount) => {
      const food = database.byId(foodId);
      if (food === undefined) return { ok: false, reason: 'unknown_food' };
      const measures = measuresOf(food);
      let grams: number;
      let quantity: number;
      let unit: string;
      if ('grams' in amount) {
        grams = amount.grams;
        quantity = amount.grams;
        unit = 'g';
      } else {
        const perUnit = MASS_UNIT_GRAMS[amount.unit] ?? measures.find((m) => m.unit === amount.unit)?.grams;
        if (perUnit === undefined) return { ok: false, reason: 'unknown_unit' };
        grams = amount.quantity * perUnit;
        quantity = amount.quantity;
        unit = amount.unit;
      }
      const scale = grams / 100;
      const n = food.per100g;
      return {
        ok: true,
        item: {
          food_id: food.id,
          name: food.name,
          quantity: Math.round(quantity * 100) / 100,
          unit,
          grams: oneDecimal(grams),
          calories: Math.round(n.kcal * scale),
          protein_g: oneDecimal(n.protein_g * scale),
          carbs_g: oneDecimal(n.carbs_g * scale),
          fat_g: oneDecimal(n.fat_g * scale),
          measures,
        },
      };
    },
  };
}
