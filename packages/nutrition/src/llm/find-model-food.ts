/**
 * Finds the table's food for a name the model gave, the way the built-in parser finds one in a
 * text: a curated name first, strictly (the whole name is one curated name plus preparation or
 * size words), then the table's ranked search over USDA descriptions through the built-in
 * parser's own finder, which takes a record only when every word is a whole word of it.
 */
import type { FoodDatabase } from '../foods/database.js';
import type { Food } from '../foods/food.js';
import { nameKey } from '../foods/name-index.js';
import { matchFoodName } from '../parser/food-name-match.js';
import type { Lexicon } from '../parser/lexicon.js';
import { createFoodFinder } from '../parser/search-fallback.js';

export type FoodMatch = {
  food: Food;
  /** Found by the search, not by a name people type: which record is meant is a guess. */
  searched: boolean;
  /** The name is shared by several forms and the model named no preparation ("egg"). */
  formOpen: boolean;
};

export type ModelFoodFinder = (name: string, preparation: string | null) => FoodMatch | null;

export function createModelFoodFinder(database: FoodDatabase, lexicon: Lexicon): ModelFoodFinder {
  const search = createFoodFinder(database);
  return (name, preparation) => {
    const curated = matchFoodName(name, preparation, database, lexicon);
    const key = nameKey(name);
    if (curated !== null) {
      const forms = database.names.lookup(key)?.length ?? 0;
      return { food: curated, searched: false, formOpen: preparation === null && forms > 1 };
    }
    // The finder reads normalised words ("Kohlrabi," is "kohlrabi"). Model names are spelled
    // well, so they are searched as given, not through the speller. A preparation narrows the
    // record ("kohlrabi" boiled) when some record has it, and is dropped when none does.
    const prepared = preparation === null ? null : search(`${key} ${nameKey(preparation)}`);
    const food = prepared ?? search(key);
    return food === null ? null : { food, searched: true, formOpen: true };
  };
}
