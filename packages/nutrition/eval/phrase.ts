/**
 * The shape of one labelled phrase of the parser's evaluation set. Expected values are worked out
 * from USDA FoodData Central portion weights and per-100 g energy, never from the parser's output.
 */

/** What sort of meal a phrase is, so the set can be kept spread across real use. */
export type PhraseKind =
  | 'breakfast'
  | 'lunch'
  | 'dinner'
  | 'snack'
  | 'drink'
  | 'coffee'
  | 'fast_food'
  | 'dish'
  | 'non_food';

/** The kinds of input the issue asks the set to cover; phrases.test.ts checks each is present. */
export const INPUT_FEATURES = [
  'split_and',
  'split_with',
  'split_comma',
  'split_plus',
  'split_ampersand',
  'split_newline',
  'qty_digits',
  'qty_decimal',
  'qty_fraction',
  'qty_unicode_fraction',
  'qty_mixed_number',
  'qty_word',
  'qty_dozen',
  'qty_half',
  'qty_couple',
  'qty_few',
  'qty_range',
  'unit_g',
  'unit_kg',
  'unit_oz',
  'unit_lb',
  'unit_ml',
  'unit_l',
  'unit_cup',
  'unit_tbsp',
  'unit_tsp',
  'unit_fl_oz',
  'unit_slice',
  'unit_piece',
  'size_word',
  'preparation',
  'misspelling',
  'filler',
  'regional_name',
  'drink',
  'fast_food',
  'dish',
  'non_food',
] as const;
export type InputFeature = (typeof INPUT_FEATURES)[number];

export type ExpectedItem = {
  /** Id of the database entry that is this food. */
  food: string;
  grams: number;
  kcal: number;
};

type PhraseBase = {
  text: string;
  kind: PhraseKind;
  covers: readonly InputFeature[];
};

export type FoodPhrase = PhraseBase & {
  items: readonly ExpectedItem[];
  total_kcal: number;
  /** One clause per item, `;`-separated: `<words> = <portion> = G g x K kcal/100 g (FDC N) = C kcal`. */
  working: string;
  nonFood?: undefined;
};

export type NonFoodPhrase = PhraseBase & {
  items: readonly [];
  total_kcal: 0;
  nonFood: true;
  working: 'names no food';
};

export type EvalPhrase = FoodPhrase | NonFoodPhrase;

export function isNonFood(phrase: EvalPhrase): phrase is NonFoodPhrase {
  return phrase.nonFood === true;
}
