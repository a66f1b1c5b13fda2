/**
 * Turns the model's items into ours: where the database knows the food, its nutrients are ours
 * (scaled to the model's grams); where it does not, the model's numbers stand, marked `model`.
 */
import type { FoodDatabase } from '../foods/database.js';
import type { ParsedItem } from '../parse-result.js';
import { emptyModifiers, readModifiers } from '../parser/amount.js';
import { matchFoodName } from '../parser/food-name-match.js';
import type { Lexicon } from '../parser/lexicon.js';
import { combineNumbers } from '../parser/numbers.js';
import { nutrientItem } from '../parser/nutrients.js';
import { portionGrams } from '../parser/portion-grams.js';
import { tokenize } from '../parser/tokenize.js';
import type { ModelItem } from './meal-schema.js';

/** Database nutrients with the model's amount: the food is certain, the amount is an estimate. */
const DATABASE_CONFIDENCE = 0.85;
/** Nutrients from the model alone are plausible, not looked up. */
const MODEL_CONFIDENCE = 0.6;

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

function modelOnlyItem(item: ModelItem): ParsedItem {
  return {
    name: item.name,
    quantity: Math.round(item.quantity * 100) / 100,
    unit: item.unit,
    grams: oneDecimal(item.grams),
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
    assumed: [],
  };
}

export function resolveModelItem(item: ModelItem, database: FoodDatabase, lexicon: Lexicon): ParsedItem {
  const food = matchFoodName(item.name, item.preparation, database, lexicon);
  if (food === null) return modelOnlyItem(item);
  if (item.grams > 0) return nutrientItem(food, item.grams, item.quantity, item.unit, DATABASE_CONFIDENCE);
  // No weight from the model: convert its quantity and unit ourselves.
  const tokens = combineNumbers(tokenize(`${item.quantity} ${item.unit}`));
  const modifiers = emptyModifiers();
  readModifiers(tokens, 0, tokens.length, lexicon, modifiers);
  const portion = portionGrams(food, modifiers.amount);
  return nutrientItem(
    food,
    portion.grams,
    portion.quantity,
    portion.unit,
    DATABASE_CONFIDENCE - portion.doubt,
  );
}
