export {
  buildFoodSearchIndex,
  type FoodSearchIndex,
  type SearchEntry,
  type SearchHit,
  type SearchTier,
} from './food-search-index.js';
