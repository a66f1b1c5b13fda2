/**
 * The curated layer: what people call a food, which USDA record it is, and what a text naming it
 * without an amount means. It never carries a nutrient or a weight of its own: numbers come from
 * the record, and a convention is written as an amount of another measure ("bowl": "1.5 cup").
 */
import type { FoodCategory } from './food.js';
import type { UsdaRecordRef } from './usda-table.js';

/**
 * A measure the record lacks, as a multiple of one it has or of a mass or fluid unit:
 * "1.5 cup", "2 tbsp", "1 oz", "8 fl_oz". Checked when the table is built.
 */
export type MeasureConvention = `${number} ${string}`;

export type CuratedFood = {
  id: string;
  record: UsdaRecordRef;
  name: string;
  category: FoodCategory;
  names: string[];
  preparations: string[];
  isDefaultForm: boolean;
  /** A unit of the record's measures or of `measures` below. */
  defaultUnit: string;
  measures?: Readonly<Record<string, MeasureConvention>>;
  /**
   * What the name promises and the record leaves out: a Caesar salad is dressed, FNDDS's "Caesar
   * salad, no dressing" is not. The parser adds it unless the text names a dressing itself.
   */
  comesWith?: Companion;
};

/** A curated food (by id) and an amount of one of its measures. */
export type Companion = { food: string; amount: MeasureConvention };
