/** The built-in parser over the fixture foods, and a compact view of its answer for assertions. */
import { buildFoodDatabase } from '../foods/database.js';
import type { ParsedItem, ParseResult } from '../parse-result.js';
import { createMealParser } from '../parser/meal-parser.js';
import { FIXTURE_FOODS } from './fixture-foods.js';

export const fixtureParser = createMealParser(buildFoodDatabase(FIXTURE_FOODS));

export function parseFixture(text: string): ParseResult {
  return fixtureParser.parse(text);
}

export function itemsOf(text: string): ParsedItem[] {
  const result = parseFixture(text);
  return result.ok ? result.items : [];
}

/** `[food_id, grams]` per item: what most parser tests are about. */
export function foodsAndGrams(text: string): [string | null, number][] {
  return itemsOf(text).map((item) => [item.food_id, item.grams]);
}
