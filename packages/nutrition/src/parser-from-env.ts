/**
 * Picks the meal parser from the environment, so the server and the CLI choose it the same way:
 * FITIQ_PARSER=builtin (default) or FITIQ_PARSER=openai with OPENAI_BASE_URL, OPENAI_API_KEY and
 * OPENAI_MODEL. A half-configured LLM parser is an error at start-up, not on the first meal.
 */
import { createOpenAiMealParser } from './llm/openai-meal-parser.js';
import type { MealParser, ParseResult } from './parse-result.js';

export type ParserEnv = Record<string, string | undefined>;

const DEFAULT_OPENAI_BASE_URL = 'https://api.openai.com/v1';

export class ParserConfigError extends Error {
  override readonly name = 'ParserConfigError';
}

export function mealParserFromEnv(env: ParserEnv, builtIn: (text: string) => ParseResult): MealParser {
  const kind = (env.FITIQ_PARSER ?? 'builtin').trim().toLowerCase();
  if (kind === 'builtin' || kind === '') return { parse: async (text) => builtIn(text) };
  if (kind !== 'openai')
    throw new ParserConfigError(`FITIQ_PARSER must be "builtin" or "openai", not "${kind}"`);
  const model = env.OPENAI_MODEL?.trim();
  if (!model) throw new ParserConfigError('FITIQ_PARSER=openai needs OPENAI_MODEL');
  const timeout = env.OPENAI_TIMEOUT_MS === undefined ? undefined : Number(env.OPENAI_TIMEOUT_MS);
  if (timeout !== undefined && !(timeout > 0))
    throw new ParserConfigError('OPENAI_TIMEOUT_MS must be a positive number');
  return createOpenAiMealParser({
    baseUrl: env.OPENAI_BASE_URL?.trim() || DEFAULT_OPENAI_BASE_URL,
    apiKey: env.OPENAI_API_KEY,
    model,
    timeoutMs: timeout,
  });
}
