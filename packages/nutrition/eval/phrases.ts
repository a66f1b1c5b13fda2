import type { EvalPhrase } from './phrase.js';
import { BRAND_CHAIN_PHRASES } from './phrases/brand-chain.js';
import { COOKING_STATE_PHRASES } from './phrases/cooking-state.js';
import { DECIMAL_AMOUNT_PHRASES } from './phrases/decimal-amount.js';
import { DISH_WITH_PARTS_PHRASES } from './phrases/dish-with-parts.js';
import { DRINK_PHRASES } from './phrases/drink.js';
import { NON_FOOD_PHRASES } from './phrases/non-food.js';
import { NUMBER_NOT_AMOUNT_PHRASES } from './phrases/number-not-amount.js';
import { PACKAGING_PHRASES } from './phrases/packaging.js';
import { SENTENCE_PHRASES } from './phrases/sentence.js';
import { SIMPLE_PHRASES } from './phrases/simple.js';
import { SIZE_SHAPE_PHRASES } from './phrases/size-shape.js';
import { SPANISH_PHRASES } from './phrases/spanish.js';
import { TYPO_PHRASES } from './phrases/typo.js';
import { VAGUE_AMOUNT_PHRASES } from './phrases/vague-amount.js';

export type { EvalPhrase } from './phrase.js';

/**
 * The labelled evaluation set of issue 18, one file per class. Items name USDA records and amounts;
 * `npm run eval:expected -- ../shared/usda` computes their grams and nutrients into
 * `expected.generated.json`. Never fill anything in from the parser's output.
 */
export const EVAL_PHRASES: readonly EvalPhrase[] = [
  ...SIMPLE_PHRASES,
  ...DISH_WITH_PARTS_PHRASES,
  ...VAGUE_AMOUNT_PHRASES,
  ...SIZE_SHAPE_PHRASES,
  ...DRINK_PHRASES,
  ...COOKING_STATE_PHRASES,
  ...TYPO_PHRASES,
  ...SPANISH_PHRASES,
  ...NUMBER_NOT_AMOUNT_PHRASES,
  ...BRAND_CHAIN_PHRASES,
  ...PACKAGING_PHRASES,
  ...DECIMAL_AMOUNT_PHRASES,
  ...SENTENCE_PHRASES,
  ...NON_FOOD_PHRASES,
];
