/**
 * The catalog's search over the food table: the foods as search entries (the names people type as
 * synonyms, the USDA record's description where it differs from the display name) in the
 * typo-tolerant, ranked index of `src/search`.
 */

import type { FoodDatabase } from '../foods/database.js';
import type { Food } from '../foods/food.js';

export function createFoodSearch(database: FoodDatabase): (query: string, limit: number) => Food[] {
  return (query, limit) =>
    database
      .searchIndex()
      .search(query, limit)
      .map((hit) => database.byId(hit.id) as Food);
}
