/**
 * @fitiq/nutrition: the food database and the meal parsers. `parseMeal` is the built-in parser
 * (pure, synchronous); `createOpenAiMealParser` asks an OpenAI-compatible model and takes
 * nutrients from the database wherever it knows the food.
 */
import { createFoodCatalog, type FoodCatalog } from './catalog/food-catalog.js';
import { foodDatabase } from './foods/database.js';
import type { MealParser, ParseResult } from './parse-result.js';
import { createMealParser, type TextMealParser } from './parser/meal-parser.js';
import { mealParserFromEnv as mealParserFromEnvWith, type ParserEnv } from './parser-from-env.js';

export {
  type CatalogItem,
  createFoodCatalog,
  type FoodAmount,
  type FoodCatalog,
  type ItemForResult,
} from './catalog/food-catalog.js';
export * from './catalog/food-view.js';
export { PermanentParserError, TemporaryParserError } from './errors.js';
export { buildFoodDatabase, type FoodDatabase, foodDatabase } from './foods/database.js';
export * from './foods/food.js';
export { createOpenAiMealParser, type OpenAiMealParserOptions } from './llm/openai-meal-parser.js';
export type { MealParser, ParsedItem, ParseResult } from './parse-result.js';
export { createMealParser, type MealParserOptions, type TextMealParser } from './parser/meal-parser.js';
export { ParserConfigError, type ParserEnv } from './parser-from-env.js';

let builtIn: TextMealParser | undefined;
let catalog: FoodCatalog | undefined;

/** The food table's outside view over the full database, built on first use. */
export function foodCatalog(): FoodCatalog {
  catalog ??= createFoodCatalog(foodDatabase());
  return catalog;
}

/** Parses a meal text with the built-in parser and the full database. Never throws. */
export function parseMeal(text: string): ParseResult {
  builtIn ??= createMealParser(foodDatabase());
  return builtIn.parse(text);
}

/** The built-in parser behind the same port as the LLM parser, for the server's parser setting. */
export const builtInMealParser: MealParser = {
  parse: async (text: string): Promise<ParseResult> => parseMeal(text),
};

/** The parser FITIQ_PARSER (and OPENAI_* when it is "openai") asks for; throws ParserConfigError if misconfigured. */
export function mealParserFromEnv(env: ParserEnv = process.env): MealParser {
  return mealParserFromEnvWith(env, parseMeal);
}
