/** The curated layer, all files: names, forms and defaults that point at USDA records. */
import type { CuratedFood } from '../curated-food.js';
import { CURATED_DRINKS_ALCOHOL_KIDS } from './drinks-alcohol-kids.js';
import { CURATED_EVERYDAY_BREAKFAST } from './everyday-breakfast.js';
import { CURATED_EVERYDAY_CEREALS } from './everyday-cereals.js';
import { CURATED_EVERYDAY_CHAINS_AND_FROZEN } from './everyday-chains-frozen.js';
import { CURATED_EVERYDAY_DAIRY } from './everyday-dairy.js';
import { CURATED_EVERYDAY_DESSERTS } from './everyday-desserts.js';
import { CURATED_EVERYDAY_DRINKS } from './everyday-drinks.js';
import { CURATED_EVERYDAY_FROZEN_TREATS_AND_CANDY } from './everyday-frozen-treats-candy.js';
import { CURATED_EVERYDAY_LATIN_DISHES } from './everyday-latin-dishes.js';
import { CURATED_EVERYDAY_MEALS } from './everyday-meals.js';
import { CURATED_EVERYDAY_MILKS_AND_SMOOTHIES } from './everyday-milks-smoothies.js';
import { CURATED_EVERYDAY_PRODUCE } from './everyday-produce.js';
import { CURATED_EVERYDAY_SIDES } from './everyday-sides.js';
import { CURATED_EVERYDAY_WORLD_DISHES } from './everyday-world-dishes.js';
import { CURATED_MIXED_DISHES } from './mixed-dishes.js';
import { CURATED_PACKAGED_SNACKS } from './packaged-snacks.js';
import { CURATED_PROTEINS_AND_PRODUCE } from './proteins-produce.js';
import { CURATED_RESTAURANTS_FAST_FOOD } from './restaurants-fast-food.js';
import { CURATED_SNACKS_DRINKS_DISHES } from './snacks-drinks-dishes.js';
import { CURATED_SPANISH_AND_BREAKFAST } from './spanish-breakfast.js';
import { CURATED_STAPLES } from './staples.js';

export const CURATED_FOODS: readonly CuratedFood[] = [
  ...CURATED_STAPLES,
  ...CURATED_PROTEINS_AND_PRODUCE,
  ...CURATED_SNACKS_DRINKS_DISHES,
  ...CURATED_RESTAURANTS_FAST_FOOD,
  ...CURATED_MIXED_DISHES,
  ...CURATED_PACKAGED_SNACKS,
  ...CURATED_DRINKS_ALCOHOL_KIDS,
  ...CURATED_SPANISH_AND_BREAKFAST,
  ...CURATED_EVERYDAY_BREAKFAST,
  ...CURATED_EVERYDAY_CEREALS,
  ...CURATED_EVERYDAY_MEALS,
  ...CURATED_EVERYDAY_SIDES,
  ...CURATED_EVERYDAY_WORLD_DISHES,
  ...CURATED_EVERYDAY_LATIN_DISHES,
  ...CURATED_EVERYDAY_DESSERTS,
  ...CURATED_EVERYDAY_FROZEN_TREATS_AND_CANDY,
  ...CURATED_EVERYDAY_DRINKS,
  ...CURATED_EVERYDAY_MILKS_AND_SMOOTHIES,
  ...CURATED_EVERYDAY_CHAINS_AND_FROZEN,
  ...CURATED_EVERYDAY_PRODUCE,
  ...CURATED_EVERYDAY_DAIRY,
];
