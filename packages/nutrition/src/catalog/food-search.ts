/**
 * Placeholder ranking until the ranked, typo-tolerant search lands: names containing the query,
 * shorter names first.
 */
import type { Food } from '../foods/food.js';

export function createFoodSearch(foods: readonly Food[]): (query: string, limit: number) => Food[] {
  return (query, limit) => {
    const needle = query.trim().toLowerCase();
    if (needle === '') return [];
    return foods
      .filter(
        (food) => food.name.toLowerCase().includes(needle) || food.names.some((n) => n.includes(needle)),
      )
      .sort((a, b) => a.name.length - b.name.length)
      .slice(0, limit);
  };
}
