/**
 * The catalog's search over the food table: the foods as search entries (the names people type as
 * synonyms, the USDA record's description where it differs from the display name) in the
 * typo-tolerant, ranked index of `src/search`.
 */
import type { Food } from '../foods/food.js';
import { buildFoodSearchIndex, type SearchEntry } from '../search/index.js';

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

export function createFoodSearch(foods: readonly Food[]): (query: string, limit: number) => Food[] {
  const byId = new Map(foods.map((food) => [food.id, food]));
  const index = buildFoodSearchIndex(searchEntriesOf(foods));
  return (query, limit) => index.search(query, limit).map((hit) => byId.get(hit.id) as Food);
}
