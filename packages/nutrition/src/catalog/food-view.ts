/**
 * The food table as the outside sees it (contract v1.1 `Food`): per-100 g values, the household
 * measures a person can pick, and the USDA record the numbers come from.
 */
export type FoodMeasure = {
  /** What an edit names: "slice", "cup", "large". Unique within one food. */
  unit: string;
  /** How a person reads it: "1 slice", "1 cup, chopped", "1 large". */
  label: string;
  grams: number;
};

/** The USDA release a food's numbers were imported from, and the record there. */
export type FoodSourceRecord = {
  database: 'usda_sr28' | 'usda_fndds_2017_2018';
  /** SR's NDB number ("01123") or FNDDS's food code ("31101010"). */
  id: string;
};

export type FoodView = {
  id: string;
  name: string;
  category: string;
  source: FoodSourceRecord;
  per_100g: { calories: number; protein_g: number; carbs_g: number; fat_g: number };
  measures: FoodMeasure[];
  /** One of `measures`' units: the amount a text naming the food alone means. */
  default_unit: string;
};

/** Units every food takes whatever its measures: mass converts directly. */
export const MASS_UNIT_GRAMS: Readonly<Record<string, number>> = { g: 1, kg: 1000, oz: 28.35, lb: 453.59 };

/** What the parser supplied rather than read from the text (contract v1.1 `assumed`). */
export type Assumption = 'quantity' | 'size' | 'unit' | 'form';
