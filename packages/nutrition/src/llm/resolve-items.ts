/**
 * Turns the model's items into ours. A food the table has (by a curated name or by its search)
 * gets the table's nutrients, never the model's: at the model's grams, at its quantity and unit
 * converted through the food's measures, or at the food's usual portion when the text gave no
 * amount. A food the table lacks keeps the model's numbers, marked `model`. `assumed` is what the
 * model said the text left open, plus what we filled in ourselves, as the built-in parser says it.
 */
import type { Assumption } from '../catalog/food-view.js';
import type { Food } from '../foods/food.js';
import type { ParsedItem } from '../parse-result.js';
import { type Amount, emptyModifiers, readModifiers } from '../parser/amount.js';
import type { Lexicon } from '../parser/lexicon.js';
import { combineNumbers } from '../parser/numbers.js';
import { nutrientItem } from '../parser/nutrients.js';
import { isBulk, portionGrams } from '../parser/portion-grams.js';
import { tokenize } from '../parser/tokenize.js';
import type { ModelFoodFinder } from './find-model-food.js';
import type { ModelItem } from './meal-schema.js';

/** Table nutrients with the model's amount: the food is certain, the amount is an estimate. */
const DATABASE_CONFIDENCE = 0.85;
/** A record found by search rather than by a name people type, as in the built-in parser. */
const SEARCHED_DOUBT = 0.2;
/** Nutrients from the model alone are plausible, not looked up. */
const MODEL_CONFIDENCE = 0.6;
const ASSUMPTION_ORDER: readonly Assumption[] = ['quantity', 'size', 'unit', 'form'];

export type ResolveContext = { lexicon: Lexicon; findFood: ModelFoodFinder };

type AmountReading = { grams: number; quantity: number; unit: string; doubt: number; assumed: Assumption[] };

const oneDecimal = (value: number) => Math.round(value * 10) / 10;
const inOrder = (assumed: readonly Assumption[]) => ASSUMPTION_ORDER.filter((a) => assumed.includes(a));
const hasNoAmount = (item: ModelItem) => item.quantity === null || item.assumed.includes('quantity');

function modelOnlyItem(item: ModelItem): ParsedItem {
  return {
    name: item.name,
    quantity: Math.round((item.quantity ?? 1) * 100) / 100,
    unit: item.unit,
    grams: oneDecimal(item.grams ?? 0),
    calories: Math.round(item.calories),
    protein_g: oneDecimal(item.protein_g),
    carbs_g: oneDecimal(item.carbs_g),
    fat_g: oneDecimal(item.fat_g),
    fiber_g: oneDecimal(item.fiber_g),
    sugars_g: oneDecimal(item.sugars_g),
    sodium_mg: Math.round(item.sodium_mg),
    food_id: null,
    record: null,
    confidence: MODEL_CONFIDENCE,
    source: 'model',
    assumed: inOrder(hasNoAmount(item) ? [...item.assumed, 'quantity'] : item.assumed),
  };
}

/** The model's quantity and unit read by the built-in parser's amount reader ("2" "large"). */
function amountIn(item: ModelItem, lexicon: Lexicon): Amount {
  const tokens = combineNumbers(tokenize(`${item.quantity} ${item.unit}`));
  const modifiers = emptyModifiers();
  readModifiers(tokens, 0, tokens.length, lexicon, modifiers);
  return modifiers.amount;
}

function amountOf(item: ModelItem, food: Food, lexicon: Lexicon): AmountReading {
  const { quantity } = item;
  if (quantity === null || item.assumed.includes('quantity')) {
    // The model's portion was its own guess; the table's usual portion is the built-in parser's.
    const usual = portionGrams(food, emptyModifiers().amount);
    return { ...usual, assumed: usual.sizeAssumed ? ['quantity', 'size'] : ['quantity'] };
  }
  const said = item.assumed.filter((a) => a === 'size' || a === 'unit');
  if (item.grams !== null) {
    const unit = item.unit.trim().toLowerCase();
    // A weight without a unit to count it in is a weight in grams.
    if (unit === '') return { grams: item.grams, quantity: item.grams, unit: 'g', doubt: 0, assumed: said };
    return { grams: item.grams, quantity, unit, doubt: 0, assumed: said };
  }
  // No weight from the model: convert its quantity and unit through the food's measures.
  const amount = amountIn(item, lexicon);
  const portion = portionGrams(food, amount);
  const ours: Assumption[] = [];
  if (amount.unit === null && amount.size === null) {
    // As the built-in parser: "1 apple" is a medium one; "2 salads" are two usual servings.
    if (portion.sizeAssumed) ours.push('size');
    else if (isBulk(portion.unit)) ours.push('unit');
  }
  return { ...portion, assumed: [...said, ...ours] };
}

export function resolveModelItem(item: ModelItem, context: ResolveContext): ParsedItem {
  const match = context.findFood(item.name, item.preparation);
  if (match === null) return modelOnlyItem(item);
  const reading = amountOf(item, match.food, context.lexicon);
  const formAssumed = match.searched || match.formOpen || item.assumed.includes('form');
  return nutrientItem(
    match.food,
    reading.grams,
    reading.quantity,
    reading.unit,
    DATABASE_CONFIDENCE - (match.searched ? SEARCHED_DOUBT : 0) - reading.doubt,
    inOrder(formAssumed ? [...reading.assumed, 'form'] : reading.assumed),
  );
}
