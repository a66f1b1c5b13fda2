/**
 * The shape of one labelled phrase of the parser's evaluation set (issue 18, part 5). A phrase names
 * USDA records and amounts, never numbers: `compute-expected.ts` turns them into grams and nutrients
 * from the USDA CSV files, so no expected value is ever typed by hand.
 */

/** The classes of input issue 18 asks the parser to handle; each has its own phrases. */
export const FOOD_CLASSES = [
  'simple',
  'dish_with_parts',
  'vague_amount',
  'size_shape',
  'drink',
  'cooking_state',
  'typo',
  'spanish',
  'number_not_amount',
  'brand_chain',
  'packaging',
  'decimal_amount',
  'sentence',
] as const;
export type FoodClass = (typeof FOOD_CLASSES)[number];
export type EvalClass = FoodClass | 'non_food';
export const EVAL_CLASSES: readonly EvalClass[] = [...FOOD_CLASSES, 'non_food'];

/** A USDA record: SR28 by NDB number, FNDDS 2017-2018 by food code. */
export type RecordRef = `sr28:${string}` | `fndds:${string}`;

/**
 * How much of the record the phrase means.
 * - `portion`: a household measure of that record, written exactly as the CSV writes it (SR:
 *   `amount unit` of sr28-portions.csv, e.g. "1 large"; FNDDS: portion_description of
 *   fndds-portions.csv, e.g. "1 cup" or "Quantity not specified"), times `count` (default 1).
 *   `seq` (SR) picks one row when the record lists the same description twice; `subcode` picks an
 *   FNDDS brand's rows (candy, snack cakes), whose descriptions repeat with other grams.
 * - `grams`, or `oz` (1 oz = 28.35 g).
 * - `fl_oz` or `ml` (1 fl oz = 29.5735 ml): a volume, converted through the record's own volume
 *   portion: `via` names it, otherwise the first of "1 fl oz", "1 cup", "1 tbsp", "1 tablespoon".
 */
export type Amount =
  | { portion: string; count?: number; seq?: number; subcode?: string }
  | { grams: number }
  | { oz: number }
  | { fl_oz: number; via?: string }
  | { ml: number; via?: string };

export type ExpectedItem = {
  record: RecordRef;
  /** Other records that are the same food just as well (e.g. the FNDDS code of an SR single food). */
  alternatives?: readonly RecordRef[];
  amount: Amount;
  /** Why this record and amount: the words read and the issue-18 convention applied, if any. */
  why: string;
};

export type FoodPhrase = {
  text: string;
  class: FoodClass;
  items: readonly ExpectedItem[];
  /**
   * Other complete readings that are just as right, scored when they fit the parser's answer better:
   * a dish's listed parts instead of the dish alone, or the reverse ("the parts once, or the dish
   * alone, never both"). Each is a full item list, never a mix with `items`.
   */
  otherReadings?: readonly (readonly ExpectedItem[])[];
};
export type NonFoodPhrase = { text: string; class: 'non_food'; why: string };
export type EvalPhrase = FoodPhrase | NonFoodPhrase;

export function isNonFood(phrase: EvalPhrase): phrase is NonFoodPhrase {
  return phrase.class === 'non_food';
}
