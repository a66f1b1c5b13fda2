import type { MealParser } from '../parse-result.js';

export type OpenAiMealParserOptions = {
  baseUrl: string;
  apiKey?: string;
  model: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
};

export function createOpenAiMealParser(_options: OpenAiMealParserOptions): MealParser {
  throw new Error('not yet');
}
