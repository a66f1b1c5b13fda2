/**
 * The food database: the three data files merged, with the indexes the parsers need. Built once,
 * on first use, so importing the package stays cheap.
 */
import { PROTEIN_AND_PRODUCE_FOODS } from './data/proteins-produce.js';
import { SNACK_DRINK_DISH_FOODS } from './data/snacks-drinks-dishes.js';
import { STAPLE_FOODS } from './data/staples.js';
import type { Food } from './food.js';
import { buildNameIndex, type NameIndex, nameKey } from './name-index.js';

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
  return {
    foods,
    byId: (id) => byId.get(id),
    names: buildNameIndex(foods),
    preparations: new Set([...preparationKeys.values()].flat()),
    chooseForm,
  };
}

export const ALL_FOODS: readonly Food[] = [
  ...STAPLE_FOODS,
  ...PROTEIN_AND_PRODUCE_FOODS,
  ...SNACK_DRINK_DISH_FOODS,
];

let defaultDatabase: FoodDatabase | undefined;

/** The database of all three data files, built on first use. */
export function foodDatabase(): FoodDatabase {
  defaultDatabase ??= buildFoodDatabase(ALL_FOODS);
  return defaultDatabase;
}
