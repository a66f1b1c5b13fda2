/**
 * The shape of one entry of the food table as the parsers use it: a USDA record's numbers and
 * measures (see `usda-table.ts`) joined with the curated layer's names and defaults (`curated/`).
 */
import type { Companion } from './curated-food.js';
import type { UsdaRecordRef } from './usda-table.js';

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

/** A household measure of one food: one `unit` weighs `grams` (from USDA's portion tables). */
export type Portion = {
  /** What a text or an edit names: "slice", "cup", "large", "fl_oz", "serving". Unique per food. */
  unit: string;
  /** How a person reads it: "1 slice", "1 cup, chopped", "1 medium (7\" to 7-7/8\" long)". */
  label: string;
  grams: number;
};

/** Per 100 g as eaten; values USDA leaves empty count as 0 here (the table keeps them null). */
export type NutrientsPer100g = {
  kcal: number;
  protein_g: number;
  carbs_g: number;
  fat_g: number;
  fiber_g: number;
  sugars_g: number;
  sodium_mg: number;
};

export type Food = {
  /** Stable slug, unique in the database: `egg-fried`, `rice-white-cooked`, `fndds-58100160`. */
  id: string;
  /** Display name as a person would write it: "Fried egg", "White rice, cooked". */
  name: string;
  /** The USDA record every number of this food comes from. */
  record: UsdaRecordRef;
  /** The record's own description: "Egg, whole, cooked, fried". */
  description: string;
  category: FoodCategory;
  /** True for foods of the curated layer (names people type); false for records found by search alone. */
  curated: boolean;
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
  /** The record's household measures, then the curated layer's conventions ("bowl" = 1.5 cup). */
  portions: Portion[];
  /** The unit meant by "a banana" or "some rice": one of `portions`' units. */
  defaultPortion: string;
  /** What the name promises and the record leaves out (a Caesar salad's dressing). */
  comesWith?: Companion;
};
