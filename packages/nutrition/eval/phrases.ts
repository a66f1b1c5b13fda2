import type { EvalPhrase } from './phrase.js';
import { BREAKFAST_PHRASES } from './phrases/breakfast.js';
import { COFFEE_PHRASES } from './phrases/coffee.js';
import { DINNER_PHRASES } from './phrases/dinner.js';
import { DISH_PHRASES } from './phrases/dishes.js';
import { DRINK_PHRASES } from './phrases/drinks.js';
import { FAST_FOOD_PHRASES } from './phrases/fast-food.js';
import { LUNCH_PHRASES } from './phrases/lunch.js';
import { NON_FOOD_PHRASES } from './phrases/non-food.js';
import { SNACK_PHRASES } from './phrases/snacks.js';

export type { EvalPhrase } from './phrase.js';

/**
 * The labelled evaluation set of the meal parser (issue 3, part 4). Expected grams come from USDA
 * portion weights and expected kcal from USDA per-100 g values; see README.md for the conventions
 * used when a phrase leaves an amount open. Never fill these in from the parser's output.
 */
export const EVAL_PHRASES: readonly EvalPhrase[] = [
  ...BREAKFAST_PHRASES,
  ...LUNCH_PHRASES,
  ...DINNER_PHRASES,
  ...SNACK_PHRASES,
  ...DRINK_PHRASES,
  ...COFFEE_PHRASES,
  ...FAST_FOOD_PHRASES,
  ...DISH_PHRASES,
  ...NON_FOOD_PHRASES,
];
