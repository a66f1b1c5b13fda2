import { createOpenAiMealParser, TemporaryParserError } from '@fitiq/nutrition';
import { toParseOutcome } from './builtin-parser.js';
import { type MealParser, TemporaryParseError } from './meal-parser.js';

export type OpenAiSettings = { baseUrl: string; apiKey: string | null; model: string; timeoutMs: number };

/** An OpenAI-compatible chat-completions server (OpenAI, Ollama, vLLM, llama.cpp) names the foods. */
export const createOpenAiParser = (settings: OpenAiSettings): MealParser => {
  const llm = createOpenAiMealParser({
    baseUrl: settings.baseUrl,
    model: settings.model,
    timeoutMs: settings.timeoutMs,
    ...(settings.apiKey ? { apiKey: settings.apiKey } : {}),
  });
  return {
    async parse(text, signal) {
      try {
        return toParseOutcome(await llm.parse(text, signal));
      } catch (error) {
        if (error instanceof TemporaryParserError)
          throw new TemporaryParseError(error.message, { cause: error });
        // A permanent failure (malformed output after a retry, a 4xx) will not get better by retrying.
        return {
          kind: 'rejected',
          code: 'processing_error',
          message: error instanceof Error ? error.message : String(error),
        };
      }
    },
  };
};
