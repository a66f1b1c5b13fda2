/**
 * The shape of one entry of the nutrition database. Values are per 100 g of the food as eaten
 * (cooked weight for meat, fish, grains and pasta unless the entry says raw), taken from USDA
 * FoodData Central (SR Legacy, FNDDS or Foundation), which is in the public domain.
 */
export const FOOD_CATEGORIES = [
  'grains',
  'bread',
  'cereal',
  'dairy',
  'eggs',
  'meat',
  'poultry',
  'seafood',
  'legumes',
  'nuts_seeds',
  'vegetables',
  'fruit',
  'fats_oils',
  'condiments',
  'sweets',
  'snacks',
  'drinks',
  'alcohol',
  'dishes',
  'fast_food',
] as const;
export type FoodCategory = (typeof FOOD_CATEGORIES)[number];

/** Household measures a portion may be expressed in. Mass and volume units are converted, not listed. */
export const PORTION_UNITS = [
  'piece',
  'slice',
  'cup',
  'tbsp',
  'tsp',
  'small',
  'medium',
  'large',
  'extra_large',
  'container',
  'can',
  'bottle',
  'glass',
  'scoop',
  'serving',
  'bowl',
  'bar',
  'packet',
  'stick',
  'pat',
  'fillet',
  'breast',
  'thigh',
  'drumstick',
  'wing',
  'leg',
  'patty',
  'link',
  'strip',
  'clove',
  'head',
  'stalk',
  'leaf',
  'wedge',
  'handful',
  'shot',
  'pint',
  'order',
  'sandwich',
  'burger',
  'taco',
  'burrito',
  'roll',
  'muffin',
  'cookie',
  'doughnut',
  'bagel',
  'tortilla',
  'egg',
] as const;
export type PortionUnit = (typeof PORTION_UNITS)[number];

export type Portion = {
  unit: PortionUnit;
  /** Grams of the food in one such portion, from USDA's portion data where it has one. */
  grams: number;
};

export type NutrientsPer100g = {
  kcal: number;
  protein_g: number;
  carbs_g: number;
  fat_g: number;
  fiber_g: number;
  sugars_g: number;
  sodium_mg: number;
};

export type UsdaSource = 'sr_legacy' | 'fndds' | 'foundation';

export type Food = {
  /** Stable slug, unique in the database: `egg-fried`, `rice-white-cooked`. */
  id: string;
  /** Display name as a person would write it: "Fried egg", "White rice, cooked". */
  name: string;
  /** FoodData Central id of the USDA record the values come from. */
  fdcId: number;
  source: UsdaSource;
  category: FoodCategory;
  /**
   * Lower-case words a person uses for this food, singular form first: the base noun ("egg"),
   * common synonyms and regional names ("aubergine" for eggplant, "crisps" for chips in the UK).
   * Plurals are derived by the parser; list irregular ones ("loaves") explicitly.
   */
  names: string[];
  /**
   * Preparation words that select this entry among entries sharing a name ("fried", "scrambled",
   * "boiled", "grilled", "raw", "cooked"). Empty for foods with a single form.
   */
  preparations: string[];
  /** True for the entry used when the text names the food without a preparation word. */
  isDefaultForm: boolean;
  per100g: NutrientsPer100g;
  portions: Portion[];
  /** The portion meant by "a banana" or "some rice": one of `portions`' units. */
  defaultPortion: PortionUnit;
  /** Grams per millilitre, for converting ml, l, fl oz, cup, tbsp and tsp when no portion is listed. */
  densityGPerMl?: number;
};
