/**
 * The food database: the food table (curated layer joined with the USDA import) with the indexes
 * the parsers need. Built once, on first use, so importing the package stays cheap.
 */
import { searchEntriesOf } from '../catalog/search-entries.js';
import { buildFoodSearchIndex, type FoodSearchIndex } from '../search/index.js';
import { CURATED_FOODS } from './curated/index.js';
import type { Food } from './food.js';
import { buildFoodTable } from './food-table.js';
import { buildNameIndex, type NameIndex, nameKey } from './name-index.js';
import { usdaTable } from './usda-table.js';

export type FoodDatabase = {
  readonly foods: readonly Food[];
  byId(id: string): Food | undefined;
  readonly names: NameIndex;
  /** Every preparation phrase some entry lists, normalised like names ("hard boiled"). */
  readonly preparations: ReadonlySet<string>;
  /**
   * The form a text means among entries sharing a name: the one whose preparation words the text
   * uses most, else the default form.
   */
  chooseForm(candidates: readonly Food[], preparationsInText: ReadonlySet<string>): Food | undefined;
  /**
   * The ranked search over every food, built on first use and shared by `GET /foods` and the
   * parser's fallback, so a server holds one index.
   */
  searchIndex(): FoodSearchIndex;
};

export function buildFoodDatabase(foods: readonly Food[]): FoodDatabase {
  const byId = new Map(foods.map((food) => [food.id, food]));
  const preparationKeys = new Map(foods.map((food) => [food, food.preparations.map(nameKey)]));
  const chooseForm = (candidates: readonly Food[], inText: ReadonlySet<string>): Food | undefined => {
    let best: Food | undefined;
    let bestScore = 0;
    for (const food of candidates) {
      const score = (preparationKeys.get(food) ?? []).filter((p) => inText.has(p)).length;
      if (score > bestScore) {
        best = food;
        bestScore = score;
      }
    }
    return best ?? candidates.find((food) => food.isDefaultForm) ?? candidates[0];
  };
  let index: FoodSearchIndex | undefined;
  return {
    foods,
    searchIndex: () => {
      index ??= buildFoodSearchIndex(searchEntriesOf(foods));
      return index;
    },
    byId: (id) => byId.get(id),
    names: buildNameIndex(foods),
    preparations: new Set([...preparationKeys.values()].flat()),
    chooseForm,
  };
}

let defaultDatabase: FoodDatabase | undefined;

/** The full food table, built on first use. */
export function foodDatabase(): FoodDatabase {
  defaultDatabase ??= buildFoodDatabase(buildFoodTable(CURATED_FOODS, usdaTable()));
  return defaultDatabase;
}
