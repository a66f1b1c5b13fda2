/**
 * The LLM meal parser (FITIQ_PARSER=openai): asks an OpenAI-compatible chat-completions API for
 * food names, amounts and what the text left open under a strict JSON schema, then finds each
 * food in our table (curated names, then the table's search) and takes nutrients from there.
 * A malformed answer is asked for once more; temporary failures are thrown for the caller's
 * backoff (one retry policy, in one place, rather than retries nested inside retries).
 */
import { PermanentParserError } from '../errors.js';
import { type FoodDatabase, foodDatabase } from '../foods/database.js';
import { type MealParser, noFoodFound, type ParseResult } from '../parse-result.js';
import { buildLexicon } from '../parser/lexicon.js';
import { type ChatCompletionConfig, MalformedAnswerError, requestCompletion } from './chat-completion.js';
import { createModelFoodFinder } from './find-model-food.js';
import { MEAL_JSON_SCHEMA, type ModelMeal, readModelMeal } from './meal-schema.js';
import { SYSTEM_PROMPT } from './prompt.js';
import { type ResolveContext, resolveModelItem } from './resolve-items.js';

export type OpenAiMealParserOptions = {
  baseUrl: string;
  apiKey?: string;
  model: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** Defaults to the full database; tests pass a small one. */
  database?: FoodDatabase;
};

const DEFAULT_TIMEOUT_MS = 30_000;
const ATTEMPTS_FOR_MALFORMED_ANSWERS = 2;

function requestBody(model: string, text: string) {
  return {
    model,
    temperature: 0,
    messages: [
      { role: 'system', content: SYSTEM_PROMPT },
      { role: 'user', content: text },
    ],
    response_format: {
      type: 'json_schema',
      json_schema: { name: 'meal_items', strict: true, schema: MEAL_JSON_SCHEMA },
    },
  };
}

function readAnswer(content: string): ModelMeal {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch {
    throw new MalformedAnswerError('answer content is not JSON');
  }
  const meal = readModelMeal(value);
  if (typeof meal === 'string') throw new MalformedAnswerError(meal);
  return meal;
}

export function createOpenAiMealParser(options: OpenAiMealParserOptions): MealParser {
  const config: ChatCompletionConfig = {
    baseUrl: options.baseUrl,
    apiKey: options.apiKey,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    fetch: options.fetch ?? globalThis.fetch,
  };
  // Built on first parse: creating the parser (at server start) stays cheap.
  let context: ResolveContext | undefined;
  const contextNow = (): ResolveContext => {
    if (context === undefined) {
      const database = options.database ?? foodDatabase();
      const lexicon = buildLexicon(database);
      context = { lexicon, findFood: createModelFoodFinder(database, lexicon) };
    }
    return context;
  };

  async function askModel(text: string, signal?: AbortSignal): Promise<ModelMeal> {
    let lastProblem: MalformedAnswerError | undefined;
    for (let attempt = 1; attempt <= ATTEMPTS_FOR_MALFORMED_ANSWERS; attempt += 1) {
      try {
        return readAnswer(await requestCompletion(config, requestBody(options.model, text), signal));
      } catch (error) {
        if (!(error instanceof MalformedAnswerError)) throw error;
        lastProblem = error;
      }
    }
    throw new PermanentParserError(`model answer malformed twice: ${lastProblem?.message}`, {
      cause: lastProblem,
    });
  }

  return {
    async parse(text: string, signal?: AbortSignal): Promise<ParseResult> {
      const meal = await askModel(text, signal);
      const context = contextNow();
      const items = meal.items.map((item) => resolveModelItem(item, context));
      return items.length === 0 ? noFoodFound(meal.unknown) : { ok: true, items, unknown: meal.unknown };
    },
  };
}
