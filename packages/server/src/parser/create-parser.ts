import type { Config } from '../config.js';
import { createBuiltinParser } from './builtin-parser.js';
import { withProcessingDelay } from './delayed-parser.js';
import type { MealParser } from './meal-parser.js';
import { createOpenAiParser } from './openai-parser.js';

export const createParser = (config: Config): MealParser => {
  const parser =
    config.parser === 'openai'
      ? createOpenAiParser({ ...config.openai, timeoutMs: config.jobs.parserTimeoutMs })
      : createBuiltinParser();
  return withProcessingDelay(parser, config.processingDelayMs);
};
