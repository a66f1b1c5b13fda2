/** The foods as entries of the ranked search (`src/search`). */
import type { Food } from '../foods/food.js';
import type { SearchEntry } from '../search/index.js';

/**
 * Default forms first: the index breaks ties by place, so "egg" lists the raw egg before the
 * fried one that shares the synonym.
 */
export function searchEntriesOf(foods: readonly Food[]): SearchEntry[] {
  return [...foods]
    .sort((a, b) => Number(b.isDefaultForm) - Number(a.isDefaultForm))
    .map((food) => ({
      id: food.id,
      name: food.name,
      synonyms: food.names,
      description: food.description === food.name ? null : food.description,
      curated: food.curated,
    }));
}
