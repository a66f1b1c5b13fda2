import { setTimeout as sleep } from 'node:timers/promises';
import type { MealParser } from './meal-parser.js';

/**
 * Adds FITIQ_PROCESSING_DELAY_MS before the real parser, to reproduce a slow AI step (the replaced
 * system took ~26 s) in demos and tests. The wait ends early when the job is aborted.
 */
export const withProcessingDelay = (parser: MealParser, delayMs: number): MealParser =>
  delayMs <= 0
    ? parser
    : {
        async parse(text, signal) {
          await sleep(delayMs, undefined, { signal });
          return parser.parse(text, signal);
        },
      };
