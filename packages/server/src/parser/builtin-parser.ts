import { type ParsedItem, type ParseResult, parseMeal } from '@fitiq/nutrition';
import type { MealParser, ParsedMealItem, ParseOutcome } from './meal-parser.js';

const toMealItem = (item: ParsedItem): ParsedMealItem => ({
  food_id: item.food_id,
  name: item.name,
  quantity: item.quantity,
  unit: item.unit,
  grams: item.grams,
  calories: item.calories,
  protein_g: item.protein_g,
  carbs_g: item.carbs_g,
  fat_g: item.fat_g,
  assumed: item.assumed,
});

export const toParseOutcome = (result: ParseResult): ParseOutcome =>
  result.ok
    ? { kind: 'parsed', items: result.items.map(toMealItem) }
    : { kind: 'rejected', code: result.code, message: result.message };

/** The built-in parser: pure and synchronous, microseconds per meal, no network. */
export const createBuiltinParser = (): MealParser => ({
  parse: async (text) => toParseOutcome(parseMeal(text)),
});
