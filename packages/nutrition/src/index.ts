/**
 * @fitiq/nutrition: the food database and the meal parsers. `parseMeal` is the built-in parser
 * (pure, synchronous); `createOpenAiMealParser` asks an OpenAI-compatible model and takes
 * nutrients from the database wherever it knows the food.
 */
import { foodDatabase } from './foods/database.js';
import type { ParseResult } from './parse-result.js';
import { createMealParser, type TextMealParser } from './parser/meal-parser.js';

export { PermanentParserError, TemporaryParserError } from './errors.js';
export { buildFoodDatabase, type FoodDatabase, foodDatabase } from './foods/database.js';
export type * from './foods/food.js';
export { createOpenAiMealParser, type OpenAiMealParserOptions } from './llm/openai-meal-parser.js';
export type { MealParser, ParsedItem, ParseResult } from './parse-result.js';
export { createMealParser, type TextMealParser } from './parser/meal-parser.js';

let builtIn: TextMealParser | undefined;

/** Parses a meal text with the built-in parser and the full database. Never throws. */
export function parseMeal(text: string): ParseResult {
  builtIn ??= createMealParser(foodDatabase());
  return builtIn.parse(text);
}

/** The built-in parser behind the same port as the LLM parser, for the server's parser setting. */
export const builtInMealParser = {
  parse: async (text: string): Promise<ParseResult> => parseMeal(text),
};
